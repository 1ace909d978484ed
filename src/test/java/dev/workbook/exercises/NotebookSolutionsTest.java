package dev.workbook.exercises;

import static org.assertj.core.api.Assertions.assertThat;

import dev.workbook.Workbook;
import dev.workbook.chapters.ChapterCatalog;
import dev.workbook.chapters.ChapterResult;
import dev.workbook.chapters.ChapterRunner;
import dev.workbook.chapters.ExerciseSource;
import dev.workbook.testing.SharedServer;
import dev.workbook.testing.TestHomes;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The notebook side of every exercise, through the same API a notebook uses: the chapter notebook's own exercise cells run
 * one after another in a JShell on the local engine, as a kernel runs them (the workbook database is the kernel's; the
 * check cell makes its own throwaway databases). Pasted into the solution cells, the reference's parts pass and the
 * progress file records it; left as stubs, the check cell prints ✗ lines and a hint, and never throws.
 */
class NotebookSolutionsTest {
    private static final ChapterCatalog CATALOG = ChapterCatalog.load();
    private static Path home;

    @BeforeAll
    static void kernel() {
        SharedServer.freshDatabase("nb_exercises");
        home = TestHomes.fresh("nb-progress");
        InKernelCheck.progressHome = home;
    }

    @AfterAll
    static void back() {
        InKernelCheck.progressHome = null;
        Workbook.use(SharedServer.target());
    }

    private static String run(ExerciseSource ex, List<String> parts) throws Exception {
        Path nb = ExerciseFiles.projectDir().resolve("notebooks").resolve(ex.chapter().id() + ".ipynb");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ChapterResult r;
        try (PrintStream ps = new PrintStream(out, true, StandardCharsets.UTF_8)) {
            r = new ChapterRunner(CATALOG, ps).run(NotebookCells.of(ex, nb, parts));
        }
        String text = out.toString(StandardCharsets.UTF_8);
        assertThat(r.failure()).as("no cell may fail, the check cell least of all:\n" + text).isNull();
        return text;
    }

    @TestFactory
    @DisplayName("every reference, pasted into its notebook's solution cells, passes the check cell, which records the progress")
    Stream<DynamicTest> referencesPassInTheNotebook() {
        return ExerciseManifest.load().all().stream().map(e -> DynamicTest.dynamicTest(e.id(), () -> {
            ExerciseSource ex = CATALOG.exercise(e.id()).orElseThrow();
            List<String> parts = SolutionReader.fromScript(e.id(), ex.partCount(), ExerciseFiles.reference(e)).parts().stream()
                    .map(Solution.Part::code).toList();
            String out = run(ex, parts);
            assertThat(out).contains("exercise " + e.id() + ": ").contains("solved: " + e.id()).doesNotContain("✗");
            assertThat(new Progress(home).passed(e.id())).as("recorded as passed").isTrue();
        }));
    }

    @TestFactory
    @DisplayName("every untouched notebook stub fails politely in the check cell: ✗ lines, the stub's message, a hint, nothing thrown")
    Stream<DynamicTest> stubsFailPolitelyInTheNotebook() {
        return ExerciseManifest.load().all().stream().map(e -> DynamicTest.dynamicTest(e.id(), () -> {
            ExerciseSource ex = CATALOG.exercise(e.id()).orElseThrow();
            String out = run(ex, null);
            assertThat(out).contains("✗ your code stopped").contains("Delete this statement and write your own solution")
                    .contains("thrown inside your method").contains("hint: ").contains("run this check cell again")
                    .doesNotContain("solved: ").doesNotContain("the check itself failed").doesNotContain("==> expected");
            assertThat(Workbook.target().database()).as("the kernel's database is handed back").isEqualTo("nb_exercises");
        }));
    }
}
