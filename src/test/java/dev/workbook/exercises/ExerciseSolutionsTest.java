package dev.workbook.exercises;

import static org.assertj.core.api.Assertions.assertThat;

import dev.workbook.errors.ExitCode;
import dev.workbook.sandbox.Ending;
import dev.workbook.sandbox.StepOutcome;
import dev.workbook.testing.SharedServer;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Both sides of every exercise from the terminal, on the real embedded server, as exercism and rustlings prove theirs: the
 * reference (the stub with its parts solved) passes every check, on the chapter's data and on hidden data; the untouched
 * stub stops politely at its "Delete this statement" and fails its checks, each a failed check, never a broken checker.
 */
class ExerciseSolutionsTest {
    /** One student JVM for all of them, as for one student's check --all. */
    private static ExerciseChecker checker;

    private static synchronized ExerciseResult check(Exercise e, java.nio.file.Path file) {
        if (checker == null) {
            checker = new ExerciseChecker(SharedServer.target());
        }
        return checker.check(e, file);
    }

    @TestFactory
    @DisplayName("every reference solution passes all its checks, on the chapter's data and on hidden data")
    Stream<DynamicTest> referencesPass() {
        return ExerciseManifest.load().all().stream().map(e -> DynamicTest.dynamicTest(e.id(), () -> {
            ExerciseResult r = check(e, ExerciseFiles.reference(e));
            assertThat(r.stopped()).as(() -> Reports.full(r)).isNull();
            assertThat(r.checks()).as(() -> Reports.full(r)).isNotEmpty().allSatisfy(c -> assertThat(c.passed()).isTrue());
            assertThat(r.points()).isEqualTo(r.maxPoints());
            assertThat(r.exitCode()).isEqualTo(ExitCode.OK);
        }));
    }

    @TestFactory
    @DisplayName("every stub compiles, stops politely at its TODO, and fails its checks")
    Stream<DynamicTest> stubsFail() {
        return ExerciseManifest.load().all().stream().map(e -> DynamicTest.dynamicTest(e.id(), () -> {
            ExerciseResult r = check(e, ExerciseFiles.stub(e));
            StepOutcome stopped = r.stopped();
            assertThat(stopped).as(() -> Reports.full(r)).isNotNull();
            assertThat(stopped.ending()).as(() -> Reports.full(r)).isEqualTo(Ending.FAILED);
            assertThat(stopped.failure().details()).as(() -> Reports.full(r))
                    .anySatisfy(d -> assertThat(d).contains("Delete this statement and write your own solution"));
            assertThat(stopped.failure().thrownInMethod()).as(() -> Reports.full(r)).isNotNull();
            assertThat(r.checks()).as(() -> Reports.full(r)).isNotEmpty().anySatisfy(c -> assertThat(c.passed()).isFalse());
            assertThat(r.checks()).as("a failing check is a failed check, not a broken checker: " + Reports.full(r))
                    .allSatisfy(c -> assertThat(c.status()).isNotEqualTo(CheckOutcome.Status.ERROR));
            assertThat(Reports.text(r)).doesNotContain("==> expected");
            assertThat(r.exitCode()).isEqualTo(ExitCode.CHECKS_FAILED);
        }));
    }

    @AfterAll
    static void nothingLeftBehind() throws SQLException {
        if (checker != null) {
            checker.close();
        }
        List<String> left = new ArrayList<>();
        try (Connection c = SharedServer.target().adminDataSource().orElseThrow().getConnection();
             ResultSet rs = c.createStatement().executeQuery("SELECT SCHEMA_NAME FROM information_schema.SCHEMATA"
                     + " WHERE SCHEMA_NAME LIKE 'wbx\\_%' UNION ALL SELECT CONCAT(User, '@', Host) FROM mysql.user"
                     + " WHERE User LIKE 'wbx\\_%'")) {
            while (rs.next()) {
                left.add(rs.getString(1));
            }
        }
        assertThat(left).as("run databases and accounts are dropped after each check").isEmpty();
    }
}
