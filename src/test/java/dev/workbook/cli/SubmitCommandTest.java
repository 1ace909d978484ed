package dev.workbook.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.workbook.grading.GradingFixtures;
import dev.workbook.grading.intake.SubmissionManifest;
import dev.workbook.testing.CliRun;
import dev.workbook.testing.TestHomes;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SubmitCommandTest {
    @TempDir
    Path tmp;

    private Path project() throws Exception {
        Path p = tmp.resolve("my-workbook");
        GradingFixtures.write(p.resolve("notebooks/exercises/05-older-than-21.jsh"), "// my solution");
        GradingFixtures.write(p.resolve("notebooks/exercises/not-an-exercise.jsh"), "// other");
        GradingFixtures.write(p.resolve("notebooks/05-querying.ipynb"),
                GradingFixtures.notebook("05-querying", "java", "05-older-than-21", 1, "List<Student> olderHql() { return null; }"));
        GradingFixtures.write(p.resolve("notebooks/01-getting-a-server.ipynb"), GradingFixtures.notebook("01-getting-a-server", "java"));
        GradingFixtures.write(p.resolve("src/test/resources/exercises/reference/05-older-than-21.jsh"), "// the reference");
        GradingFixtures.write(p.resolve("pom.xml"), "<project/>");
        return p;
    }

    private static List<String> entries(Path zip) throws Exception {
        try (ZipFile z = new ZipFile(zip.toFile())) {
            List<String> names = new ArrayList<>(Collections.list(z.entries()).stream().map(e -> e.getName()).toList());
            return names;
        }
    }

    @Test
    void packsScriptsAndNotebooksWithExerciseCellsAndAManifestAndNothingElse() throws Exception {
        Path p = project();
        Path home = TestHomes.fresh("submit");
        CliRun r = CliRun.run(TestHomes.env(home), "", "submit", "--student", "ada42", "--dir", p.toString());
        assertThat(r.exitCode()).as(r.toString()).isZero();
        Path zip = p.resolve("submission-ada42.zip");
        assertThat(r.out()).contains("packed 2 files for student ada42", "exercises/05-older-than-21.jsh", "notebooks/05-querying.ipynb",
                "wrote " + zip.toAbsolutePath().normalize());
        assertThat(entries(zip)).containsExactly("workbook-submission.json", "exercises/05-older-than-21.jsh", "notebooks/05-querying.ipynb");
        try (ZipFile z = new ZipFile(zip.toFile())) {
            SubmissionManifest m = SubmissionManifest.parse(new String(z.getInputStream(z.getEntry("workbook-submission.json")).readAllBytes(),
                    StandardCharsets.UTF_8));
            assertThat(m.student()).isEqualTo("ada42");
            assertThat(m.workbookVersion()).isNotBlank().doesNotContain("${");
            assertThat(m.files()).extracting(SubmissionManifest.FileEntry::sha256).first()
                    .isEqualTo(SubmissionManifest.sha256(Files.readAllBytes(p.resolve("notebooks/exercises/05-older-than-21.jsh"))));
        }
        // The id is remembered: the next submit needs no --student and asks nothing.
        CliRun again = CliRun.run(TestHomes.env(home), "", "submit", "--dir", p.toString(), "--out", tmp.resolve("out/x.zip").toString());
        assertThat(again.exitCode()).as(again.toString()).isZero();
        assertThat(again.out()).contains("for student ada42");
        assertThat(again.err()).doesNotContain("student id");
    }

    @Test
    void asksForTheStudentIdOnceAndRefusesABadOne() throws Exception {
        Path p = project();
        Path home = TestHomes.fresh("submit-ask");
        CliRun bad = CliRun.run(TestHomes.env(home), "../../etc\n", "submit", "--dir", p.toString());
        assertThat(bad.exitCode()).isEqualTo(2);
        assertThat(bad.err()).contains("a student id is", "../../etc", "workbook submit --student");
        CliRun ok = CliRun.run(TestHomes.env(home), "bo.kim@example.edu\n", "submit", "--dir", p.toString());
        assertThat(ok.exitCode()).as(ok.toString()).isZero();
        assertThat(ok.err()).contains("Your student id");
        assertThat(Files.readString(home.resolve("student-id")).strip()).isEqualTo("bo.kim@example.edu");
    }

    @Test
    void refusesAFolderThatIsNotAWorkbookProject() throws Exception {
        Path notProject = Files.createDirectories(tmp.resolve("Downloads"));
        GradingFixtures.write(notProject.resolve("essay.txt"), "hello");
        CliRun r = CliRun.run(TestHomes.env(TestHomes.fresh("submit-no")), "", "submit", "--student", "ada", "--dir", notProject.toString());
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("this folder is not a workbook project", "notebooks/exercises/", notProject.toString(),
                "workbook submit --dir PATH");
        assertThat(Files.list(notProject)).hasSize(1);
    }
}
