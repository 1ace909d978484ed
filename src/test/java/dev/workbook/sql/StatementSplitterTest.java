package dev.workbook.sql;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Scripts split into statements as the mysql client splits them")
class StatementSplitterTest {
    @Test
    @DisplayName("semicolons inside quotes, backquotes and comments do not split")
    void quotesAndComments() {
        assertThat(StatementSplitter.split("SELECT 'a;b'; SELECT `x;y` FROM t; -- c;d\nSELECT \"e;f\" /* g;h */; # i;j\n"))
                .containsExactly("SELECT 'a;b'", "SELECT `x;y` FROM t", "SELECT \"e;f\"");
    }

    @Test
    @DisplayName("escaped and doubled quotes stay inside the string")
    void escapes() {
        assertThat(StatementSplitter.split("SELECT 'it''s;'; SELECT 'a\\';b'"))
                .containsExactly("SELECT 'it''s;'", "SELECT 'a\\';b'");
    }

    @Test
    @DisplayName("empty statements and trailing whitespace are dropped; -- needs a space to start a comment")
    void empties() {
        assertThat(StatementSplitter.split(" ;; SELECT 1--2 ;\n\n")).containsExactly("SELECT 1--2");
    }
}
