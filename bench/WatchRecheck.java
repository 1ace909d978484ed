import dev.workbook.config.Settings;
import dev.workbook.db.DbTarget;
import dev.workbook.db.providers.Providers;
import dev.workbook.exercises.Exercise;
import dev.workbook.exercises.ExerciseChecker;
import dev.workbook.exercises.ExerciseManifest;
import dev.workbook.exercises.ExerciseResult;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * For bench/exercises.sh: what `workbook watch` does after each save of an exercise file, checking it again with the
 * checker (and student JVM) it keeps, on a warm server. Prints the first check's milliseconds (its student JVM still
 * starting) and the median of the checks after it. Usage (project classpath):
 *   java -cp "$(cat target/classpath.txt):target/classes" bench/WatchRecheck.java RUNS EXERCISE FILE
 */
public class WatchRecheck {
    public static void main(String[] args) {
        int runs = Integer.parseInt(args[0]);
        Exercise exercise = ExerciseManifest.load().find(args[1]);
        Path file = Path.of(args[2]);
        DbTarget base = Providers.forSettings(Settings.fromEnvironment()).start();
        List<Long> later = new ArrayList<>();
        long first = -1;
        try (ExerciseChecker checker = new ExerciseChecker(base)) {
            for (int i = 0; i <= runs; i++) {
                long t0 = System.nanoTime();
                ExerciseResult r = checker.check(exercise, file);
                long ms = (System.nanoTime() - t0) / 1_000_000;
                if (!r.passed()) {
                    throw new IllegalStateException("the reference solution did not pass: exit " + r.exitCode());
                }
                if (i == 0) {
                    first = ms;
                } else {
                    later.add(ms);
                }
            }
        }
        Collections.sort(later);
        System.out.println(first + " " + later.get(later.size() / 2));
    }
}
