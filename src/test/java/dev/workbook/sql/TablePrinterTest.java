package dev.workbook.sql;

import static org.assertj.core.api.Assertions.assertThat;

import dev.workbook.testing.SharedServer;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Result tables line up, whatever the text in them")
class TablePrinterTest {
    @Test
    @DisplayName("emoji, CJK, Cyrillic and NULL cells keep every border in the same column")
    void wideCharactersAlign() throws Exception {
        StringWriter out = new StringWriter();
        try (Connection c = SharedServer.target().connect(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT 'plain' AS v UNION ALL SELECT 'Привет' UNION ALL SELECT '表格' "
                     + "UNION ALL SELECT 'cat 😀' UNION ALL SELECT NULL")) {
            assertThat(TablePrinter.print(rs, new PrintWriter(out))).isEqualTo(5);
        }
        String[] lines = out.toString().split("\\R");
        int width = TablePrinter.displayWidth(lines[0]);
        for (int i = 0; i < 9; i++) {
            assertThat(TablePrinter.displayWidth(lines[i])).as("line %d: %s", i, lines[i]).isEqualTo(width);
        }
        assertThat(out.toString()).contains("| NULL ", "5 rows in set");
    }
}
