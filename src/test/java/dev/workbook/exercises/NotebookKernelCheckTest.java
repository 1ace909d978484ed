package dev.workbook.exercises;

import static org.assertj.core.api.Assertions.assertThat;

import dev.workbook.chapters.ChapterCatalog;
import dev.workbook.chapters.ExerciseSource;
import dev.workbook.json.Json;
import dev.workbook.testing.CliRun;
import dev.workbook.testing.JupyterTesting;
import dev.workbook.testing.SharedServer;
import dev.workbook.testing.TestHomes;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * A chapter notebook executed headlessly with the real Java kernel (nbconvert --execute, as `workbook notebook execute` does),
 * twice: with the reference's parts pasted into its solution cells, and as generated (stubs). The check cell's output is what
 * the student sees: a ✓ table and "solved", or ✗ lines with the stub's message and a hint; never an error, so Run All finishes.
 */
class NotebookKernelCheckTest {
    private static final String EXERCISE = "01-pet-table";
    private static Map<String, String> env;
    private static Path work;
    private static Path home;

    @BeforeAll
    static void installKernel() {
        JupyterTesting.requireJupyter();
        SharedServer.freshDatabase("nb_kernel_check");
        work = TestHomes.fresh("nb-kernel-check");
        home = TestHomes.root().resolve("shared");
        env = JupyterTesting.env(home, work.resolve("jupyter"));
        env.put("WORKBOOK_DB_NAME", "nb_kernel_check");
        CliRun r = JupyterTesting.cli(env, "kernel", "install", "--classpath", JupyterTesting.buildClasspath());
        assertThat(r.exitCode()).as(r.toString()).isZero();
    }

    /** Executes a copy of the exercise's chapter notebook, its solution cells replaced by {@code parts} (null: stubs). */
    private static String checkCellOutput(String name, List<String> parts) throws Exception {
        ExerciseSource ex = ChapterCatalog.load().exercise(EXERCISE).orElseThrow();
        Path original = ExerciseFiles.projectDir().resolve("notebooks").resolve(ex.chapter().id() + ".ipynb");
        Map<String, Object> nb = Json.parseObject(Files.readString(original));
        for (Object o : (List<?>) nb.get("cells")) {
            @SuppressWarnings("unchecked")
            Map<String, Object> cell = (Map<String, Object>) o;
            if (parts != null && role(cell).equals("solution")) {
                int part = ((Number) workbook(cell).get("part")).intValue();
                cell.put("source", List.of(parts.get(part - 1)));
            }
        }
        Path copy = work.resolve(name).resolve(original.getFileName());
        Files.createDirectories(copy.getParent());
        Files.writeString(copy, Json.write(nb));
        Path out = work.resolve(name + "-out");
        CliRun r = JupyterTesting.cli(env, "notebook", "execute", copy.toString(), "--output-dir", out.toString());
        assertThat(r.exitCode()).as("Run All finishes, whatever the exercise's state:\n" + r).isZero();
        Map<String, Object> executed = Json.parseObject(Files.readString(out.resolve(original.getFileName())));
        for (Object o : (List<?>) executed.get("cells")) {
            @SuppressWarnings("unchecked")
            Map<String, Object> cell = (Map<String, Object>) o;
            if (role(cell).equals("check")) {
                StringBuilder text = new StringBuilder();
                for (Object output : (List<?>) cell.get("outputs")) {
                    Map<?, ?> m = (Map<?, ?>) output;
                    assertThat(m.get("output_type")).as("the check cell never raises: " + m).isNotEqualTo("error");
                    text.append(SolutionReader.source(m.get("text")));
                }
                return text.toString();
            }
        }
        throw new AssertionError("no check cell in the executed notebook");
    }

    private static Map<?, ?> workbook(Map<String, Object> cell) {
        return cell.get("metadata") instanceof Map<?, ?> md && md.get("workbook") instanceof Map<?, ?> wb ? wb : Map.of();
    }

    private static String role(Map<String, Object> cell) {
        return String.valueOf(workbook(cell).get("role"));
    }

    @Test
    @DisplayName("solved with the reference, the real kernel's check cell prints every check ✓ and solved, and records progress")
    void solvedInTheKernel() throws Exception {
        ExerciseSource ex = ChapterCatalog.load().exercise(EXERCISE).orElseThrow();
        List<String> parts = new ArrayList<>();
        SolutionReader.fromScript(EXERCISE, ex.partCount(), ExerciseFiles.reference(ExerciseManifest.load().find(EXERCISE))).parts()
                .forEach(p -> parts.add(p.code()));
        String out = checkCellOutput("solved", parts);
        assertThat(out).contains("exercise " + EXERCISE + ": ").contains("✓ there is a table named pet")
                .contains("✓ pet holds Fluffy 🐱 and Buffy, as given").contains("solved: " + EXERCISE).doesNotContain("✗");
        assertThat(new Progress(home).passed(EXERCISE)).as("the kernel recorded the pass in the workbook home").isTrue();
    }

    @Test
    @DisplayName("left as stubs, the real kernel's check cell prints ✗ lines, the stub's message and a hint, and raises nothing")
    void stubsInTheKernel() throws Exception {
        String out = checkCellOutput("stubs", null);
        assertThat(out).contains("✗ your code stopped").contains("Delete this statement and write your own solution")
                .contains("thrown inside your method createPets").contains("✗ there is a table named pet")
                .contains("hint: Write the CREATE TABLE statement").doesNotContain("solved: ");
    }
}
