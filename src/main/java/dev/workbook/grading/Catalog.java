package dev.workbook.grading;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The exercises a class is graded on, in the manifest's order, and the simple names of the checker's own classes: a
 * submission that ships a file or declares a class with one of these names is reported as tampering.
 */
public record Catalog(List<ExerciseInfo> exercises, Set<String> checkerClassNames) {
    public Catalog {
        exercises = List.copyOf(exercises);
        checkerClassNames = Set.copyOf(checkerClassNames);
    }

    public Optional<ExerciseInfo> find(String id) {
        return exercises.stream().filter(e -> e.id().equals(id)).findFirst();
    }

    /** The exercise whose cells sit in this chapter's notebook, if it has one. */
    public Optional<ExerciseInfo> forChapter(String chapter) {
        return exercises.stream().filter(e -> e.chapter().equals(chapter)).findFirst();
    }

    public double maxPoints() {
        return Points.round(exercises.stream().mapToDouble(ExerciseInfo::maxPoints).sum());
    }
}
