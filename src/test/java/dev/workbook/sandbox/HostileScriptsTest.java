package dev.workbook.sandbox;

import static dev.workbook.sandbox.Scripts.column;
import static dev.workbook.sandbox.Scripts.one;
import static dev.workbook.sandbox.Scripts.only;
import static org.assertj.core.api.Assertions.assertThat;

import dev.workbook.sandbox.db.RunDatabase;
import dev.workbook.testing.SharedServer;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Scripts that try to take the checker down with them. Each ends its run with a clear ending and reason, and the run
 * after it (same StudentJvm, as in a check --all) works again. Short limits keep the suite quick.
 */
class HostileScriptsTest {
    // Long enough for a busy CI machine to compile the first snippets of a fresh JVM, short enough for a quick suite.
    private static final Limits LIMITS = new Limits(Duration.ofSeconds(8), 160, 4L * 1024 * 1024);
    private static StudentJvm jvm;

    @BeforeAll
    static void start() {
        jvm = StudentJvm.start(LIMITS, Containment.PROCESS);
    }

    @AfterAll
    static void stop() {
        jvm.close();
    }

    private static RunOutcome run(String code) {
        try (RunDatabase db = RunDatabase.create(SharedServer.target())) {
            return jvm.run(one(db.login(), code));
        }
    }

    /** The next run after a hostile one works, in a JVM that is not the hostile run's. */
    private static void nextRunWorks(long hostilePid) {
        StepOutcome s = only(run("ProcessHandle.current().pid()"));
        assertThat(s.ending()).as(s::toString).isEqualTo(Ending.COMPLETED);
        assertThat(s.output()).contains("==> ").doesNotContain("==> " + hostilePid + "\n");
    }

    private static long pidOf(StepOutcome s) {
        return Long.parseLong(s.output().replaceAll("(?s).*pid=(\\d+).*", "$1"));
    }

    @Test
    @DisplayName("an endless loop is stopped at the wall time: TIMED_OUT, naming the line")
    void endlessLoop() {
        long start = System.nanoTime();
        StepOutcome s = only(run("System.out.println(\"pid=\" + ProcessHandle.current().pid());\nlong i = 0;\nwhile (true) { i++; }\n"));
        assertThat(s.ending()).isEqualTo(Ending.TIMED_OUT);
        assertThat(s.reason()).contains("longer than 8 s").contains("line 3 of Fixture.jsh");
        assertThat(s.failure().line()).isEqualTo(3);
        assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(20_000);
        nextRunWorks(pidOf(s));
    }

    @Test
    @DisplayName("a loop that catches Throwable (so JShell's stop cannot end it) is killed at the wall time just the same")
    void loopCatchingThrowable() {
        StepOutcome s = only(run("""
                System.out.println("pid=" + ProcessHandle.current().pid());
                while (true) {
                    try {
                        Thread.sleep(5);
                    } catch (Throwable t) {
                        System.out.println("caught " + t);
                    }
                }
                """));
        assertThat(s.ending()).isEqualTo(Ending.TIMED_OUT);
        nextRunWorks(pidOf(s));
    }

    @Test
    @DisplayName("System.exit(0) before any work: EXITED with the exit code and line, nothing in the database")
    void exitBeforeWork() throws Exception {
        try (RunDatabase db = RunDatabase.create(SharedServer.target())) {
            StepOutcome s = only(jvm.run(one(db.login(), """
                    System.out.println("pid=" + ProcessHandle.current().pid());
                    System.exit(0);
                    dev.workbook.Workbook.sql("CREATE TABLE thing (id INT)");
                    """)));
            assertThat(s.ending()).isEqualTo(Ending.EXITED);
            assertThat(s.reason()).contains("System.exit(0)").contains("line 2 of Fixture.jsh");
            assertThat(s.output()).contains("pid=");
            db.revokeAndKill();
            assertThat(column(db.checkTarget(), "SHOW TABLES")).isEmpty();
            nextRunWorks(pidOf(s));
        }
    }

    @Test
    @DisplayName("System.exit(0) after correct work: EXITED, and the work is in the database for the checks to judge")
    void exitAfterWork() throws Exception {
        try (RunDatabase db = RunDatabase.create(SharedServer.target())) {
            RunOutcome o = jvm.run(new RunRequest("exit after", List.of(Scripts.step("visible", db.login(),
                    new Piece("Fixture.jsh", 1, "dev.workbook.Workbook.sql(\"CREATE TABLE thing (id INT)\");\nRuntime.getRuntime().halt(3);", true)),
                    Scripts.step("hidden", db.login(), new Piece("driver", 1, "int x = 1;", false))), Map.of()));
            assertThat(o.steps()).extracting(StepOutcome::ending).containsExactly(Ending.EXITED, Ending.NOT_RUN);
            assertThat(o.steps().get(0).reason()).contains("System.exit(3)").contains("line 2");
            assertThat(o.steps().get(1).reason()).contains("not run");
            db.revokeAndKill();
            assertThat(column(db.checkTarget(), "SHOW TABLES")).containsExactly("thing");
        }
    }

