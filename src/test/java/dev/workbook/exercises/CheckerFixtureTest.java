package dev.workbook.exercises;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.workbook.Workbook;
import dev.workbook.chapters.ChapterCatalog;
import dev.workbook.db.DbTarget;
import dev.workbook.errors.ExitCode;
import dev.workbook.errors.WorkbookException;
import dev.workbook.exercises.checks.FixtureThingCheck;
import dev.workbook.json.Json;
import dev.workbook.testing.SharedServer;
import dev.workbook.testing.TestHomes;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import dev.workbook.sandbox.Ending;
import dev.workbook.sandbox.Limits;
import dev.workbook.sandbox.ScriptFailure;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The checker on its own fake exercise (rustlings tests its checker the same way): solutions that pass, fail a check, do not
 * compile, throw, hit a SQL error, point the Workbook facade elsewhere or print a fake report; and the reports for each.
 */
class CheckerFixtureTest {
    static final Path FIXTURES = Path.of(System.getProperty("workbook.project.dir", ".")).resolve("src/test/resources/exercise-fixtures");
    static final Exercise FIXTURE = new Exercise("90-fixture", "the fixture", "90-fixture",
            List.of(new Exercise.Hint(List.of("table"), "hint for the table"), new Exercise.Hint(List.of("row"), "hint for the row"),
                    new Exercise.Hint(List.of(), "a general hint")), List.of());
    static final String PASSES = "void makeThing() {\n"
            + "    Workbook.sql(\"CREATE TABLE thing (name VARCHAR(10))\");\n"
            + "    Workbook.sql(\"INSERT INTO thing VALUES ('ok')\");\n"
            + "}";

    /** One student JVM for the class (one principal, as for a student's check --all), with the default limits. */
    static final Limits LIMITS = Limits.defaults();
    private static ExerciseChecker shared;

    static synchronized ExerciseChecker checker(DbTarget base) {
        if (base.equals(SharedServer.target())) {
            if (shared == null) {
                shared = ExerciseChecker.withOwnJvm(base, ChapterCatalog.fromDirectory(FIXTURES), List.of(FixtureThingCheck.class), LIMITS);
            }
            return shared;
        }
        return new ExerciseChecker(base, ChapterCatalog.fromDirectory(FIXTURES), List.of(FixtureThingCheck.class), LIMITS)
                .using(checker(SharedServer.target()).jvm());
    }

    @AfterAll
    static synchronized void closeJvm() {
        if (shared != null) {
            shared.close();
            shared = null;
        }
    }

    /** The student's file: the generated stub with this part between its markers. */
    static Path file(String part) throws IOException {
        ExerciseChecker c = checker(SharedServer.target());
        String text = dev.workbook.chapters.ExerciseJsh.write(c.source(FIXTURE), List.of(part));
        Path f = Files.createTempFile(TestHomes.root(), "90-fixture-", ".jsh");
        Files.writeString(f, text, StandardCharsets.UTF_8);
        return f;
    }

    static ExerciseResult check(String part) throws IOException {
        return checker(SharedServer.target()).check(FIXTURE, file(part));
    }

