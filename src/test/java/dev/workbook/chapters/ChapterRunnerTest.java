package dev.workbook.chapters;

import static org.assertj.core.api.Assertions.assertThat;

import dev.workbook.errors.ExitCode;
import dev.workbook.db.DbTarget;
import dev.workbook.testing.SharedServer;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The runner on fixture chapters that fail in every way a student's cell can fail, on the real embedded server. */
class ChapterRunnerTest {
    static ChapterCatalog fixtures;
    static DbTarget db;
    final ByteArrayOutputStream transcript = new ByteArrayOutputStream();

    @BeforeAll
    static void setUp() throws Exception {
        fixtures = ChapterCatalog.fromDirectory(Path.of(ChapterRunnerTest.class.getResource("/chapter-fixtures").toURI()));
        db = SharedServer.freshDatabase("runner_fixtures");
    }

    ChapterResult run(String chapter) {
        return new ChapterRunner(fixtures, new PrintStream(transcript, true, StandardCharsets.UTF_8)).run(fixtures.find(chapter));
    }

    String transcript() {
        return transcript.toString(StandardCharsets.UTF_8);
    }

    @Test
    @DisplayName("a cell that does not compile stops the chapter at that cell and line, with the compiler's message")
    void compileError() {
        Failure f = run("01").failure();
        assertThat(f).as("the chapter must fail").isNotNull();
        assertThat(f.cell()).as("the second code cell is notebook cell 3 (title cell first)").isEqualTo(3);
        assertThat(f.line()).as("the broken line in the .md file").isEqualTo(8);
        assertThat(f.snippet()).contains("int broken = \"text\"");
        assertThat(f.problem()).contains("does not compile");
        assertThat(String.join("\n", f.details())).contains("incompatible types");
        assertThat(f.exitCode()).isEqualTo(ExitCode.CHECKS_FAILED);
    }

    @Test
    @DisplayName("an exception thrown by a snippet (JShell still says VALID) stops the chapter before the next line")
    void thrownException() {
        Failure f = run("02").failure();
        assertThat(f).isNotNull();
        assertThat(f.problem()).contains("java.lang.NumberFormatException");
        assertThat(String.join("\n", f.details())).contains("For input string: \"forty-two\"");
        assertThat(transcript()).doesNotContain("never printed");
    }

    @Test
    @DisplayName("a class that uses an undefined name is reported with that name, not accepted silently")
    void unresolvedReference() {
        Failure f = run("03").failure();
        assertThat(f).isNotNull();
        assertThat(f.problem()).contains("Enrolment").contains("Course");
    }

    @Test
    @DisplayName("a SQL error is reported with its vendor code, SQLSTATE and troubleshooting page")
    void sqlError() {
        Failure f = run("04").failure();
        assertThat(f).isNotNull();
        assertThat(f.sqlCode()).isEqualTo("MySQL/MariaDB error 1146 (SQLSTATE 42S02)");
        assertThat(f.help()).isEqualTo("troubleshooting/1146-table-doesnt-exist.md");
        assertThat(f.render()).contains("no_such_table").contains("help: troubleshooting/1146-table-doesnt-exist.md");
    }

    @Test
    @DisplayName("a cell announced to fail that runs without error fails the chapter")
    void expectedExceptionMissing() {
        Failure f = run("05").failure();
        assertThat(f).isNotNull();
        assertThat(f.problem()).contains("expected to fail with IllegalStateException").contains("ran without error");
    }

