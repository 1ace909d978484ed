package dev.workbook.exercises;

import dev.workbook.errors.ExitCode;
import dev.workbook.chapters.Failure;
import java.nio.file.Path;
import java.util.List;

/**
 * How one exercise check went: the script's failure (null when it ran to its end), each check's outcome,
 * the script's transcript (what it printed) and the wall time.
 */
public record ExerciseResult(Exercise exercise, Path script, Failure scriptFailure, List<CheckOutcome> checks,
                             String transcript, long millis) {
    public ExerciseResult {
        checks = List.copyOf(checks);
    }

    public boolean passed() {
        return scriptFailure == null && !checks.isEmpty() && checks.stream().allMatch(CheckOutcome::passed);
    }

    public long passedChecks() {
        return checks.stream().filter(CheckOutcome::passed).count();
    }

    /** 0 passed; 3 when the script could not reach the server; otherwise 1 (the exercise is not solved yet). */
    public ExitCode exitCode() {
        if (passed()) {
            return ExitCode.OK;
        }
        if (scriptFailure != null && scriptFailure.exitCode() == ExitCode.ENVIRONMENT_NOT_READY) {
            return ExitCode.ENVIRONMENT_NOT_READY;
        }
        return ExitCode.CHECKS_FAILED;
    }
}
