package dev.workbook.exercises;

import dev.workbook.chapters.ExerciseJsh;
import dev.workbook.errors.WorkbookException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * {@code workbook exercises solution ID}: the reference parts of an exercise, which the jar carries, shown only once the
 * student's progress says the exercise passed (rustlings does the same).
 */
public final class ReferenceSolution {
    static final String RESOURCE_DIR = "exercises/solutions/";

    private ReferenceSolution() {
    }

    /** The reference's parts, or bad input when the exercise has not passed yet. */
    public static List<ExerciseJsh.Part> parts(Exercise ex, int partCount, Progress progress) {
        if (!progress.passed(ex.id())) {
            throw WorkbookException.badInput("the reference solution is shown once your own solution passed")
                    .value(ex.id() + " is not solved yet (" + progress.file() + ")")
                    .next("solve it first: ./workbook check " + ex.id() + "   (hints: ./workbook exercises hint " + ex.id() + ")")
                    .build();
        }
        try (InputStream in = ReferenceSolution.class.getClassLoader().getResourceAsStream(RESOURCE_DIR + ex.fileName())) {
            if (in == null) {
                throw WorkbookException.internal("the workbook carries no reference solution for " + ex.id())
                        .value(RESOURCE_DIR + ex.fileName()).next("rebuild: ./mvnw -Dmaven.test.skip=true package").build();
            }
            String text = SourceText.decode(in.readAllBytes(), ex.fileName());
            return ExerciseJsh.parts(text, partCount, "the reference of " + ex.id());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
