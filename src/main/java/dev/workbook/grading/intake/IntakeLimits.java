package dev.workbook.grading.intake;

/**
 * Bounds on what one submission may bring in. A file over {@code maxFileBytes} is refused (the rest is graded); more
 * entries than {@code maxEntries}, more than {@code maxTotalBytes} in all, or an entry that inflates more than
 * {@code maxRatio}-fold past a megabyte is a zip bomb and the whole submission is refused. The limits are counted on the
 * bytes actually inflated, never on the sizes a zip declares.
 */
public record IntakeLimits(int maxEntries, long maxFileBytes, long maxTotalBytes, long maxRatio) {
    /** Generous for 14 scripts and 14 notebooks with outputs; far below what would hurt a grading machine. */
    public static final IntakeLimits DEFAULT = new IntakeLimits(2_000, 8L << 20, 64L << 20, 100);
}
