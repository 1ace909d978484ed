import dev.workbook.config.Settings;
import dev.workbook.db.DbTarget;
import dev.workbook.db.providers.Providers;
import dev.workbook.sandbox.Containment;
import dev.workbook.sandbox.Limits;
import dev.workbook.sandbox.Piece;
import dev.workbook.sandbox.RunOutcome;
import dev.workbook.sandbox.RunRequest;
import dev.workbook.sandbox.Step;
import dev.workbook.sandbox.StudentJvm;
import dev.workbook.sandbox.db.RunDatabase;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * For bench/grading.sh: what building a Hibernate SessionFactory costs inside a warm student JVM, the way an exercise's
 * setup builds one. Runs, on a run database, a step that only imports and declares an entity, and a step that also builds
 * the SessionFactory; prints the median difference in milliseconds over RUNS pairs. Usage (project classpath):
 *   java -cp "$(cat target/classpath.txt):target/classes" bench/HibernateProbe.java [RUNS]
 */
public class HibernateProbe {
    static final String ENTITY = """
            import dev.workbook.Workbook;
            import jakarta.persistence.*;

            @Entity(name = "Probe")
            @Table(name = "probe")
            class Probe {
                @Id
                @GeneratedValue(strategy = GenerationType.IDENTITY)
                private Long id;
                private String name;
                protected Probe() {
                }
            }
            """;

    public static void main(String[] args) {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        DbTarget base = Providers.forSettings(Settings.fromEnvironment()).start();
        List<Long> diffs = new ArrayList<>();
        try (StudentJvm jvm = StudentJvm.start(Limits.defaults(), Containment.AUTO); RunDatabase db = RunDatabase.create(base)) {
            for (int i = 0; i <= runs; i++) {
                // A new entity name each time: a run never redefines a class an earlier run declared.
                long plain = millis(jvm, db, ENTITY.replace("Probe", "Plain" + i) + "int done = 1;\n");
                String entity = "Probe" + i;
                long hibernate = millis(jvm, db, ENTITY.replace("Probe", entity)
                        + "var sf = Workbook.sessionFactory(" + entity + ".class);\nsf.close();\n");
                if (i > 0) {   // the first pair warms the JVM up
                    diffs.add(hibernate - plain);
                }
            }
        }
        Collections.sort(diffs);
        System.out.println(diffs.get(diffs.size() / 2));
    }

    static long millis(StudentJvm jvm, RunDatabase db, String code) {
        RunOutcome out = jvm.run(new RunRequest("probe", List.of(new Step("probe", List.of(new Piece("probe", 1, code, false)),
                db.login())), Map.of()));
        if (!out.completed()) {
            throw new IllegalStateException("the probe did not complete: " + out.firstProblem());
        }
        return out.steps().get(0).millis();
    }
}