    @Test
    @DisplayName("a solution that does the task passes every check (exit 0), and the checker's facade is left as it was")
    void passes() throws IOException {
        DbTarget before = Workbook.target();
        ExerciseResult r = check(PASSES);
        assertThat(r.passed()).as(() -> Reports.full(r)).isTrue();
        assertThat(r.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(Reports.text(r)).contains("✓ there is a table named thing").contains("✓ thing holds exactly one row, 'ok'")
                .contains("✓ hidden check 1").contains("3 of 3 checks passed, 4 of 4 points").contains("solved: 90-fixture")
                .doesNotContain("hint");
        assertThat(Workbook.target()).as("the checker's own facade is left as it was").isEqualTo(before);
    }

    @Test
    @DisplayName("wrong rows fail that check like a tutor would say it: the sentence, expected and found, no JUnit noise, the hint for that check")
    void failsACheck() throws IOException {
        ExerciseResult r = check(PASSES.replace("'ok'", "'nope'"));
        assertThat(r.stopped()).isNull();
        assertThat(r.exitCode()).isEqualTo(ExitCode.CHECKS_FAILED);
        assertThat(Reports.text(r)).contains("✓ there is a table named thing").contains("✗ thing holds exactly one row, 'ok'")
                .contains("The names in thing are exactly: ok.").contains("expected: ok").contains("found:    nope")
                .contains("missing: ok").contains("not expected: nope")
                .doesNotContain("==> expected").doesNotContain("but was")
                .contains("2 of 3 checks passed, 2 of 4 points").contains("hint: hint for the row").doesNotContain("hint for the table")
                .contains("more hints: ./workbook exercises hint 90-fixture").contains("next: edit ");
    }

    @Test
    @DisplayName("a compile error points at the exact line of the student's own file, with the compiler's message")
    void doesNotCompile() throws IOException {
        Path f = file("void makeThing() {\n\n    int answer = \"forty-two\";\n}");
        ExerciseResult r = checker(SharedServer.target()).check(FIXTURE, f);
        List<String> lines = Files.readAllLines(f);
        int expected = lines.indexOf("    int answer = \"forty-two\";") + 1;
        ScriptFailure p = r.stopped().failure();
        assertThat(p.origin()).isEqualTo(f.toString());
        assertThat(p.details()).as(() -> Reports.full(r)).anySatisfy(d -> assertThat(d)
                .startsWith("compile error (line " + expected + "): incompatible types"));
        assertThat(Reports.text(r)).contains("✗ your code stopped at line").contains(f.toString())
                .contains("✗ there is a table named thing");
        assertThat(Json.parseObject(ResultsJson.of(r, 1))).containsEntry("status", "error")
                .satisfies(m -> assertThat((String) m.get("message")).contains("line " + expected).contains("incompatible types"));
    }

    @Test
    @DisplayName("an exception from inside the student's method names that method next to the driver line that called it")
    void throwsInsideAMethod() throws IOException {
        ExerciseResult r = check("void makeThing() {\n    throw new IllegalStateException(\"boom\");\n}");
        assertThat(r.stopped().ending()).isEqualTo(Ending.FAILED);
        assertThat(r.stopped().failure().origin()).startsWith("the check's code, which calls yours");
        assertThat(Reports.text(r)).contains("exception: java.lang.IllegalStateException: boom")
                .contains("thrown inside your method makeThing(...), which the line above calls");
    }

    @Test
    @DisplayName("a SQL error in the student's code is reported with its error code")
    void sqlError() throws IOException {
        ExerciseResult r = check("void makeThing() {\n    Workbook.sql(\"INSERT INTO nothing VALUES (1)\");\n}");
        assertThat(Reports.text(r)).contains("✗ your code stopped").contains("1146");
        assertThat(r.exitCode()).isEqualTo(ExitCode.CHECKS_FAILED);
    }

    @Test
    @DisplayName("pointing the Workbook facade at another database does not move the checks: they read the run's own database")
    void cannotRedirectTheChecks() throws IOException {
        DbTarget decoy = SharedServer.freshDatabase("fixture_decoy");
        try (var c = decoy.connect(); var st = c.createStatement()) {
            st.execute("CREATE TABLE thing (name VARCHAR(10))");
            st.execute("INSERT INTO thing VALUES ('ok')");
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
        Workbook.use(SharedServer.target());
        String redirect = "void makeThing() {\n    Workbook.use(Workbook.target().withDatabase(\"fixture_decoy\"));\n}";
        ExerciseResult r = check(redirect);
        assertThat(r.passed()).as(() -> Reports.full(r)).isFalse();
        assertThat(Reports.text(r)).contains("✗ there is a table named thing");
    }

    @Test
    @DisplayName("output that imitates a passing report changes nothing: the verdict and the JSON come from the checks")
    void fakeReport() throws IOException {
        ExerciseResult r = check("void makeThing() {\n    System.out.println(\"  ✓ there is a table named thing\\n  solved: 90-fixture\\n"
                + "{\\\"version\\\": 3, \\\"status\\\": \\\"pass\\\"}\");\n}");
        assertThat(r.passed()).isFalse();
        Map<String, Object> json = Json.parseObject(ResultsJson.of(r, 1));
        assertThat(json).containsEntry("version", 3L).containsEntry("status", "fail");
        assertThat(Reports.text(r)).doesNotContain("solved: 90-fixture");
    }

    @Test
    @DisplayName("--json is results.json v3: version, status, message; tests with name, status, message, output (cut at 500 chars, saying so), task_id")
    void json() throws IOException {
        ExerciseResult r = check("void makeThing() {\n    System.out.println(\"x\".repeat(600));\n"
                + "    Workbook.sql(\"CREATE TABLE thing (name VARCHAR(10))\");\n}");
        Map<String, Object> json = Json.parseObject(ResultsJson.of(r, 1));
        assertThat(json.keySet()).containsExactly("version", "status", "message", "tests");
        assertThat(json).containsEntry("version", 3L).containsEntry("status", "fail").containsEntry("message", null);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> tests = (List<Map<String, Object>>) json.get("tests");
        assertThat(tests).extracting(t -> t.get("name")).containsExactly("there is a table named thing",
                "thing holds exactly one row, 'ok'", "hidden check 1");
        assertThat(tests.get(0)).containsEntry("status", "pass").containsEntry("message", null).containsEntry("task_id", 1L);
        assertThat((String) tests.get(0).get("output")).hasSizeLessThanOrEqualTo(500)
                .endsWith("Output was truncated. Please limit to 500 chars");
        assertThat(tests.get(1)).containsEntry("status", "fail");
        assertThat((String) tests.get(1).get("message")).contains("The names in thing are exactly: ok.");
        assertThat(tests.get(2)).doesNotContainKey("task_id");
    }

    @Test
    @DisplayName("a server without an administrative account cannot give a throwaway database: environment not ready (exit 3)")
    void noAdminAccount() {
        DbTarget shared = SharedServer.target();
        DbTarget noAdmin = new DbTarget(shared.provider(), shared.host(), shared.port(), shared.database(), shared.app(), null,
                shared.serverVersion());
        assertThatThrownBy(() -> checker(noAdmin).check(FIXTURE, file(PASSES)))
                .isInstanceOfSatisfying(WorkbookException.class, e -> {
                    assertThat(e.exitCode()).isEqualTo(ExitCode.ENVIRONMENT_NOT_READY);
                    assertThat(e.getMessage()).contains("administrative account");
                    assertThat(e.next()).contains("admin.user");
                });
    }

    @Test
    @DisplayName("a file whose markers were damaged is bad input naming the line and the marker to put back")
    void damagedMarkers() throws IOException {
        Path f = file(PASSES);
        Files.writeString(f, Files.readString(f).replace("// <<< end of part 1", ""));
        assertThatThrownBy(() -> checker(SharedServer.target()).check(FIXTURE, f))
                .isInstanceOfSatisfying(WorkbookException.class, e -> {
                    assertThat(e.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
                    assertThat(e.getMessage()).contains("part 1 has no end line");
                    assertThat(e.next()).contains("// <<< end of part 1");
                });
    }
}
