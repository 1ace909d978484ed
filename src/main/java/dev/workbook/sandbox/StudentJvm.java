package dev.workbook.sandbox;

/**
 * A JVM of its own for one principal's untrusted code (one student's {@code check --all}, one submission in grading;
 * never two students): runs {@link RunRequest}s one after another, each within {@link Limits}, and reports how each
 * step ended. The JVM is reused between runs for speed; a run that kills or taints it (exit, timeout, out of memory,
 * too much output, threads left running) makes the next run start a fresh one. What it reports describes the script
 * run only: whether an exercise is solved is for the checks, which the trusted process runs on the database.
 * <pre>
 *   try (StudentJvm jvm = StudentJvm.start(Limits.defaults(), Containment.AUTO)) {   // starts in the background
 *       RunOutcome out = jvm.run(new RunRequest("03-course-entity", List.of(step), Map.of()));
 *   }
 * </pre>
 */
public interface StudentJvm extends AutoCloseable {
    /**
     * Starts the student JVM in the background and returns at once, so that the caller can create the run's databases
     * meanwhile. {@link Containment#BUBBLEWRAP} fails (environment not ready) where bubblewrap does not work;
     * {@link Containment#AUTO} then falls back to a plain process and says so in {@link #containment()}.
     */
    static StudentJvm start(Limits limits, Containment containment) {
        return SandboxedJvm.start(limits, containment);
    }

    /** Runs the request (sequentially: one run at a time) and reports each step. Never throws for what the script did. */
    RunOutcome run(RunRequest request);

    /** What is in force, in words: "bubblewrap: ..." or "process only: ...". */
    String containment();

    /** Stops the JVM and removes its private directory. */
    @Override
    void close();
}
