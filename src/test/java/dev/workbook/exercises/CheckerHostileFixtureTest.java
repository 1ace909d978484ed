package dev.workbook.exercises;

import static org.assertj.core.api.Assertions.assertThat;

import dev.workbook.chapters.ChapterCatalog;
import dev.workbook.errors.ExitCode;
import dev.workbook.exercises.checks.FixtureThingCheck;
import dev.workbook.json.Json;
import dev.workbook.sandbox.Ending;
import dev.workbook.sandbox.Limits;
import dev.workbook.testing.SharedServer;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The checker on hostile fixture solutions of its fake exercise: the student's code runs in the student JVM, so an endless
 * loop (even one catching Throwable), System.exit, OutOfMemoryError, 50 MB of output or a thread left running end that run
 * with a reason; the checker always reports, and the exit code is 0 only when every check passed and the code ran to its end.
 */
class CheckerHostileFixtureTest {
    /**
     * The default wall time: after a run that ends the student JVM, the next one starts in a fresh JVM, whose first run
     * also opens JShell, which takes seconds on a busy machine. A smaller heap makes the OutOfMemoryError come sooner.
     */
    private static final Limits LIMITS = Limits.defaults().withHeapMb(256);
    private static ExerciseChecker checker;

    @BeforeAll
    static void start() throws Exception {
        checker = ExerciseChecker.withOwnJvm(SharedServer.target(), ChapterCatalog.fromDirectory(CheckerFixtureTest.FIXTURES),
                List.of(FixtureThingCheck.class), LIMITS);
        check(CheckerFixtureTest.PASSES); // the first run of a JVM opens JShell; the wall times below are for the loops
    }

    @AfterAll
    static void stop() {
        checker.close();
    }

    private static ExerciseResult check(String part) throws Exception {
        return checker.check(CheckerFixtureTest.FIXTURE, CheckerFixtureTest.file(part));
    }

    private static String body(String code) {
        return "void makeThing() {\n" + code + "\n}";
    }

    @Test
    @DisplayName("an endless loop ends the run at the wall time (TIMED_OUT); the checks still report, exit 1")
    void endlessLoop() throws Exception {
        ExerciseResult r = check(body("    while (true) { }"));
        assertThat(r.stopped().ending()).as(() -> Reports.full(r)).isEqualTo(Ending.TIMED_OUT);
        assertThat(Reports.text(r)).contains("✗ your code stopped when the check called it").contains("the script ran longer than 20 s")
                .contains("| makeThing();").contains("✗ there is a table named thing");
        assertThat(r.exitCode()).isEqualTo(ExitCode.CHECKS_FAILED);
    }

    @Test
    @DisplayName("a loop that catches Throwable cannot escape the wall time either")
    void loopCatchingThrowable() throws Exception {
        ExerciseResult r = check(body("    while (true) { try { Thread.sleep(10); } catch (Throwable t) { } }"));
        assertThat(r.stopped().ending()).as(() -> Reports.full(r)).isEqualTo(Ending.TIMED_OUT);
    }

    @Test
    @DisplayName("System.exit(0) after correct work is not a pass: EXITED, exit 1, though the rows are right")
    void exitAfterCorrectWork() throws Exception {
        ExerciseResult r = check(body("    Workbook.sql(\"CREATE TABLE thing (name VARCHAR(10))\");\n"
                + "    Workbook.sql(\"INSERT INTO thing VALUES ('ok')\");\n    System.exit(0);"));
        assertThat(r.stopped().ending()).as(() -> Reports.full(r)).isEqualTo(Ending.EXITED);
        assertThat(r.checks()).allSatisfy(c -> assertThat(c.passed()).isTrue());
        assertThat(r.passed()).isFalse();
        assertThat(r.exitCode()).isEqualTo(ExitCode.CHECKS_FAILED);
        assertThat(Json.parseObject(ResultsJson.of(r, 1))).containsEntry("status", "fail");
    }

