package dev.workbook.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.workbook.json.Json;
import dev.workbook.testing.SharedServer;
import dev.workbook.testing.TestHomes;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * `workbook check`, `reset` and `exercises` in-process, on the shared embedded server, each test with a home of its own
 * (progress is per home) that attaches to the shared server's settings.
 */
class CheckCommandTest {
    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();
    final Path project = Path.of(System.getProperty("workbook.project.dir", ".")).toAbsolutePath();
    Path home;

    int run(boolean server, String... args) {
        if (server) {
            SharedServer.target();
        }
        home = home != null ? home : server ? TestHomes.root().resolve("shared") : TestHomes.fresh("check-cli");
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
        CliContext ctx = new CliContext(TestHomes.env(home), new ByteArrayInputStream(new byte[0]), new PrintWriter(out, true),
                new PrintWriter(err, true));
        return WorkbookCli.run(ctx, args);
    }

    Path reference(String id) {
        return project.resolve("src/test/resources/exercises/reference/" + id + ".jsh");
    }

    @Test
    @DisplayName("an unknown exercise is bad input (exit 2) that lists the known ids, before any server starts")
    void unknownExercise() {
        assertThat(run(false, "check", "99-nothing")).isEqualTo(2);
        assertThat(err.toString()).contains("no such exercise: 99-nothing").contains("01-pet-table").contains("workbook exercises list");
    }

    @Test
    @DisplayName("a file that is not there is bad input (exit 2) naming the path")
    void missingFile() {
        assertThat(run(true, "check", "01", "--file", "no/such/file.jsh")).isEqualTo(2);
        assertThat(err.toString()).contains("the exercise file is not there").contains("file.jsh");
    }

