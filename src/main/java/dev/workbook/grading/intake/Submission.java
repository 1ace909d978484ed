package dev.workbook.grading.intake;

import dev.workbook.grading.Finding;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * One submission after intake: only the files grading accepts, copied into its own work directory {@code dir}; the
 * solutions found per exercise ({@code sources}, a script and a notebook may both hold one); exercises whose input was
 * refused, with the reason; what intake found; and {@code contentHash}, the hash of the accepted files and the student id
 * that incremental re-grading keys on. {@code rejected} is non-null when nothing in it can be graded.
 */
public record Submission(String name, String student, String kind, Path original, Path dir,
                         Map<String, List<Source>> sources, Map<String, String> refused, List<Finding> findings,
                         String contentHash, String rejected) {
    public Submission {
        sources = Map.copyOf(sources);
        refused = Map.copyOf(refused);
        findings = List.copyOf(findings);
    }

    public List<Source> sources(String exerciseId) {
        return sources.getOrDefault(exerciseId, List.of());
    }
}