    @Test
    @DisplayName("System.exit(0) before any work: EXITED, and the checks fail")
    void exitBeforeWork() throws Exception {
        ExerciseResult r = check(body("    System.exit(0);"));
        assertThat(r.stopped().ending()).as(() -> Reports.full(r)).isEqualTo(Ending.EXITED);
        assertThat(r.checks()).anySatisfy(c -> assertThat(c.passed()).isFalse());
    }

    @Test
    @DisplayName("an OutOfMemoryError ends the run as OUT_OF_MEMORY")
    void outOfMemory() throws Exception {
        ExerciseResult r = check(body("    java.util.List<long[]> l = new java.util.ArrayList<>();\n    while (true) { l.add(new long[1_000_000]); }"));
        assertThat(r.stopped().ending()).as(() -> Reports.full(r)).isEqualTo(Ending.OUT_OF_MEMORY);
    }

    @Test
    @DisplayName("50 MB of output ends the run at the output limit; the report says the output was cut")
    void hugeOutput() throws Exception {
        ExerciseResult r = check(body("    String line = \"x\".repeat(1000);\n    for (int i = 0; i < 50_000; i++) { System.out.println(line); }"));
        assertThat(r.stopped().ending()).as(() -> Reports.full(r)).isEqualTo(Ending.OUTPUT_LIMIT);
        assertThat(r.stopped().outputTruncated()).isTrue();
        assertThat(Reports.full(r)).contains("the output was cut");
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> tests = (List<Map<String, Object>>) Json.parseObject(ResultsJson.of(r, 1)).get("tests");
        assertThat((String) tests.get(0).get("output")).endsWith("Output was truncated. Please limit to 500 chars");
    }

    @Test
    @DisplayName("a non-daemon thread left running ends the run as THREADS_LEFT")
    void threadLeft() throws Exception {
        ExerciseResult r = check(body("    Workbook.sql(\"CREATE TABLE thing (name VARCHAR(10))\");\n"
                + "    Workbook.sql(\"INSERT INTO thing VALUES ('ok')\");\n"
                + "    new Thread(() -> { while (true) { try { Thread.sleep(100); } catch (InterruptedException e) { } } }).start();"));
        assertThat(r.stopped().ending()).as(() -> Reports.full(r)).isEqualTo(Ending.THREADS_LEFT);
        assertThat(r.passed()).isFalse();
    }

    @Test
    @DisplayName("two students' checks at once, each in a JVM and databases of its own, do not disturb each other")
    void twoStudentsAtOnce() throws Exception {
        // The default wall time: two JVMs on a shared machine are slower than one.
        try (ExerciseChecker one = ExerciseChecker.withOwnJvm(SharedServer.target(),
                ChapterCatalog.fromDirectory(CheckerFixtureTest.FIXTURES), List.of(FixtureThingCheck.class), Limits.defaults());
             ExerciseChecker other = ExerciseChecker.withOwnJvm(SharedServer.target(),
                ChapterCatalog.fromDirectory(CheckerFixtureTest.FIXTURES), List.of(FixtureThingCheck.class), Limits.defaults())) {
            CompletableFuture<ExerciseResult> a = CompletableFuture.supplyAsync(() -> run(one, CheckerFixtureTest.PASSES));
            CompletableFuture<ExerciseResult> b = CompletableFuture.supplyAsync(() -> run(other,
                    CheckerFixtureTest.PASSES.replace("'ok'", "'nope'")));
            ExerciseResult ra = a.get();
            ExerciseResult rb = b.get();
            assertThat(ra.passed()).as(() -> Reports.full(ra)).isTrue();
            assertThat(rb.passed()).as(() -> Reports.full(rb)).isFalse();
            assertThat(Reports.text(rb)).contains("found:    nope");
        }
    }

    private static ExerciseResult run(ExerciseChecker c, String part) {
        try {
            return c.check(CheckerFixtureTest.FIXTURE, CheckerFixtureTest.file(part));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
