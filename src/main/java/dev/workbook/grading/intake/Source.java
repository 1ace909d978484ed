package dev.workbook.grading.intake;

import java.nio.file.Path;

/**
 * Where a submission's solution of one exercise is: an exercise script ({@code ID.jsh}, parts between the markers) or a
 * chapter notebook (cells whose metadata names the exercise with role "solution"). {@code file} is the copy in the
 * submission's work directory; {@code label} is the path as the student knows it.
 */
public record Source(Kind kind, String exerciseId, Path file, String label) {
    public enum Kind { SCRIPT, NOTEBOOK }
}