    @Test
    @DisplayName("cells that fail as announced print the error and the chapter goes on to its end, on the runner's database")
    void expectedErrorsContinue() throws Exception {
        ChapterResult r = run("06");
        assertThat(r.failure()).as(() -> r.failure().render()).isNull();
        assertThat(transcript()).contains("expected error:").contains("1062").contains("NumberFormatException");
        assertThat(transcript()).as("snippets use the database the runner was given, not the environment's")
                .contains("db ==> \"runner_fixtures\"");
        try (Connection c = db.connect(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM person")) {
            rs.next();
            assertThat(rs.getInt(1)).as("the rows the chapter inserted are in the runner's database").isEqualTo(2);
        }
    }

    @Test
    @DisplayName("a line without ';' is reported with both lines JShell joined and a hint")
    void missingSemicolon() {
        Failure f = run("07").failure();
        assertThat(f).isNotNull();
        assertThat(f.snippet()).contains("var a = 1").contains("var b = 2");
        assertThat(String.join("\n", f.details())).contains("a line missing its ';'");
    }

    @Test
    @DisplayName("a cell expecting one SQL error that gets another fails, showing the error it got")
    void wrongSqlError() {
        Failure f = run("08").failure();
        assertThat(f).isNotNull();
        assertThat(f.problem()).contains("expected to fail with SQL error 1062");
        assertThat(f.sqlCode()).contains("1146");
    }

    @Test
    @DisplayName("a cell that ends inside a block is reported, not silently dropped")
    void unfinished() {
        Failure f = run("09").failure();
        assertThat(f).isNotNull();
        assertThat(f.problem()).contains("middle of a statement");
    }

    @Test
    @DisplayName("an included cell runs as if written in place, and skipped cells are never compiled")
    void includesAndSkip() {
        ChapterResult r = run("10");
        assertThat(r.failure()).as(() -> r.failure().render()).isNull();
        assertThat(transcript()).contains("answer is 42");
        assertThat(r.cellsRun()).isEqualTo(2);
    }

    @Test
    @DisplayName("the tour and workbook run skip the exercise's cells, with a line saying how to check it")
    void skipsExerciseCells() {
        ChapterResult r = run("13");
        assertThat(r.failure()).as(() -> r.failure().render()).isNull();
        assertThat(r.cellsRun()).as("only the chapter's own cell").isEqualTo(1);
        assertThat(transcript()).contains("answer is 42").doesNotContain("twice:")
                .contains("-- exercise 13-fixture: not run here; solve it in the notebook or in notebooks/exercises/13-fixture.jsh,"
                        + " then: ./workbook check 13-fixture");
    }

    @Test
    @DisplayName("classes of one cell may refer to each other (forward reference resolved later in the same cell)")
    void mutualReferencesInOneCell() {
        ChapterResult r = run("11");
        assertThat(r.failure()).as(() -> r.failure().render()).isNull();
        assertThat(transcript()).as("the second cell used both classes").contains("teaches Databases");
    }

    @Test
    @DisplayName("a snippet that never ends is stopped at the time limit and reported")
    void endless() {
        ChapterResult r = new ChapterRunner(fixtures, new PrintStream(transcript, true, StandardCharsets.UTF_8))
                .snippetLimit(java.time.Duration.ofSeconds(1)).run(fixtures.find("12"));
        assertThat(r.failure()).isNotNull();
        assertThat(r.failure().problem()).contains("ran longer than 1 s and was stopped");
        assertThat(r.millis()).as("stopped near the limit, not hanging").isLessThan(30_000);
    }

    @Test
    @DisplayName("a run of several chapters stops at the first failing one, prints the summary, and returns its exit code")
    void runsStopAtFirstFailure() {
        java.io.StringWriter err = new java.io.StringWriter();
        ExitCode code = ChapterRuns.run(fixtures, java.util.List.of(fixtures.find("10"), fixtures.find("02"), fixtures.find("06")),
                new PrintStream(transcript, true, StandardCharsets.UTF_8), new java.io.PrintWriter(err, true), false);
        assertThat(code).isEqualTo(ExitCode.CHECKS_FAILED);
        assertThat(transcript()).contains("ok: 10-includes").contains("FAILED: 02-throws")
                .containsPattern("06-expected-errors +not run").contains("1 of 3 chapters passed");
        assertThat(err.toString()).contains("error: chapter 02-throws stopped at cell 2").doesNotContain("\tat ");
        java.io.StringWriter traced = new java.io.StringWriter();
        ChapterRuns.run(fixtures, java.util.List.of(fixtures.find("02")), new PrintStream(transcript, true, StandardCharsets.UTF_8),
                new java.io.PrintWriter(traced, true), false, true);
        assertThat(traced.toString()).as("--stacktrace adds the snippet exception's trace")
                .contains("java.lang.NumberFormatException").contains("\tat ");
    }
}
