package dev.workbook.sandbox;

import java.util.List;

/**
 * What a run did, step by step. It describes the script run only: whether an exercise is solved is decided by the
 * checks in the trusted process, on the database. The containment in force and the limits are recorded for reports.
 */
public record RunOutcome(String label, List<StepOutcome> steps, String containment, Limits limits, long millis) {
    public RunOutcome {
        steps = List.copyOf(steps);
    }

    /** Whether every step ran to its end. */
    public boolean completed() {
        return steps.stream().allMatch(s -> s.ending() == Ending.COMPLETED);
    }

    /** The step that ended the run or failed first, or null when all completed. */
    public StepOutcome firstProblem() {
        return steps.stream().filter(s -> s.ending() != Ending.COMPLETED).findFirst().orElse(null);
    }
}
