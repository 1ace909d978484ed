package dev.workbook.sandbox;

/**
 * How a step ended. Only COMPLETED and FAILED leave the student JVM usable; the others end the run (later steps are
 * NOT_RUN) and the next run starts a fresh JVM.
 */
public enum Ending {
    /** Every piece ran to its end. */
    COMPLETED,
    /** A piece did not compile or threw; see the step's {@link ScriptFailure}. Later steps still run. */
    FAILED,
    /** The run used up its wall time; the JVM was killed. */
    TIMED_OUT,
    /** The script called System.exit or Runtime.halt. */
    EXITED,
    /** The heap was exhausted. */
    OUT_OF_MEMORY,
    /** The script printed more than the output limit; the JVM was killed. */
    OUTPUT_LIMIT,
    /** The script tried to start a process. */
    PROCESS_BLOCKED,
    /** The script left threads running when it ended. */
    THREADS_LEFT,
    /** The student JVM died or broke the protocol for another reason. */
    CRASHED,
    /** An earlier step ended the run. */
    NOT_RUN;

    /** Whether this ending stops the rest of the run. */
    public boolean endsRun() {
        return this != COMPLETED && this != FAILED;
    }
}
