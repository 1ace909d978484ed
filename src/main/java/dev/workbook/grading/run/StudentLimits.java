package dev.workbook.grading.run;

/**
 * What the instructor chose for each submission's student JVM: wall time per exercise run, heap, and the containment
 * ({@code auto}, {@code bubblewrap} or {@code process}).
 */
public record StudentLimits(int wallSeconds, int heapMb, String containment) {
}
