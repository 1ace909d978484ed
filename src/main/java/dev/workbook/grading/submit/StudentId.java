package dev.workbook.grading.submit;

import dev.workbook.errors.WorkbookException;
import dev.workbook.grading.intake.SubmissionManifest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** The student id, asked once and kept in the workbook home ({@code student-id}), so every later submit reuses it. */
public final class StudentId {
    static final String FILE = "student-id";

    private StudentId() {
    }

    public static Optional<String> stored(Path home) {
        try {
            Path f = home.resolve(FILE);
            return Files.isRegularFile(f) ? Optional.of(Files.readString(f, StandardCharsets.UTF_8).strip()).filter(StudentId::valid)
                    : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    public static void store(Path home, String id) {
        try {
            Files.createDirectories(home);
            Files.writeString(home.resolve(FILE), id + "\n", StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw WorkbookException.notReady("could not remember the student id").value(home.resolve(FILE) + ": " + e.getMessage())
                    .next("give it each time: workbook submit --student ID").build();
        }
    }

    public static boolean valid(String id) {
        return id != null && id.matches(SubmissionManifest.STUDENT_ID_PATTERN);
    }

    public static WorkbookException invalid(String id) {
        return WorkbookException.badInput("a student id is 1 to 64 letters, digits and . _ @ + - (starting with a letter or digit)")
                .value(id).next("workbook submit --student jdoe42 (the id your instructor gave you)").build();
    }
}
