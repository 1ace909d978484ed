package dev.workbook.sandbox;

/**
 * How one step went: its ending, a sentence saying why (null when it completed), the failure when a piece stopped it,
 * what it printed (the first part only, when {@code outputTruncated}), and its wall time.
 */
public record StepOutcome(String step, Ending ending, String reason, ScriptFailure failure, String output,
                          boolean outputTruncated, long millis) {
}
