package dev.workbook.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.workbook.testing.SharedServer;
import dev.workbook.testing.TestHomes;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** `workbook check` and `workbook exercises` in-process, on the shared embedded server (its home, so start attaches). */
class CheckCommandTest {
    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();
    final Path project = Path.of(System.getProperty("workbook.project.dir", ".")).toAbsolutePath();

    int run(boolean server, String... args) {
        Path home = server ? TestHomes.root().resolve("shared") : TestHomes.fresh("check-cli");
        if (server) {
            SharedServer.target();
        }
        CliContext ctx = new CliContext(TestHomes.env(home), new ByteArrayInputStream(new byte[0]), new PrintWriter(out, true),
                new PrintWriter(err, true));
        return WorkbookCli.run(ctx, args);
    }

    @Test
    @DisplayName("an unknown exercise is bad input (exit 2) that lists the known ids, before any server starts")
    void unknownExercise() {
        assertThat(run(false, "check", "99-nothing")).isEqualTo(2);
        assertThat(err.toString()).contains("no such exercise: 99-nothing").contains("01-pet-table").contains("workbook exercises list");
    }

    @Test
    @DisplayName("a script file that is not there is bad input (exit 2) naming the path")
    void missingScript() {
        assertThat(run(true, "check", "01", "--file", "no/such/file.jsh")).isEqualTo(2);
        assertThat(err.toString()).contains("the exercise script is not there").contains("file.jsh");
    }

    @Test
    @DisplayName("workbook check ID --file REFERENCE passes (exit 0) and prints a ✓ per check")
    void checksOne() {
        String ref = project.resolve("src/test/resources/exercises/reference/01-pet-table.jsh").toString();
        int code = run(true, "check", "01-pet-table", "--file", ref);
        assertThat(code).as(() -> out + "\nstderr:\n" + err).isZero();
        assertThat(out.toString()).contains("exercise 01-pet-table:").contains("✓ there is a table named pet").contains("solved: 01-pet-table");
    }

    @Test
    @DisplayName("workbook check with no id goes in manifest order and stops at the first unsolved stub (exit 1), with JSON on request")
    void stopsAtFirstUnsolved() {
        int code = run(true, "check", "--dir", project.resolve("notebooks/exercises").toString(), "--json");
        assertThat(code).as(() -> out + "\nstderr:\n" + err).isEqualTo(1);
        assertThat(out.toString()).startsWith("{\n  \"version\": 3,").contains("\"id\": \"01-pet-table\", \"status\": \"error\"")
                .doesNotContain("02-varargs-posts");
    }

    @Test
    @DisplayName("workbook exercises list and hint show the manifest: ids in order with chapters, and every hint")
    void listAndHint() {
        assertThat(run(false, "exercises", "list")).isZero();
        assertThat(out.toString()).containsPattern("01-pet-table +\\(chapter 01\\)").contains("./workbook check ID");
        assertThat(run(false, "exercises", "hint", "3")).isZero();
        assertThat(out.toString()).contains("03-course-entity: ").contains("- The id is a Long");
    }
}
