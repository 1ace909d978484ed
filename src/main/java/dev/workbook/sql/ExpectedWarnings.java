package dev.workbook.sql;

import java.sql.SQLWarning;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The warnings a statement asked for: {@code DROP TABLE IF EXISTS a, b} on a fresh database answers "Warning (1051):
 * Unknown table" for each missing table, which a first cell should not show as if something were wrong. Those become
 * one explained line; every other warning is printed as the server sent it.
 */
final class ExpectedWarnings {
    /** Unknown table, database, view, routine, trigger, column/key; already exists (table, database). */
    private static final Set<Integer> IF_EXISTS = Set.of(1051, 1008, 4092, 1305, 1360, 1091, 1050, 1007);

    private ExpectedWarnings() {
    }

    static List<String> describe(String sql, SQLWarning first) {
        List<String> lines = new ArrayList<>();
        boolean conditional = sql.toUpperCase(Locale.ROOT).matches("(?s).*\\bIF\\s+(NOT\\s+)?EXISTS\\b.*");
        List<String> expected = new ArrayList<>();
        for (SQLWarning w = first; w != null; w = w.getNextWarning()) {
            if (conditional && IF_EXISTS.contains(w.getErrorCode())) {
                expected.add(w.getMessage());
            } else {
                lines.add("Warning (" + w.getErrorCode() + "): " + w.getMessage());
            }
        }
        if (!expected.isEmpty()) {
            lines.add(0, "Note: " + String.join("; ", expected) + " (expected: IF [NOT] EXISTS skips what is already so)");
        }
        return lines;
    }
}
