package dev.workbook.grading;

import java.util.List;

/**
 * Everything grading found about one submission: who it is from, what it was ({@code zip}, {@code directory},
 * {@code git}), the hash key that decides whether it must be graded again, one grade per exercise of the catalogue,
 * what intake and the tamper scan found, and how it ran. {@code rejected} is set when nothing in it could be graded
 * (an empty folder, a zip bomb); its exercises are then all missing and {@code reason} says why.
 */
public record SubmissionGrade(String submission, String student, String kind, String key, boolean rejected,
                              String reason, List<ExerciseGrade> exercises, List<Finding> findings, RunFacts run) {
    public SubmissionGrade {
        exercises = List.copyOf(exercises);
        findings = List.copyOf(findings);
    }

    public double points() {
        return Points.round(exercises.stream().mapToDouble(ExerciseGrade::points).sum());
    }

    public double maxPoints() {
        return Points.round(exercises.stream().mapToDouble(ExerciseGrade::maxPoints).sum());
    }

    public ExerciseGrade exercise(String id) {
        return exercises.stream().filter(e -> e.exerciseId().equals(id)).findFirst().orElse(null);
    }

    public boolean tampered() {
        return findings.stream().anyMatch(f -> f.kind() == Finding.Kind.TAMPERING);
    }

    /**
     * How the submission's code ran: the containment in force (in words), the limits, the wall time of its whole
     * grading, and the split of that time (JVM start, student code, checks; what the grader measured).
     */
    public record RunFacts(String containment, String limits, long millis, long jvmStartMillis, long studentCodeMillis,
                           long checksMillis, int jvmStarts) {
        public static RunFacts none() {
            return new RunFacts("not run", "", 0, 0, 0, 0, 0);
        }
    }
}
