package dev.workbook.chapters;

import java.util.Set;

/**
 * The attributes after {@code java} in a code fence's info string:
 * {@code name=}, {@code include=}, {@code expect-exception=}, {@code expect-sql-error=}, {@code skip}, and for the cells
 * of a chapter's exercise {@code exercise=ID role=setup|solution|driver}.
 */
public record CellOptions(String name, String include, String expectException, Integer expectSqlError, boolean skip,
                          String exercise, ExerciseRole role) {
    static final CellOptions NONE = new CellOptions(null, null, null, null, false, null, null);
    static final Set<String> KEYS = Set.of("name", "include", "expect-exception", "expect-sql-error", "skip", "exercise", "role");

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
        String exercise = null;
        ExerciseRole role = null;
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
                case "exercise" -> exercise = checkExercise(value, where);
                case "role" -> role = ExerciseRole.parse(value, where);
                default -> sqlError = parseCode(value, where);
            }
        }
        if (skip && (exception != null || sqlError != null)) {
            throw ChapterSourceException.at(where, "a skipped cell cannot expect an error", "remove skip or the expect-* attribute");
        }
        if ((exercise == null) != (role == null)) {
            throw ChapterSourceException.at(where, "exercise= and role= go together",
                    "write both, e.g. exercise=05-older-than-21 role=solution");
        }
        if (exercise != null && (skip || exception != null || sqlError != null || name != null)) {
            throw ChapterSourceException.at(where, "an exercise cell takes only exercise=, role= and (for setup) include=",
                    "remove skip, name= and expect-* from it");
        }
        if (include != null && role != null && role != ExerciseRole.SETUP) {
            throw ChapterSourceException.at(where, "only a setup cell of an exercise may include= a chapter cell",
                    "make it role=setup, or write its code out");
        }
        return new CellOptions(name, include, exception, sqlError, skip, exercise, role);
    }

    private static String checkName(String value, String where) {
        if (!value.matches("[a-z0-9][a-z0-9-]*")) {
            throw ChapterSourceException.at(where, "cell name '" + value + "' is not lower-case letters, digits and '-'",
                    "rename it, e.g. name=student-entity");
        }
        return value;
    }

    private static String checkExercise(String value, String where) {
        if (!value.matches("\\d{2}-[a-z0-9]+(-[a-z0-9]+)*")) {
            throw ChapterSourceException.at(where, "exercise id '" + value + "' is not NN-slug",
                    "use the id of the manifest (src/main/resources/exercises/exercises.txt), e.g. exercise=05-older-than-21");
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