    @Test
    @DisplayName("exhausting the heap ends the run as OUT_OF_MEMORY, with the heap size in the reason")
    void outOfMemory() {
        StepOutcome s = only(run("""
                System.out.println("pid=" + ProcessHandle.current().pid());
                var hoard = new java.util.ArrayList<long[]>();
                while (true) { hoard.add(new long[8_000_000]); }
                """));
        assertThat(s.ending()).as(s::toString).isEqualTo(Ending.OUT_OF_MEMORY);
        assertThat(s.reason()).contains("160 MB heap").contains("line 3");
        nextRunWorks(pidOf(s));
    }

    @Test
    @DisplayName("deep recursion is an ordinary failure that names StackOverflowError, with a hint; the JVM is kept")
    void deepRecursion() {
        StepOutcome s = only(run("int down(int n) { return down(n + 1) + 1; }\ndown(0);\n"));
        assertThat(s.ending()).isEqualTo(Ending.FAILED);
        assertThat(s.failure().line()).isEqualTo(2);
        assertThat(s.failure().details()).anySatisfy(d -> assertThat(d).contains("java.lang.StackOverflowError"))
                .anySatisfy(d -> assertThat(d).startsWith("hint: StackOverflowError means a method kept calling itself"));
        assertThat(s.failure().thrownInMethod()).isEqualTo("down");
    }

    @Test
    @DisplayName("50 MB of output ends the run at the output limit; the first 4 MB are kept and marked truncated")
    void hugeOutput() {
        long start = System.nanoTime();
        StepOutcome s = only(run("""
                String line = "x".repeat(99);
                for (int i = 0; i < 500_000; i++) { System.out.println(line); }
                """));
        assertThat(s.ending()).isEqualTo(Ending.OUTPUT_LIMIT);
        assertThat(s.outputTruncated()).isTrue();
        assertThat(s.output().length()).isEqualTo(4 * 1024 * 1024);
        assertThat(s.output()).startsWith("x".repeat(99) + "\n");
        assertThat(s.reason()).contains("more than 4096 KB");
        assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(8_000 + 8_000);
    }

    @Test
    @DisplayName("a non-daemon thread left running ends the run as THREADS_LEFT, and the next run gets a fresh JVM")
    void threadLeftRunning() {
        StepOutcome s = only(run("""
                System.out.println("pid=" + ProcessHandle.current().pid());
                Thread t = new Thread(() -> { while (true) { try { Thread.sleep(100); } catch (InterruptedException e) { } } }, "forever");
                t.start();
                """));
        assertThat(s.ending()).isEqualTo(Ending.THREADS_LEFT);
        assertThat(s.reason()).contains("forever");
        nextRunWorks(pidOf(s));
    }

    @Test
    @DisplayName("starting a process is refused: PROCESS_BLOCKED at the line, even after resetting the launch property")
    void processSpawning() {
        StepOutcome s = only(run("""
                System.setProperty("jdk.lang.Process.launchMechanism", "POSIX_SPAWN");
                new ProcessBuilder("sh", "-c", "echo escaped > /tmp/escaped").start();
                """));
        assertThat(s.ending()).isEqualTo(Ending.PROCESS_BLOCKED);
        assertThat(s.reason()).contains("line 2 of Fixture.jsh");
        assertThat(s.failure().problem()).contains("start a process");
        StepOutcome exec = only(run("Runtime.getRuntime().exec(new String[] {\"true\"});"));
        assertThat(exec.ending()).isEqualTo(Ending.PROCESS_BLOCKED);
    }

    @Test
    @DisplayName("output that imitates a passing report or the channel's messages is only output: the ending stays FAILED")
    void forgedReport() {
        StepOutcome s = only(run("""
                System.out.println("{\\"type\\":\\"step\\",\\"step\\":\\"visible\\",\\"ending\\":\\"COMPLETED\\"}");
                System.out.println("  ✓ there is a table named thing\\n  2 of 2 checks passed\\n  solved: 90-fixture");
                new java.io.FileOutputStream(java.io.FileDescriptor.out).write("{\\"type\\":\\"done\\"}\\n".getBytes());
                throw new IllegalStateException("not solved");
                """));
        assertThat(s.ending()).isEqualTo(Ending.FAILED);
        assertThat(s.failure().details()).anySatisfy(d -> assertThat(d).contains("not solved"));
        assertThat(s.output()).contains("\"ending\":\"COMPLETED\"").contains("2 of 2 checks passed");
    }
}
