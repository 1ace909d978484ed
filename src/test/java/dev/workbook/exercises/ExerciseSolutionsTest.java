package dev.workbook.exercises;

import static org.assertj.core.api.Assertions.assertThat;

import dev.workbook.errors.ExitCode;
import dev.workbook.chapters.ChapterCatalog;
import dev.workbook.db.DbTarget;
import dev.workbook.testing.SharedServer;
import java.io.PrintWriter;
import java.io.StringWriter;
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
 * Both sides of every exercise on the real embedded server, as exercism and rustlings prove theirs: the reference
 * solution passes all its checks; the untouched stub runs without crashing the runner, stops politely at its
 * "Delete this statement", and fails its checks. Each run gets its own throwaway database, dropped afterwards.
 */
class ExerciseSolutionsTest {
    private static final ChapterCatalog CATALOG = ChapterCatalog.load();

    private static ExerciseResult check(Exercise e, java.nio.file.Path script) {
        DbTarget base = SharedServer.target();
        return new ExerciseChecker(base, CATALOG).check(e, script);
    }

    private static String report(ExerciseResult r) {
        StringWriter w = new StringWriter();
        TextReport.print(r, new PrintWriter(w));
        return w + "\ntranscript:\n" + r.transcript();
    }

    @TestFactory
    @DisplayName("every reference solution passes all its checks")
    Stream<DynamicTest> referencesPass() {
        return ExerciseManifest.load().all().stream().map(e -> DynamicTest.dynamicTest(e.id(), () -> {
            ExerciseResult r = check(e, ExerciseFiles.reference(e));
            assertThat(r.scriptFailure()).as(() -> report(r)).isNull();
            assertThat(r.checks()).as(() -> report(r)).isNotEmpty().allSatisfy(c -> assertThat(c.passed()).isTrue());
            assertThat(r.exitCode()).isEqualTo(ExitCode.OK);
        }));
    }

    @TestFactory
    @DisplayName("every stub compiles, stops politely at its TODO, and fails its checks")
    Stream<DynamicTest> stubsFail() {
        return ExerciseManifest.load().all().stream().map(e -> DynamicTest.dynamicTest(e.id(), () -> {
            ExerciseResult r = check(e, ExerciseFiles.stub(e));
            assertThat(r.scriptFailure()).as(() -> report(r)).isNotNull();
            assertThat(r.scriptFailure().problem()).as(() -> report(r)).isEqualTo("the snippet threw java.lang.UnsupportedOperationException");
            assertThat(r.scriptFailure().details()).as(() -> report(r))
                    .anySatisfy(d -> assertThat(d).contains("Delete this statement and write your own solution"));
            assertThat(r.checks()).as(() -> report(r)).isNotEmpty().anySatisfy(c -> assertThat(c.passed()).isFalse());
            assertThat(r.checks()).as("a failing check is a failed assertion, not a broken checker: " + report(r))
                    .allSatisfy(c -> assertThat(c.status()).isNotEqualTo(CheckOutcome.Status.ERROR));
            assertThat(r.exitCode()).isEqualTo(ExitCode.CHECKS_FAILED);
        }));
    }

    @AfterAll
    static void noThrowawayDatabaseLeft() throws SQLException {
        List<String> left = new ArrayList<>();
        try (Connection c = SharedServer.target().adminDataSource().orElseThrow().getConnection();
             ResultSet rs = c.createStatement().executeQuery("SHOW DATABASES LIKE 'workbook\\_check\\_%'")) {
            while (rs.next()) {
                left.add(rs.getString(1));
            }
        }
        assertThat(left).as("throwaway databases are dropped after each check").isEmpty();
    }
}
