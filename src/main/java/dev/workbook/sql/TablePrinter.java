package dev.workbook.sql;

import java.io.PrintWriter;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.jline.utils.AttributedString;

/**
 * Prints a result set the way the mysql client does: an aligned table, or with {@code \G} one "column: value" line per
 * column. Values are shown whole: no cut at some length, and a multi-line value (SHOW CREATE TABLE) keeps its real line
 * breaks (in the table, the row grows taller). Widths are terminal columns from JLine's width table, so emoji such as
 * ☕ or 👍🏽 and CJK characters take two columns and combining marks none.
 */
public final class TablePrinter {
    private static final String STARS = "*".repeat(27);

    private TablePrinter() {
    }

    /** Prints the rows as a table and returns how many there were. */
    public static int print(ResultSet rs, PrintWriter out) throws SQLException {
        return print(rs, out, false);
    }

    /** Prints the rows as a table, or vertically, and returns how many there were. */
    public static int print(ResultSet rs, PrintWriter out, boolean vertical) throws SQLException {
        ResultSetMetaData md = rs.getMetaData();
        int n = md.getColumnCount();
        if (n == 0) {
            return 0;
        }
        List<String> header = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            header.add(md.getColumnLabel(i));
        }
        List<List<String>> rows = new ArrayList<>();
        while (rs.next()) {
            List<String> row = new ArrayList<>(n);
            for (int i = 1; i <= n; i++) {
                String v = rs.getString(i);
                row.add(v == null ? "NULL" : v);
            }
            rows.add(row);
        }
        out.print(vertical ? vertical(header, rows) : table(header, rows));
        out.flush();
        return rows.size();
    }

    /** The table layout, ending with the "N rows in set" line. */
    static String table(List<String> header, List<List<String>> rows) {
        int[] width = new int[header.size()];
        for (int i = 0; i < width.length; i++) {
            width[i] = widest(header.get(i));
            for (List<String> r : rows) {
                width[i] = Math.max(width[i], widest(r.get(i)));
            }
        }
        StringBuilder sb = new StringBuilder();
        String rule = rule(width);
        sb.append(rule).append('\n');
        appendRow(sb, header, width);
        sb.append(rule).append('\n');
        for (List<String> r : rows) {
            appendRow(sb, r, width);
        }
        sb.append(rule).append('\n');
        return sb.append(count(rows.size())).append('\n').toString();
    }

    /** The \G layout: a numbered banner per row, column names right-aligned, values whole. */
    static String vertical(List<String> header, List<List<String>> rows) {
        int w = header.stream().mapToInt(TablePrinter::width).max().orElse(0);
        StringBuilder sb = new StringBuilder();
        for (int r = 0; r < rows.size(); r++) {
            sb.append(STARS).append(' ').append(r + 1).append(". row ").append(STARS).append('\n');
            for (int i = 0; i < header.size(); i++) {
                String name = header.get(i);
                sb.append(" ".repeat(w - width(name))).append(name).append(": ").append(rows.get(r).get(i)).append('\n');
            }
        }
        return sb.append(rows.isEmpty() ? "Empty set" : count(rows.size())).append('\n').toString();
    }

    /** Terminal columns the text takes on one line (tabs count as the spaces they are shown as). */
    static int width(String s) {
        return new AttributedString(s).columnLength();
    }

    private static int widest(String value) {
        int w = 0;
        for (String l : lines(value)) {
            w = Math.max(w, width(l));
        }
        return w;
    }

    /** A value's lines; tabs become spaces (to the next multiple of 8) so that the borders stay straight. */
    private static List<String> lines(String value) {
        List<String> out = new ArrayList<>();
        for (String l : value.split("\r?\n", -1)) {
            out.add(l.indexOf('\t') < 0 ? l : expandTabs(l));
        }
        return out;
    }

    private static String expandTabs(String l) {
        StringBuilder sb = new StringBuilder();
        int col = 0;
        String[] parts = l.split("\t", -1);
        for (int i = 0; i < parts.length; i++) {
            sb.append(parts[i]);
            col += width(parts[i]);
            if (i < parts.length - 1) {
                int pad = 8 - col % 8;
                sb.append(" ".repeat(pad));
                col += pad;
            }
        }
        return sb.toString();
    }

    private static void appendRow(StringBuilder sb, List<String> cells, int[] width) {
        List<List<String>> split = new ArrayList<>();
        int height = 1;
        for (String c : cells) {
            List<String> l = lines(c);
            split.add(l);
            height = Math.max(height, l.size());
        }
        for (int h = 0; h < height; h++) {
            sb.append('|');
            for (int i = 0; i < cells.size(); i++) {
                String part = h < split.get(i).size() ? split.get(i).get(h) : "";
                sb.append(' ').append(part).append(" ".repeat(width[i] - width(part))).append(" |");
            }
            sb.append('\n');
        }
    }

    private static String rule(int[] width) {
        StringBuilder sb = new StringBuilder("+");
        for (int w : width) {
            sb.append("-".repeat(w + 2)).append('+');
        }
        return sb.toString();
    }

    private static String count(int rows) {
        return rows + (rows == 1 ? " row in set" : " rows in set");
    }
}
