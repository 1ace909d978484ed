package dev.workbook.grading.run;

import dev.workbook.grading.ExerciseGrade;
import dev.workbook.grading.ExerciseInfo;
import dev.workbook.grading.Finding;
import dev.workbook.grading.SubmissionGrade;
import dev.workbook.grading.intake.Source;
import dev.workbook.grading.intake.Submission;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Grades one submission, exercise by exercise, in one grader session (one student JVM): a missing exercise scores 0
 * with "not in the submission", refused input scores 0 with its reason, and when a script and a notebook both hold a
 * solution, both are graded and the better one counts (the instructor is told).
 */
final class SubmissionRun {
    private SubmissionRun() {
    }

    static SubmissionGrade grade(Submission s, SubmissionGrader grader, String key, Path codeDir) {
        List<ExerciseInfo> catalog = grader.catalog().exercises();
        if (s.rejected() != null) {
            List<ExerciseGrade> none = catalog.stream()
                    .map(ex -> ExerciseGrade.missing(ex, "the submission was refused: " + s.rejected())).toList();
            return new SubmissionGrade(s.name(), s.student(), s.kind(), key, true, s.rejected(), none, s.findings(),
                    SubmissionGrade.RunFacts.none());
        }
        long start = System.nanoTime();
        List<ExerciseGrade> grades = new ArrayList<>();
        List<Finding> findings = new ArrayList<>(s.findings());
        try (SubmissionGrader.Session session = grader.open(s)) {
            for (ExerciseInfo ex : catalog) {
                List<Source> sources = s.sources(ex.id());
                if (sources.isEmpty()) {
                    String refused = s.refused().get(ex.id());
                    grades.add(refused != null ? ExerciseGrade.refused(ex, null, refused)
                            : ExerciseGrade.missing(ex, "not in the submission"));
                    continue;
                }
                ExerciseGrade best = null;
                Source bestSource = null;
                for (Source src : sources) {
                    ExerciseGrade g = session.grade(ex, src);
                    if (best == null || g.points() > best.points()) {
                        best = g;
                        bestSource = src;
                    }
                }
                if (sources.size() > 1) {
                    findings.add(Finding.note(null, ex.id() + ": solved in " + sources.size() + " places ("
                            + String.join(", ", sources.stream().map(Source::label).toList()) + "); each was graded, "
                            + bestSource.label() + " counts"));
                }
                grades.add(best);
                saveCode(codeDir, ex.id(), session.code(ex, bestSource));
            }
            findings.addAll(session.findings());
            SubmissionGrade.RunFacts f = session.facts();
            SubmissionGrade.RunFacts facts = new SubmissionGrade.RunFacts(f.containment(), f.limits(),
                    (System.nanoTime() - start) / 1_000_000, f.jvmStartMillis(), f.studentCodeMillis(), f.checksMillis(), f.jvmStarts());
            return new SubmissionGrade(s.name(), s.student(), s.kind(), key, false, null, grades, findings, facts);
        }
    }

    private static void saveCode(Path codeDir, String exerciseId, String code) {
        if (codeDir == null || code == null || code.isBlank()) {
            return;
        }
        try {
            Files.createDirectories(codeDir);
            Files.writeString(codeDir.resolve(exerciseId + ".jsh"), code, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
