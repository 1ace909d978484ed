package dev.workbook.exercises;

/**
 * One step of a run ("visible": setup, the student's parts and the driver on the chapter's data; "hidden": the driver
 * again on generated data): how it ended and why, where the code stopped, what it printed (bounded; {@code truncated}
 * says when it was cut) and how long it took.
 */
public record StepResult(String step, RunEnding ending, String reason, ScriptProblem problem, String output,
                         boolean outputTruncated, long millis) {
    static StepResult notRun(String step, String reason) {
        return new StepResult(step, RunEnding.NOT_RUN, reason, null, "", false, 0);
    }
}
