package dev.workbook.exercises;

import dev.workbook.errors.ExitCode;
import dev.workbook.sandbox.Ending;
import dev.workbook.sandbox.Limits;
import dev.workbook.sandbox.StepOutcome;
import java.util.List;

/**
 * How one exercise check went: what was checked ({@code source}: the student's file or "notebook"), each step of the run,
 * each check's outcome, the seed of the hidden data (0 without), where the student's code ran ({@code containment}) and
 * with which limits, and the wall time.
 */
public record ExerciseResult(Exercise exercise, String source, List<StepOutcome> steps, List<CheckOutcome> checks,
                             long hiddenSeed, String containment, Limits limits, long millis, Phases phases) {
    public ExerciseResult {
        steps = List.copyOf(steps);
        checks = List.copyOf(checks);
    }

    /**
     * Where the time went: making and seeding the run databases, waiting for the student JVM and running the code there
     * (the code's own steps are {@code steps().millis()}), and the checks.
     */
    public record Phases(long databasesMillis, long studentCodeMillis, long checksMillis) {
        @Override
        public String toString() {
            return "databases " + databasesMillis + " ms, student code " + studentCodeMillis + " ms, checks " + checksMillis + " ms";
        }
    }

    /** Solved: every check passed, and the student's code ran to its end on every step it was given. */
    public boolean passed() {
        return !checks.isEmpty() && checks.stream().allMatch(CheckOutcome::passed)
                && steps.stream().allMatch(s -> s.ending() == Ending.COMPLETED);
    }

    /** The first step that did not run to its end, or null. */
    public StepOutcome stopped() {
        return steps.stream().filter(s -> s.ending() != Ending.COMPLETED).findFirst().orElse(null);
    }

    public long passedChecks() {
        return checks.stream().filter(CheckOutcome::passed).count();
    }

    public int points() {
        return checks.stream().mapToInt(CheckOutcome::earned).sum();
    }

    public int maxPoints() {
        return checks.stream().mapToInt(CheckOutcome::points).sum();
    }

    /** The first failing check (what the hint is chosen for), or null. */
    public CheckOutcome firstFailure() {
        return checks.stream().filter(c -> !c.passed()).findFirst().orElse(null);
    }

    /** This result as Exercism's results.json version 3 (what {@code workbook check ID --json} prints). */
    public String resultsJson() {
        return ResultsJson.of(this, Parts.of(exercise));
    }

    /** 0 when solved; otherwise 1 (not solved yet, whatever the student's code did). */
    public ExitCode exitCode() {
        return passed() ? ExitCode.OK : ExitCode.CHECKS_FAILED;
    }
}
