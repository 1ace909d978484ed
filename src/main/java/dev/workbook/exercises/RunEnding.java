package dev.workbook.exercises;

/**
 * How a run of the student's code ended (the student JVM's endings; NOT_RUN for a step that never started).
 * COMPLETED and FAILED (an exception, a compile error) leave the JVM usable; the others end or taint it.
 */
public enum RunEnding {
    COMPLETED, FAILED, TIMED_OUT, EXITED, OUT_OF_MEMORY, OUTPUT_LIMIT, PROCESS_BLOCKED, THREADS_LEFT, CRASHED, NOT_RUN;

    /** Whether the code ran to its end or stopped at an error of its own (so a further step may run). */
    public boolean ranNormally() {
        return this == COMPLETED || this == FAILED;
    }
}
