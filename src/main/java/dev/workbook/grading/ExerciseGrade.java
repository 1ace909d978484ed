package dev.workbook.grading;

import java.util.List;

/**
 * How one exercise of one submission was graded. {@code source} says which file (and for a notebook, which cells) the
 * solution came from; {@code ending} and {@code reason} say how the student's code ended when it did not complete
 * (timed out, exited, compile error at line N...); {@code hint} is the manifest's hint for the first failing check.
 * {@code output} is what the student's code printed, bounded: shown to the student, who wrote it.
 */
public record ExerciseGrade(String exerciseId, Status status, String reason, String source, String ending,
                            List<CheckGrade> checks, double maxPoints, String hint, String output, boolean outputTruncated,
                            long millis) {
    public enum Status {
        /** Every check passed. */
        PASS,
        /** It ran; some checks failed. */
        FAIL,
        /** The code did not complete (compile error, exception, time or memory limit, System.exit...) or its input was refused. */
        ERROR,
        /** The submission has no solution for it (or only the untouched stub). */
        MISSING
    }

    public ExerciseGrade {
        checks = List.copyOf(checks);
    }

    public static ExerciseGrade missing(ExerciseInfo exercise, String reason) {
        return new ExerciseGrade(exercise.id(), Status.MISSING, reason, null, null, List.of(), exercise.maxPoints(), null,
                null, false, 0);
    }

    /** Refused input (a malformed notebook, a file that is not UTF-8): graded 0, with the reason. */
    public static ExerciseGrade refused(ExerciseInfo exercise, String source, String reason) {
        return new ExerciseGrade(exercise.id(), Status.ERROR, reason, source, null, List.of(), exercise.maxPoints(), null,
                null, false, 0);
    }

    public double points() {
        return Points.round(checks.stream().filter(CheckGrade::passed).mapToDouble(CheckGrade::points).sum());
    }

    public long passedChecks() {
        return checks.stream().filter(CheckGrade::passed).count();
    }
}