    @Test
    @DisplayName("a file in UTF-16 or Latin-1 is bad input naming the encoding and how to save it as UTF-8; UTF-8 with BOM and CRLF passes")
    void encodings() throws Exception {
        Path dir = TestHomes.fresh("encodings");
        String ref = Files.readString(reference("01-pet-table"));
        Path utf16 = dir.resolve("utf16.jsh");
        Files.write(utf16, ("\uFEFF" + ref).getBytes(java.nio.charset.StandardCharsets.UTF_16LE));
        assertThat(run(true, "check", "01", "--file", utf16.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("not UTF-8").contains("UTF-16 little-endian").contains("Save with Encoding > UTF-8");
        Path latin1 = dir.resolve("latin1.jsh");
        Files.write(latin1, ref.replace("🐱", "é").getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
        assertThat(run(true, "check", "01", "--file", latin1.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("Windows-1252 or ISO-8859-1");
        Path bomCrlf = dir.resolve("bom-crlf.jsh");
        Files.write(bomCrlf, ("\uFEFF" + ref.replace("\n", "\r\n")).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(run(true, "check", "01", "--file", bomCrlf.toString())).as(() -> out + "\n" + err).isZero();
    }

    @Test
    @DisplayName("workbook check ID --file REFERENCE passes (exit 0), prints a ✓ per check and records the progress")
    void checksOne() {
        freshProgress();
        int code = run(true, "check", "01-pet-table", "--file", reference("01-pet-table").toString());
        assertThat(code).as(() -> out + "\nstderr:\n" + err).isZero();
        assertThat(out.toString()).contains("exercise 01-pet-table:").contains("✓ there is a table named pet").contains("solved: 01-pet-table");
        assertThat(run(false, "exercises", "list")).isZero();
        assertThat(out.toString()).containsPattern("✓ 01-pet-table").containsPattern("→ 02-varargs-posts")
                .contains("progress: [#").contains("1/" + dev.workbook.exercises.ExerciseManifest.load().all().size() + " solved");
    }

    @Test
    @DisplayName("--json for one exercise is results.json v3: version, status, message and tests, and exit 1 on a stub")
    void jsonForOne() {
        int code = run(true, "check", "01", "--json", "--dir", project.resolve("notebooks/exercises").toString());
        assertThat(code).as(() -> out + "\nstderr:\n" + err).isEqualTo(1);
        Map<String, Object> json = Json.parseObject(out.toString());
        assertThat(json.keySet()).containsExactly("version", "status", "message", "tests");
        assertThat(json).containsEntry("version", 3L).containsEntry("status", "fail");
        assertThat((List<?>) json.get("tests")).isNotEmpty();
    }

    @Test
    @DisplayName("workbook check with no id goes in manifest order and stops at the first unsolved stub (exit 1); --json wraps it")
    void stopsAtFirstUnsolved() {
        int code = run(true, "check", "--dir", project.resolve("notebooks/exercises").toString(), "--json");
        assertThat(code).as(() -> out + "\nstderr:\n" + err).isEqualTo(1);
        Map<String, Object> json = Json.parseObject(out.toString());
        assertThat(json).containsEntry("version", 3L).containsEntry("status", "fail").containsEntry("solved", 0L).containsEntry("total", (long) dev.workbook.exercises.ExerciseManifest.load().all().size());
        assertThat((List<?>) json.get("exercises")).hasSize(1);
    }

    @Test
    @DisplayName("exercises solution is refused before the exercise passed, and shows the reference's parts after")
    void solutionOnlyAfterPassing() {
        freshProgress();
        assertThat(run(true, "exercises", "solution", "01")).isEqualTo(2);
        assertThat(err.toString()).contains("shown once your own solution passed").contains("./workbook check 01-pet-table");
        assertThat(run(true, "check", "01", "--file", reference("01-pet-table").toString())).isZero();
        assertThat(run(true, "exercises", "solution", "01")).isZero();
        assertThat(out.toString()).contains("// part 1 of 1").contains("CREATE TABLE pet").doesNotContain("Delete this statement");
    }

    @Test
    @DisplayName("reset writes the stub back (the student's version saved in the home) and restores the exercise's notebook cells")
    void reset() throws Exception {
        home = TestHomes.fresh("reset");
        Path dir = TestHomes.fresh("reset-dir");
        Path file = dir.resolve("05-older-than-21.jsh");
        Files.copy(reference("05-older-than-21"), file);
        Path nb = dir.resolve("05-querying.ipynb");
        String original = Files.readString(project.resolve("notebooks/05-querying.ipynb"));
        Files.writeString(nb, original.replace("throw new UnsupportedOperationException(\\\"Delete this statement and write your own solution\\\");",
                "return List.of();"));
        assertThat(Files.readString(nb)).isNotEqualTo(original);
        assertThat(run(false, "reset", "05", "--dir", dir.toString(), "--notebook", nb.toString())).as(() -> out + "\n" + err).isZero();
        assertThat(Files.readString(file)).isEqualTo(Files.readString(project.resolve("notebooks/exercises/05-older-than-21.jsh")));
        assertThat(Files.readString(nb)).isEqualTo(original);
        assertThat(out.toString()).contains("your version is saved as").contains("reset 3 cell(s) of 05-older-than-21");
        try (var saved = Files.list(home.resolve("reset-backups"))) {
            assertThat(saved.map(p -> p.getFileName().toString())).anySatisfy(n -> assertThat(n).endsWith("05-older-than-21.jsh"));
        }
    }

    @Test
    @DisplayName("reset of an exercise also restores its cells in the student's own notebook copy; --chapter and --all-chapters "
            + "restore whole copies, keeping the student's versions")
    void resetNotebookCopies() throws Exception {
        home = TestHomes.fresh("reset-copies");
        Path dir = TestHomes.fresh("reset-copies-dir");
        Files.copy(reference("05-older-than-21"), dir.resolve("05-older-than-21.jsh"));
        Path copies = home.resolve("work/notebooks");
        Files.createDirectories(copies);
        String original = Files.readString(project.resolve("notebooks/05-querying.ipynb"));
        String solved = original.replace("throw new UnsupportedOperationException(\\\"Delete this statement and write your own solution\\\");",
                "return List.of();");
        assertThat(solved).isNotEqualTo(original);
        Files.writeString(copies.resolve("05-querying.ipynb"), solved);
        assertThat(run(false, "reset", "05", "--dir", dir.toString())).as(() -> out + "\n" + err).isZero();
        assertThat(copies.resolve("05-querying.ipynb")).hasContent(original);
        assertThat(out.toString()).contains("reset 3 cell(s) of 05-older-than-21 in " + copies.resolve("05-querying.ipynb"));

        Files.writeString(copies.resolve("05-querying.ipynb"), "my own notes");
        assertThat(run(false, "reset", "--chapter", "05")).as(() -> out + "\n" + err).isZero();
        assertThat(copies.resolve("05-querying.ipynb")).hasContent(original);
        assertThat(out.toString()).contains("your version is saved as");
        try (var saved = Files.list(home.resolve("reset-backups"))) {
            assertThat(saved.filter(p -> p.getFileName().toString().endsWith("05-querying.ipynb")))
                    .anySatisfy(p -> assertThat(p).hasContent("my own notes"));
        }
        assertThat(run(false, "reset", "--all-chapters")).as(() -> out + "\n" + err).isZero();
        try (var all = Files.list(copies)) {
            assertThat(all.filter(p -> p.toString().endsWith(".ipynb")).count())
                    .isEqualTo(Files.list(project.resolve("notebooks")).filter(p -> p.toString().endsWith(".ipynb")).count());
        }
        assertThat(run(false, "reset", "--chapter", "99")).isEqualTo(2);
        assertThat(run(false, "reset")).as("an exercise or a chapter is needed").isEqualTo(2);
    }

    @Test
    @DisplayName("exercises hint shows every hint of an exercise")
    void hint() {
        assertThat(run(false, "exercises", "hint", "3")).isZero();
        assertThat(out.toString()).contains("03-course-entity: ").contains("- Copy the shape of the chapter's Student");
    }

    /** The shared server's home (a fresh one would start a server of its own), with no progress recorded yet. */
    private void freshProgress() {
        home = TestHomes.root().resolve("shared");
        try {
            Files.deleteIfExists(home.resolve("progress.json"));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
