package dev.workbook.chapters;

import static org.assertj.core.api.Assertions.assertThat;

import dev.workbook.db.DbTarget;
import dev.workbook.testing.SharedServer;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every chapter the workbook ships, run through the JShell runner on the real embedded server, must pass
 * and leave the database in its end state (chapter-end-states/NN-slug.txt): alone on a fresh database,
 * and in sequence on one database as in `workbook tour`.
 */
class ChapterEndStateTest {
    static final ChapterCatalog CATALOG = ChapterCatalog.load();

    @TestFactory
    @DisplayName("each chapter, alone on a fresh database, runs and leaves its end state")
    Stream<DynamicTest> eachChapterAlone() {
        return CATALOG.all().stream().map(c -> DynamicTest.dynamicTest(c.id(), () -> {
            DbTarget db = SharedServer.freshDatabase("ch" + c.number());
            runAndCheck(c, db);
        }));
    }

    @Test
    @DisplayName("all chapters in order on one database each reach their end state, as in workbook tour, and again in a second tour")
    void inSequence() throws Exception {
        DbTarget db = SharedServer.freshDatabase("tour");
        for (int tour = 1; tour <= 2; tour++) {
            // The second tour finds every table the first one left (foreign keys included) and must still work.
            for (Chapter c : CATALOG.all()) {
                runAndCheck(c, db);
            }
        }
    }

    @Test
    @DisplayName("there are chapters, numbered without gaps from 01")
    void numbering() {
        List<String> numbers = CATALOG.all().stream().map(Chapter::number).toList();
        assertThat(numbers).isNotEmpty();
        for (int i = 0; i < numbers.size(); i++) {
            assertThat(numbers.get(i)).isEqualTo(String.format("%02d", i + 1));
        }
    }

    private static void runAndCheck(Chapter c, DbTarget db) throws Exception {
        EndState expected = EndState.of(c);
        ByteArrayOutputStream transcript = new ByteArrayOutputStream();
        ChapterResult r = new ChapterRunner(CATALOG, new PrintStream(transcript, true, StandardCharsets.UTF_8)).run(c);
        String text = transcript.toString(StandardCharsets.UTF_8);
        assertThat(r.failure()).as(() -> "chapter " + c.id() + " failed:\n" + r.failure().render() + "\ntranscript:\n" + text)
                .isNull();
        try (Connection conn = db.dataSource(db.database(), db.admin()).getConnection()) {
            assertThat(expected.mismatches(conn)).as(() -> "database after " + c.id() + "; transcript:\n" + text).isEmpty();
        }
    }
}
