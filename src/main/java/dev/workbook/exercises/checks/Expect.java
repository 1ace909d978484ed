package dev.workbook.exercises.checks;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.opentest4j.AssertionFailedError;

/**
 * The checks' assertions, worded like a tutor: the sentence of what should hold, then expected and found rows as small
 * tables, what is missing and what should not be there. They throw opentest4j's AssertionFailedError (a failed check
 * for JUnit) without expected/actual values, so no "==> expected: <...> but was: <...>" is ever appended.
 */
final class Expect {
    private static final int MAX_ROWS = 12;

    private Expect() {
    }

    static void that(boolean ok, String sentence) {
        if (!ok) {
            throw new AssertionFailedError(sentence);
        }
    }

    static void value(String sentence, Object expected, Object actual) {
        if (!Objects.equals(expected, actual)) {
            throw new AssertionFailedError(sentence + "\n  expected: " + expected + "\n  found:    " + actual);
        }
    }

    /** One column of values (names, emails): shown as a list, in order. */
    static void values(String sentence, List<String> expected, List<String> actual) {
        if (!expected.equals(actual)) {
            StringBuilder sb = new StringBuilder(sentence);
            sb.append("\n  expected: ").append(list(expected)).append("\n  found:    ").append(list(actual));
            difference(sb, expected.stream().map(List::of).toList(), actual.stream().map(List::of).toList());
            throw new AssertionFailedError(sb.toString());
        }
    }

    /** Rows of several columns, compared in order, shown as tables under their column names. */
    static void rows(String sentence, List<String> header, List<List<String>> expected, List<List<String>> actual) {
        if (!expected.equals(actual)) {
            StringBuilder sb = new StringBuilder(sentence);
            sb.append("\n  expected:\n").append(table(header, expected)).append("  found:\n").append(table(header, actual));
            difference(sb, expected, actual);
            throw new AssertionFailedError(sb.toString().stripTrailing());
        }
    }

    /**
     * The answer the driver saved for {@code question}. When the line that saves it never ran, the check says so instead
     * of judging the database: the student's query did not give a wrong answer, it gave none.
     */
    static List<String> answer(String question, String whatRuns) {
        return Db.answer(question).orElseThrow(() -> new AssertionFailedError(whatRuns
                + " never ran: the script stopped before it (see where above), so there is no result to check yet."));
    }

    /** A column with this type and nullability ("varchar(120) not null"), naming a missing table or column. */
    static void column(String table, String column, String typeAndNull, String sentence) {
        that(Db.tableExists(table), "There is no table " + table + " yet. " + sentence);
        Db.Column c = Db.columns(table).get(column);
        that(c != null, "The table " + table + " has no column " + column + " (it has: "
                + String.join(", ", Db.columns(table).keySet()) + "). " + sentence);
        value(sentence, typeAndNull, c.typeAndNull());
    }

    static void table(String table, String sentence) {
        that(Db.tableExists(table), "There is no table named " + table + ". " + sentence);
    }

    private static String list(List<String> values) {
        return values.isEmpty() ? "(nothing)" : String.join(", ", values);
    }

    private static void difference(StringBuilder sb, List<List<String>> expected, List<List<String>> actual) {
        List<List<String>> missing = new ArrayList<>(expected);
        actual.forEach(missing::remove);
        List<List<String>> extra = new ArrayList<>(actual);
        expected.forEach(extra::remove);
        if (!missing.isEmpty()) {
            sb.append("\n  missing: ").append(String.join("; ", missing.stream().map(r -> String.join(" | ", r)).toList()));
        }
        if (!extra.isEmpty()) {
            sb.append("\n  not expected: ").append(String.join("; ", extra.stream().map(r -> String.join(" | ", r)).toList()));
        }
        if (missing.isEmpty() && extra.isEmpty()) {
            sb.append("\n  (the same values, in another order)");
        }
    }

    /** A small table, indented, one line per row; long ones end with "... N more rows". */
    static String table(List<String> header, List<List<String>> rows) {
        if (rows.isEmpty()) {
            return "    (no rows)\n";
        }
        int cols = header.size();
        int[] width = new int[cols];
        List<List<String>> shown = rows.subList(0, Math.min(rows.size(), MAX_ROWS));
        for (int i = 0; i < cols; i++) {
            width[i] = width(header.get(i));
            for (List<String> r : shown) {
                width[i] = Math.max(width[i], i < r.size() ? width(r.get(i)) : 0);
            }
        }
        StringBuilder sb = new StringBuilder();
        line(sb, header, width);
        for (List<String> r : shown) {
            line(sb, r, width);
        }
        if (rows.size() > shown.size()) {
            sb.append("    ... ").append(rows.size() - shown.size()).append(" more rows\n");
        }
        return sb.toString();
    }

    private static void line(StringBuilder sb, List<String> cells, int[] width) {
        sb.append("    |");
        for (int i = 0; i < width.length; i++) {
            String v = i < cells.size() ? cells.get(i) : "";
            sb.append(' ').append(v).append(" ".repeat(Math.max(0, width[i] - width(v)))).append(" |");
        }
        sb.append('\n');
    }

    private static int width(String s) {
        return s.codePointCount(0, s.length());
    }
}
