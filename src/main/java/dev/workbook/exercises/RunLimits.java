package dev.workbook.exercises;

import java.time.Duration;
import java.util.Locale;

/** The limits a run of student code had: wall time per run, heap, and output kept. Shown in every report. */
public record RunLimits(Duration wallTime, int heapMb, long maxOutputBytes) {
    /** Near Exercism's 20 s; a heap for Hibernate and a test's data; 4 MB of output. */
    public static final RunLimits DEFAULT = new RunLimits(Duration.ofSeconds(20), 512, 4L << 20);

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%d s per run, %d MB heap, %d MB of output", wallTime.toSeconds(), heapMb,
                maxOutputBytes >> 20);
    }
}
