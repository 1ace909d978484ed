package dev.workbook.grading.report;

import dev.workbook.grading.GradeJson;
import dev.workbook.grading.SubmissionGrade;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Where everything goes in {@code --out DIR}. Only {@code feedback/} may be handed to students (one folder per
 * submission: feedback.md, feedback.html, results.json, junit.xml, with hidden checks unnamed). The rest is the
 * instructor's: gradebook and LMS files, report.html, junit.xml of the class, the similarity report, and
 * {@code .grading/}: the full grade records (reused by re-grading and merged by {@code grade merge}), the solutions as
 * the checks ran them (for the similarity report) and the work directories of submissions being graded.
 */
public record OutLayout(Path root) {
    public Path gradebook() {
        return root.resolve("gradebook.csv");
    }

    public Path canvas() {
        return root.resolve("canvas.csv");
    }

    public Path moodle() {
        return root.resolve("moodle.csv");
    }

    public Path report() {
        return root.resolve("report.html");
    }

    public Path junit() {
        return root.resolve("junit.xml");
    }

    public Path similarityHtml() {
        return root.resolve("similarity.html");
    }

    public Path similarityCsv() {
        return root.resolve("similarity.csv");
    }

    public Path feedback(String submission) {
        return root.resolve("feedback").resolve(submission);
    }

    public Path internal() {
        return root.resolve(".grading");
    }

    public Path grades() {
        return internal().resolve("grades");
    }

    public Path code(String submission) {
        return internal().resolve("code").resolve(submission);
    }

    public Path codeRoot() {
        return internal().resolve("code");
    }

    public Path work(String submission) {
        return internal().resolve("work").resolve(submission);
    }

    public Path runJson() {
        return internal().resolve("run.json");
    }

    public Optional<SubmissionGrade> readGrade(String submission) {
        Path f = grades().resolve(submission + ".json");
        if (!Files.isRegularFile(f)) {
            return Optional.empty();
        }
        try {
            return Optional.of(GradeJson.read(Files.readString(f, StandardCharsets.UTF_8)));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();   // unreadable: grade it again
        }
    }

    public void writeGrade(SubmissionGrade g) {
        write(grades().resolve(g.submission() + ".json"), GradeJson.write(g));
    }

    /** Every grade record in this directory, sorted by submission name. */
    public List<SubmissionGrade> readGrades() {
        List<SubmissionGrade> out = new ArrayList<>();
        if (!Files.isDirectory(grades())) {
            return out;
        }
        try (Stream<Path> s = Files.list(grades())) {
            for (Path f : s.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
                out.add(GradeJson.read(Files.readString(f, StandardCharsets.UTF_8)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    static void write(Path file, String text) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
