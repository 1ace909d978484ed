package dev.workbook.sql;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLWarning;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ExpectedWarningsTest {
    private static SQLWarning chain(SQLWarning... ws) {
        for (int i = 1; i < ws.length; i++) {
            ws[0].setNextWarning(ws[i]);
        }
        return ws[0];
    }

    @Test
    @DisplayName("DROP TABLE IF EXISTS on missing tables: one explained note instead of a 'Warning (1051)' per table")
    void ifExistsWarningsAreExplained() {
        SQLWarning w = chain(new SQLWarning("Unknown table 'workbook.post_tags'", "42S02", 1051),
                new SQLWarning("Unknown table 'workbook.tag'", "42S02", 1051));
        assertThat(ExpectedWarnings.describe("DROP TABLE IF EXISTS post_tags, tag", w)).containsExactly(
                "Note: Unknown table 'workbook.post_tags'; Unknown table 'workbook.tag' (expected: IF [NOT] EXISTS skips what is already so)");
    }

    @Test
    @DisplayName("other warnings, or the same code without IF EXISTS, are shown as the server sent them")
    void otherWarningsStay() {
        assertThat(ExpectedWarnings.describe("INSERT INTO t VALUES ('x')", new SQLWarning("Data truncated", "01000", 1265)))
                .containsExactly("Warning (1265): Data truncated");
        assertThat(ExpectedWarnings.describe("DROP TABLE t", new SQLWarning("Unknown table 't'", "42S02", 1051)))
                .containsExactly("Warning (1051): Unknown table 't'");
        assertThat(ExpectedWarnings.describe("SELECT 1", null)).isEmpty();
    }
}
