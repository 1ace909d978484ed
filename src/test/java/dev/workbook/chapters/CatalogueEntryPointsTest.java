package dev.workbook.chapters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.workbook.Workbook;
import dev.workbook.errors.Diagnosis;
import dev.workbook.errors.ErrorCatalogue;
import dev.workbook.errors.ExitCode;
import dev.workbook.errors.KnownError;
import dev.workbook.errors.WorkbookException;
import dev.workbook.json.Json;
import dev.workbook.testing.CliRun;
import dev.workbook.testing.SharedServer;
import dev.workbook.testing.TestHomes;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Walks every recognisable catalogue entry through each entry point that reads errors: the catalogue itself, the
 * doctor's --explain, {@code workbook sql}, {@code Workbook.sql} and the chapter runner. Each must name the same page
 * and next step. The SQL entry points get the error from the real server: SIGNAL raises any vendor code, SQLSTATE and
 * message a statement can fail with. (Entries no error text identifies alone are the doctor's probe findings, tested
 * by the doctor's own tests on real sockets and servers.)
 */
@DisplayName("every catalogue entry has the same page and next step from every entry point")
class CatalogueEntryPointsTest {
    private static final Pattern SERVER_ERROR = Pattern.compile("ERROR (\\d{4}) \\(([0-9A-Z]{5})\\): (.*)", Pattern.DOTALL);
    private static final Pattern JAVA_CLASS = Pattern.compile("((?:[a-z]+\\.)+[A-Z]\\w+): (.*)", Pattern.DOTALL);
    private static Path home;
    private static ChapterShell shell;
    private static final ByteArrayOutputStream TRANSCRIPT = new ByteArrayOutputStream();

    @BeforeAll
    static void setUp() {
        SharedServer.freshDatabase("catalogue_walk");
        home = TestHomes.root().resolve("shared");
        shell = ChapterShell.open(new PrintStream(TRANSCRIPT, true, StandardCharsets.UTF_8));
    }

    @AfterAll
    static void tearDown() {
        shell.close();
    }

    static Stream<KnownError> entries() {
        return Arrays.stream(KnownError.values()).filter(KnownError::recognisable);
    }

    /** The error as the entry's page shows it: a server error (code, SQLSTATE, message), a Java exception, or text. */
    record Sample(int code, String state, String message, String javaClass) {
        static Sample of(KnownError k) {
            Matcher m = SERVER_ERROR.matcher(k.errorText());
            if (m.matches()) {
                return new Sample(Integer.parseInt(m.group(1)), m.group(2), m.group(3), null);
            }
            Matcher j = JAVA_CLASS.matcher(k.errorText());
            if (j.matches() && hasMessageConstructor(j.group(1))) {
                return new Sample(0, null, j.group(2), j.group(1));
            }
            return new Sample(0, null, k.errorText(), null);
        }

        /** Java source that throws this error, for a chapter cell. */
        String throwStatement() {
            return javaClass != null ? "throw new " + javaClass + "(" + literal(message) + ");"
                    : "throw new java.sql.SQLException(" + literal(message) + ", " + (state == null ? "null" : literal(state))
                    + ", " + code + ");";
        }

        Throwable exception() {
            try {
                return javaClass != null ? (Throwable) Class.forName(javaClass).getConstructor(String.class).newInstance(message)
                        : new SQLException(message, state, code);
            } catch (ReflectiveOperationException e) {
                throw new AssertionError(e);
            }
        }

        /** A statement that makes the server fail with this error (text-only errors keep SIGNAL's own 1644 / 45000). */
        String signal() {
            String text = javaClass != null ? javaClass + ": " + message : message;
            return "SIGNAL SQLSTATE '" + (state == null ? "45000" : state) + "' SET "
                    + (code == 0 ? "" : "MYSQL_ERRNO = " + code + ", ") + "MESSAGE_TEXT = '"
                    + text.replace("\\", "\\\\").replace("'", "''") + "'";
        }

        private static boolean hasMessageConstructor(String className) {
            try {
                return Throwable.class.isAssignableFrom(Class.forName(className))
                        && Class.forName(className).getConstructor(String.class) != null;
            } catch (ReflectiveOperationException | LinkageError e) {
                return false;
            }
        }

        private static String literal(String s) {
            return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("entries")
    @DisplayName("the catalogue: the entry's own error is recognised as that entry")
    void catalogue(KnownError k) {
        Diagnosis d = ErrorCatalogue.explain(Sample.of(k).exception());
        assertThat(d.error()).isEqualTo(k);
        assertThat(d.help()).isEqualTo(k.help());
        assertThat(d.next()).isEqualTo(k.next());
        assertThat(d.environmentNotReady()).isEqualTo(k.environmentNotReady());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("entries")
    @DisplayName("workbook doctor --explain --json: the pasted error text gives the entry, its next step and page")
    void doctorExplain(KnownError k) {
        CliRun r = CliRun.run(home, "doctor", "--explain", k.errorText(), "--json");
        @SuppressWarnings("unchecked")
        Map<String, Object> finding = ((List<Map<String, Object>>) Json.parseObject(r.out()).get("findings")).get(0);
        assertThat(finding).as(r.toString()).containsEntry("condition", k.id()).containsEntry("help", k.help())
                .containsEntry("next", k.next());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("entries")
    @DisplayName("workbook sql: the server's error names the statement, the code, the next step and the page")
    void workbookSql(KnownError k) {
        Sample s = Sample.of(k);
        CliRun r = CliRun.run(home, "sql", s.signal());
        assertThat(r.exitCode()).as(r.toString()).isEqualTo(k.environmentNotReady() ? 3 : 2);
        assertThat(r.err()).contains("SQL error " + (s.code() == 0 ? 1644 : s.code()), "SIGNAL SQLSTATE",
                "next: " + k.next(), "help: " + k.help());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("entries")
    @DisplayName("Workbook.sql: the exception names the statement, the code, the next step and the page")
    void workbookSqlApi(KnownError k) {
        Sample s = Sample.of(k);
        WorkbookException e = catchThrowableOfType(() -> Workbook.sql(s.signal()), WorkbookException.class);
        assertThat(e).isNotNull();
        assertThat(e.getMessage()).as("a notebook or JShell shows only the message: it names code, statement, step and page")
                .contains("SQL error " + (s.code() == 0 ? 1644 : s.code()), "SIGNAL SQLSTATE", "next: " + k.next(),
                        "help: " + k.help());
        assertThat(e.value()).startsWith("SIGNAL SQLSTATE");
        assertThat(e.next()).isEqualTo(k.next());
        assertThat(e.help()).isEqualTo(k.help());
        assertThat(e.exitCode()).isEqualTo(k.environmentNotReady() ? ExitCode.ENVIRONMENT_NOT_READY : ExitCode.BAD_INPUT);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("entries")
    @DisplayName("the chapter runner: a cell that throws the error stops with the entry's page and next step")
    void chapterRunner(KnownError k) {
        Cell cell = new Cell(Cell.Kind.CODE, Sample.of(k).throwStatement(), CellOptions.NONE, "99-walk", 3);
        Chapter chapter = new Chapter("99-walk", "99", "walk", "Catalogue walk", List.of(cell));
        Failure f = new CellExecutor(shell, chapter, new PrintStream(TRANSCRIPT, true, StandardCharsets.UTF_8), false,
                Duration.ofSeconds(30)).run(cell, 1);
        assertThat(f).as("the cell must stop the chapter: %s", cell.text()).isNotNull();
        assertThat(f.help()).as(f.render()).isEqualTo(k.help());
        assertThat(f.next()).isEqualTo(k.next());
        assertThat(f.render()).contains("help: " + k.help(), "next: " + k.next());
        assertThat(f.exitCode()).isEqualTo(k.environmentNotReady() ? ExitCode.ENVIRONMENT_NOT_READY : ExitCode.CHECKS_FAILED);
    }
}
