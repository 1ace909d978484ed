package dev.workbook.sandbox;

import java.time.Duration;
import java.util.Objects;

/**
 * What one run in the student JVM may use: wall time for the whole run (all its steps, counted from the moment its
 * JShell is ready, so a new JVM's start is not the script's time), the JVM's heap, and the bytes it may print
 * (System.out and System.err together). Defaults follow Exercism's test runner (20 s) and stay well inside a laptop's
 * memory.
 */
public record Limits(Duration wallTimePerRun, int heapMb, long maxOutputBytes) {
    public static final Limits DEFAULTS = new Limits(Duration.ofSeconds(20), 512, 4L * 1024 * 1024);

    public Limits {
        Objects.requireNonNull(wallTimePerRun, "wallTimePerRun");
        if (wallTimePerRun.isNegative() || wallTimePerRun.isZero()) {
            throw new IllegalArgumentException("the wall time per run must be positive: " + wallTimePerRun);
        }
        if (heapMb < 64) {
            throw new IllegalArgumentException("the heap must be at least 64 MB (JShell's compiler needs it): " + heapMb);
        }
        if (maxOutputBytes < 1024) {
            throw new IllegalArgumentException("the output limit must be at least 1 KB: " + maxOutputBytes);
        }
    }

    public static Limits defaults() {
        return DEFAULTS;
    }

    public Limits withWallTime(Duration d) {
        return new Limits(d, heapMb, maxOutputBytes);
    }

    public Limits withHeapMb(int mb) {
        return new Limits(wallTimePerRun, mb, maxOutputBytes);
    }

    public Limits withMaxOutputBytes(long bytes) {
        return new Limits(wallTimePerRun, heapMb, bytes);
    }

    /** In words, for reports: "20 s wall time per run, 512 MB heap, 4 MB output". */
    public String describe() {
        long ms = wallTimePerRun.toMillis();
        return (ms % 1000 == 0 ? Long.toString(ms / 1000) : Double.toString(ms / 1000.0)) + " s wall time per run, " + heapMb + " MB heap, "
                + (maxOutputBytes >= 1024 * 1024 ? maxOutputBytes / (1024 * 1024) + " MB" : maxOutputBytes / 1024 + " KB")
                + " output";
    }
}
