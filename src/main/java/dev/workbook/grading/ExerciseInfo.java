package dev.workbook.grading;

/**
 * What grading knows of an exercise before any submission: id, title, the chapter whose notebook holds its cells, and
 * the points its checks are worth (hidden ones included).
 */
public record ExerciseInfo(String id, String title, String chapter, double maxPoints) {
}
