package dev.workbook.exercises;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.workbook.errors.ExitCode;
import dev.workbook.Workbook;
import dev.workbook.errors.WorkbookException;
import dev.workbook.db.DbTarget;
import dev.workbook.chapters.ChapterCatalog;
import dev.workbook.testing.SharedServer;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The checker on its own fake exercise (rustlings tests its checker the same way): scripts that pass, fail a check,
 * do not compile, throw, hit a SQL error; and the reports it prints for each.
 */
class CheckerFixtureTest {
    private static final Exercise FIXTURE = new Exercise("90-fixture", "the fixture", "01-getting-a-server",
            List.of("first hint", "second hint"));
    private static final String PASSES = "import dev.workbook.Workbook;\n"
            + "Workbook.sql(\"CREATE TABLE thing (name VARCHAR(10))\");\n"
            + "Workbook.sql(\"INSERT INTO thing VALUES ('ok')\");\n/exit\n";

    private ExerciseResult check(String script) {
        ExerciseChecker checker = new ExerciseChecker(SharedServer.target(), ChapterCatalog.load())
                .checks(List.of(FixtureThingCheck.class));
        return checker.check(FIXTURE, ExerciseScript.of(FIXTURE, Path.of("fixture.jsh"), script));
    }

    private static String text(ExerciseResult r) {
        StringWriter w = new StringWriter();
        TextReport.print(r, new PrintWriter(w));
        return w.toString();
    }

    @Test
    @DisplayName("a script that does the task passes every check (exit 0), in a throwaway database that is then dropped")
    void passes() {
        ExerciseResult r = check(PASSES);
        assertThat(r.passed()).as(() -> text(r) + r.transcript()).isTrue();
        assertThat(r.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(text(r)).contains("✓ there is a table named thing").contains("✓ thing holds exactly one row, 'ok'")
                .contains("2 of 2 checks passed").contains("solved: 90-fixture").doesNotContain("hint");
        assertThat(Workbook.target()).as("the facade is handed back").isEqualTo(SharedServer.target());
    }

    @Test
    @DisplayName("a script that runs but leaves the wrong rows fails that check, with the sentence, expected and actual, and a hint")
    void failsACheck() {
        ExerciseResult r = check(PASSES.replace("'ok'", "'nope'"));
        assertThat(r.scriptFailure()).isNull();
        assertThat(r.exitCode()).isEqualTo(ExitCode.CHECKS_FAILED);
        assertThat(text(r)).contains("✓ there is a table named thing").contains("✗ thing holds exactly one row, 'ok'")
                .contains("The names in thing are exactly: ok. ==> expected: <[ok]> but was: <[nope]>")
                .contains("1 of 2 checks passed").contains("hint: first hint").doesNotContain("second hint")
                .contains("more hints: workbook exercises hint 90-fixture").contains("next: edit fixture.jsh");
    }

    @Test
    @DisplayName("a script that does not compile is reported with its line and the compiler's message; the checks still run")
    void doesNotCompile() {
        ExerciseResult r = check("import dev.workbook.Workbook;\n\nint answer = \"forty-two\";\n");
        assertThat(r.scriptFailure()).isNotNull();
        assertThat(r.scriptFailure().problem()).isEqualTo("the snippet does not compile");
        assertThat(r.scriptFailure().line()).isEqualTo(3);
        assertThat(text(r)).contains("✗ the script stopped at line 3: the snippet does not compile")
                .contains("| int answer = \"forty-two\";").contains("incompatible types")
                .contains("✗ there is a table named thing");
        assertThat(r.exitCode()).isEqualTo(ExitCode.CHECKS_FAILED);
    }

    @Test
    @DisplayName("a script that throws stops there; what it did before is what the checks see")
    void throwsHalfway() {
        ExerciseResult r = check("import dev.workbook.Workbook;\nWorkbook.sql(\"CREATE TABLE thing (name VARCHAR(10))\");\n"
                + "throw new IllegalStateException(\"boom\");\nWorkbook.sql(\"INSERT INTO thing VALUES ('ok')\");\n");
        assertThat(r.scriptFailure().problem()).isEqualTo("the snippet threw java.lang.IllegalStateException");
        assertThat(r.scriptFailure().line()).isEqualTo(3);
        assertThat(r.checks()).extracting(CheckOutcome::status)
                .containsExactly(CheckOutcome.Status.PASS, CheckOutcome.Status.FAIL);
        assertThat(text(r)).contains("exception: java.lang.IllegalStateException: boom");
    }

    @Test
    @DisplayName("an exception thrown inside one of the script's methods names that method next to the line that called it")
    void throwsInsideAMethod() {
        ExerciseResult r = check("void createThing() {\n    throw new UnsupportedOperationException(\"Delete this statement\");\n}\n\ncreateThing();\n");
        assertThat(r.scriptFailure().line()).isEqualTo(5);
        assertThat(text(r)).contains("✗ the script stopped at line 5").contains("| createThing();")
                .contains("thrown inside your method createThing(...), which the line above calls");
    }

    @Test
    @DisplayName("a SQL error in the script is reported with its error code")
    void sqlError() {
        ExerciseResult r = check("import dev.workbook.Workbook;\nWorkbook.sql(\"INSERT INTO nothing VALUES (1)\");\n");
        assertThat(text(r)).contains("✗ the script stopped at line 2").contains("1146");
        assertThat(r.exitCode()).isEqualTo(ExitCode.CHECKS_FAILED);
    }

    @Test
    @DisplayName("--json gives Exercism's results.json v3 shape: status error when the script stopped, each test with task_id")
    void json() {
        String json = JsonReport.of(List.of(check(PASSES), check("throw new RuntimeException(\"x\");\n")));
        assertThat(json).contains("\"version\": 3").contains("{\"id\": \"90-fixture\", \"status\": \"pass\", \"message\": null")
                .contains("\"status\": \"error\", \"message\": \"line 1: the snippet threw java.lang.RuntimeException")
                .contains("{\"name\": \"thing holds exactly one row, 'ok'\", \"status\": \"fail\", \"message\": \"The names in thing")
                .contains("\"task_id\": \"90-fixture\"");
    }

    @Test
    @DisplayName("a server without an administrative account cannot give a throwaway database: environment not ready (exit 3), saying what to do")
    void noAdminAccount() {
        DbTarget shared = SharedServer.target();
        DbTarget noAdmin = new DbTarget(shared.provider(), shared.host(), shared.port(), shared.database(), shared.app(), null,
                shared.serverVersion());
        assertThatThrownBy(() -> new ExerciseChecker(noAdmin, ChapterCatalog.load())
                .check(FIXTURE, ExerciseScript.of(FIXTURE, Path.of("fixture.jsh"), PASSES)))
                .isInstanceOfSatisfying(WorkbookException.class, e -> {
                    assertThat(e.exitCode()).isEqualTo(ExitCode.ENVIRONMENT_NOT_READY);
                    assertThat(e.getMessage()).contains("administrative account");
                    assertThat(e.next()).contains("admin.user");
                });
    }

    @Test
    @DisplayName("an empty script runs nothing and fails the checks")
    void emptyScript() {
        ExerciseResult r = check("// nothing yet\n/exit\n");
        assertThat(r.scriptFailure()).isNull();
        assertThat(r.passed()).isFalse();
    }
}
