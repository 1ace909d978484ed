package dev.workbook.exercises;

import java.util.List;

/**
 * A student's solution to one exercise: the text of each part (1..n, in order) and where it came from, a line of a
 * {@code .jsh} file or a notebook cell. Only these parts are the student's; setup and driver always come from the
 * workbook's own copy of the exercise.
 */
public record Solution(String exercise, List<Part> parts) {
    public Solution {
        parts = List.copyOf(parts);
    }

    /**
     * One part: its number, its code, where it came from ({@code origin}: a file path, or a notebook path and cell),
     * the line its first line is on there (1 in a cell), and the notebook cell id (null for a file).
     */
    public record Part(int number, String code, String origin, int firstLine, String cellId) {
    }
}
