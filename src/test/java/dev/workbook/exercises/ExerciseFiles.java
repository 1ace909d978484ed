package dev.workbook.exercises;

import java.nio.file.Path;

/** Where the tests find the student's stubs and the reference solutions (both outside the jar). */
final class ExerciseFiles {
    private ExerciseFiles() {
    }

    static Path projectDir() {
        return Path.of(System.getProperty("workbook.project.dir", ".")).toAbsolutePath().normalize();
    }

    static Path stub(Exercise e) {
        return projectDir().resolve("notebooks/exercises").resolve(e.fileName());
    }

    static Path reference(Exercise e) {
        return projectDir().resolve("src/test/resources/exercises/reference").resolve(e.fileName());
    }
}
