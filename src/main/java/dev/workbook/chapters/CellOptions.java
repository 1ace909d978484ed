package dev.workbook.chapters;

import java.util.Set;

/**
 * The attributes after {@code java} in a code fence's info string:
 * {@code name=}, {@code include=}, {@code expect-exception=}, {@code expect-sql-error=}, {@code skip}.
 */
public record CellOptions(String name, String include, String expectException, Integer expectSqlError, boolean skip) {
    static final CellOptions NONE = new CellOptions(null, null, null, null, false);
    static final Set<String> KEYS = Set.of("name", "include", "expect-exception", "expect-sql-error", "skip");

    /** Whether the cell must fail (a "common mistake" cell). */
    public boolean expectsFailure() {
        return expectException != null || expectSqlError != null;
    }

    /** Parses "name=student skip"; {@code where} names the source line for error messages. */
    static CellOptions parse(String attributes, String where) {
        String name = null;
        String include = null;
        String exception = null;
        Integer sqlError = null;
        boolean skip = false;
        for (String token : attributes.trim().split("\\s+")) {
            if (token.isEmpty()) {
                continue;
            }
            int eq = token.indexOf('=');
            String key = eq < 0 ? token : token.substring(0, eq);
            String value = eq < 0 ? null : token.substring(eq + 1);
            if (!KEYS.contains(key)) {
                throw ChapterSourceException.at(where, "unknown code-cell attribute '" + key + "'",
                        "use one of " + String.join(", ", KEYS.stream().sorted().toList()));
            }
            if (key.equals("skip")) {
                if (value != null) {
                    throw ChapterSourceException.at(where, "'skip' takes no value", "write just: skip");
                }
                skip = true;
                continue;
            }
            if (value == null || value.isEmpty()) {
                throw ChapterSourceException.at(where, "attribute '" + key + "' needs a value", "write " + key + "=...");
            }
            switch (key) {
                case "name" -> name = checkName(value, where);
                case "include" -> include = value;
                case "expect-exception" -> exception = value;
                default -> sqlError = parseCode(value, where);
            }
        }
        if (skip && (exception != null || sqlError != null)) {
            throw ChapterSourceException.at(where, "a skipped cell cannot expect an error", "remove skip or the expect-* attribute");
        }
        return new CellOptions(name, include, exception, sqlError, skip);
    }

    private static String checkName(String value, String where) {
        if (!value.matches("[a-z0-9][a-z0-9-]*")) {
            throw ChapterSourceException.at(where, "cell name '" + value + "' is not lower-case letters, digits and '-'",
                    "rename it, e.g. name=student-entity");
        }
        return value;
    }

    private static Integer parseCode(String value, String where) {
        try {
            return Integer.valueOf(value);
        } catch (NumberFormatException e) {
            throw ChapterSourceException.at(where, "expect-sql-error '" + value + "' is not a number",
                    "give the server's error code, e.g. expect-sql-error=1062");
        }
    }
}
