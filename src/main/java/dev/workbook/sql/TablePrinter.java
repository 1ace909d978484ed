package dev.workbook.sql;

import java.io.PrintWriter;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** Prints a result set as an aligned table, the way the mysql client does. */
public final class TablePrinter {
    private static final int MAX_CELL = 200;

    private TablePrinter() {
    }

    /** Prints the rows and returns how many there were. */
    public static int print(ResultSet rs, PrintWriter out) throws SQLException {
        ResultSetMetaData md = rs.getMetaData();
        int n = md.getColumnCount();
        List<String[]> rows = new ArrayList<>();
        String[] header = new String[n];
        int[] width = new int[n];
        for (int i = 0; i < n; i++) {
            header[i] = md.getColumnLabel(i + 1);
            width[i] = displayWidth(header[i]);
        }
        while (rs.next()) {
            String[] row = new String[n];
            for (int i = 0; i < n; i++) {
                String v = rs.getString(i + 1);
                row[i] = v == null ? "NULL" : abbreviate(v.replace("\n", "\\n"));
                width[i] = Math.max(width[i], displayWidth(row[i]));
            }
            rows.add(row);
        }
        if (n == 0) {
            return 0;
        }
        String rule = rule(width);
        out.println(rule);
        out.println(line(header, width));
        out.println(rule);
        for (String[] r : rows) {
            out.println(line(r, width));
        }
        out.println(rule);
        out.println(rows.size() + (rows.size() == 1 ? " row in set" : " rows in set"));
        out.flush();
        return rows.size();
    }

    private static String abbreviate(String s) {
        return s.codePointCount(0, s.length()) <= MAX_CELL ? s : s.substring(0, s.offsetByCodePoints(0, MAX_CELL - 1)) + "…";
    }

    /** Terminal columns the text takes: East Asian wide characters and emoji take two, combining marks none. */
    static int displayWidth(String s) {
        return s.codePoints().map(TablePrinter::columns).sum();
    }

    private static int columns(int cp) {
        int type = Character.getType(cp);
        if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK || type == Character.FORMAT
                || cp == 0x200D || cp >= 0xFE00 && cp <= 0xFE0F) {
            return 0;
        }
        boolean wide = cp >= 0x1100 && cp <= 0x115F || cp >= 0x2E80 && cp <= 0xA4CF && cp != 0x303F
                || cp >= 0xAC00 && cp <= 0xD7A3 || cp >= 0xF900 && cp <= 0xFAFF || cp >= 0xFE30 && cp <= 0xFE4F
                || cp >= 0xFF00 && cp <= 0xFF60 || cp >= 0xFFE0 && cp <= 0xFFE6
                || cp >= 0x1F300 && cp <= 0x1F64F || cp >= 0x1F900 && cp <= 0x1F9FF || cp >= 0x1F680 && cp <= 0x1F6FF
                || cp >= 0x20000 && cp <= 0x3FFFD;
        return wide ? 2 : 1;
    }

    private static String rule(int[] width) {
        StringBuilder sb = new StringBuilder("+");
        for (int w : width) {
            sb.append("-".repeat(w + 2)).append('+');
        }
        return sb.toString();
    }

    private static String line(String[] cells, int[] width) {
        StringBuilder sb = new StringBuilder("|");
        for (int i = 0; i < cells.length; i++) {
            sb.append(' ').append(cells[i]).append(" ".repeat(width[i] - displayWidth(cells[i]))).append(" |");
        }
        return sb.toString();
    }
}
