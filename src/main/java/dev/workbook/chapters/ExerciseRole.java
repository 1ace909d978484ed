package dev.workbook.chapters;

import java.util.Locale;

/**
 * What a cell of a chapter's exercise is: trusted {@code setup} code, a {@code solution} part the student edits,
 * or the trusted {@code driver} that calls the student's code (it becomes the body of the notebook's check cell).
 */
public enum ExerciseRole {
    SETUP, SOLUTION, DRIVER;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    static ExerciseRole parse(String value, String where) {
        for (ExerciseRole r : values()) {
            if (r.id().equals(value)) {
                return r;
            }
        }
        throw ChapterSourceException.at(where, "unknown exercise role '" + value + "'", "use role=setup, role=solution or role=driver");
    }
}
