package dev.workbook.exercises;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.workbook.chapters.Chapter;
import dev.workbook.chapters.ChapterCatalog;
import dev.workbook.chapters.ExerciseJsh;
import dev.workbook.chapters.ExerciseSource;
import dev.workbook.errors.ExitCode;
import dev.workbook.errors.WorkbookException;
import dev.workbook.exercises.checks.Checks;
import dev.workbook.exercises.checks.Hidden;
import dev.workbook.json.Json;
import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * One id ties each exercise together: the manifest, its cells in the chapter, the stub, the chapter notebook's cells,
 * the reference, the check class, the hints and the docs.
 */
class ExerciseManifestTest {
    private final ExerciseManifest manifest = ExerciseManifest.load();
    private final ChapterCatalog catalog = ChapterCatalog.load();

    @Test
    @DisplayName("there is one exercise per chapter, in chapter order, each written in the chapter the manifest names")
    void onePerChapter() {
        List<Chapter> chapters = catalog.all();
        assertThat(manifest.all()).extracting(Exercise::chapter).containsExactlyElementsOf(chapters.stream().map(Chapter::id).toList());
        assertThat(catalog.exercises()).extracting(ExerciseSource::id).containsExactlyElementsOf(manifest.all().stream().map(Exercise::id).toList());
        assertThat(manifest.all()).allSatisfy(e -> assertThat(catalog.exercise(e.id()).orElseThrow().chapter().id()).isEqualTo(e.chapter()));
        assertThat(manifest.all()).allSatisfy(e -> assertThat(e.hints()).as("hints of " + e.id()).isNotEmpty());
    }

    @Test
    @DisplayName("each exercise has exactly one check class tagged with its id, and every check class belongs to an exercise")
    void checkClassPerExercise() {
        Set<String> ids = manifest.all().stream().map(Exercise::id).collect(Collectors.toSet());
        List<String> tags = Checks.ALL.stream().flatMap(c -> Stream.of(c.getAnnotationsByType(Tag.class)).map(Tag::value)).toList();
        assertThat(tags).as("tags of the check classes").doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(ids);
    }

    @Test
    @DisplayName("hints name existing, non-hidden checks, and every check that can fail has a hint (its own or a general one)")
    void hintsNameChecks() {
        for (Exercise e : manifest.all()) {
            List<Method> checks = Checks.forExercise(Checks.ALL, e.id()).stream().flatMap(c -> Arrays.stream(c.getDeclaredMethods()))
                    .filter(m -> m.isAnnotationPresent(org.junit.jupiter.api.Test.class)).toList();
            Set<String> visible = checks.stream().filter(m -> !m.isAnnotationPresent(Hidden.class)).map(Method::getName)
                    .collect(Collectors.toSet());
            for (Exercise.Hint h : e.hintList()) {
                assertThat(visible).as(e.id() + ": a hint names " + h.checks()).containsAll(h.checks());
            }
            for (String check : visible) {
                assertThat(e.hintFor(check)).as(e.id() + ": a hint for " + check).isPresent();
            }
        }
    }

    @Test
    @DisplayName("each stub is generated from its chapter: every part has a TODO, the stub fails politely, and says the check command")
    void stubs() throws IOException {
        for (Exercise e : manifest.all()) {
            ExerciseSource src = catalog.exercise(e.id()).orElseThrow();
            String stub = Files.readString(ExerciseFiles.stub(e), StandardCharsets.UTF_8);
            assertThat(stub).as(e.fileName()).isEqualTo(ExerciseJsh.write(src)).contains("./workbook check " + e.id());
            String polite = "throw new UnsupportedOperationException(\"Delete this statement and write your own solution\");";
            assertThat(src.parts()).as(e.id()).anySatisfy(p -> assertThat(p.text()).contains(polite));
            assertThat(src.parts()).as(e.id() + ": every part to write marks its edit points")
                    .allSatisfy(p -> assertThat(!p.text().contains(polite) || p.text().contains("// TODO:")).isTrue());
            assertThat(src.parts()).as(e.id()).anySatisfy(p -> assertThat(p.text()).contains("// TODO:"));
        }
        try (Stream<Path> files = Files.list(ExerciseFiles.projectDir().resolve("notebooks/exercises"))) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .containsExactlyInAnyOrderElementsOf(manifest.all().stream().map(Exercise::fileName).toList());
        }
    }

    @Test
    @DisplayName("each chapter notebook has the exercise's solution cells (parts 1..n) and one check cell, by id in their metadata")
    void notebookCells() throws IOException {
        for (Exercise e : manifest.all()) {
            ExerciseSource src = catalog.exercise(e.id()).orElseThrow();
            Path nb = ExerciseFiles.projectDir().resolve("notebooks").resolve(e.chapter() + ".ipynb");
            List<Object> parts = new ArrayList<>();
            int checks = 0;
            for (Object o : (List<?>) Json.parseObject(Files.readString(nb)).get("cells")) {
                if (((Map<?, ?>) o).get("metadata") instanceof Map<?, ?> md && md.get("workbook") instanceof Map<?, ?> wb) {
                    assertThat(wb.get("exercise")).as(nb + " names only its own exercise").isEqualTo(e.id());
                    if ("solution".equals(wb.get("role"))) {
                        parts.add(((Number) wb.get("part")).intValue());
                    } else if ("check".equals(wb.get("role"))) {
                        checks++;
                    }
                }
            }
            assertThat(parts).as(nb.toString()).containsExactlyElementsOf(java.util.stream.IntStream.rangeClosed(1, src.partCount())
                    .boxed().map(i -> (Object) i).toList());
            assertThat(checks).as(nb + " has one check cell").isEqualTo(1);
            assertThat(SolutionReader.fromNotebook(e.id(), src.partCount(), nb).parts()).extracting(Solution.Part::code)
                    .containsExactlyElementsOf(src.parts().stream().map(c -> c.text()).toList());
        }
    }

    @Test
    @DisplayName("each reference is its stub with the parts solved: the same file outside the markers, and no TODO throw left")
    void references() throws IOException {
        for (Exercise e : manifest.all()) {
            ExerciseSource src = catalog.exercise(e.id()).orElseThrow();
            String ref = Files.readString(ExerciseFiles.reference(e), StandardCharsets.UTF_8);
            assertThat(ref).as(e.fileName()).doesNotContain("Delete this statement");
            List<String> parts = ExerciseJsh.parts(ref, src.partCount(), e.fileName()).stream().map(ExerciseJsh.Part::code).toList();
            String regenerated = ExerciseJsh.write(src, parts);
            assertThat(ref.substring(ref.indexOf('\n') + 1)).as("the reference of " + e.id() + " outside its parts is the stub")
                    .isEqualTo(regenerated);
        }
        assertThat(ExerciseFiles.projectDir().resolve("src/main/resources/exercises/reference")).doesNotExist();
    }

    @Test
    @DisplayName("each chapter's exercise text names its notebook cells, its .jsh file and the exact check command")
    void chaptersNameTheirExercise() throws IOException {
        for (Exercise e : manifest.all()) {
            Path md = ExerciseFiles.projectDir().resolve("src/main/resources/chapters").resolve(e.chapter() + ".md");
            String text = Files.readString(md, StandardCharsets.UTF_8);
            String exercise = text.substring(Math.max(0, text.lastIndexOf("## Exercise")));
            assertThat(exercise).as(md.toString()).contains("./workbook check " + e.id()).contains("notebooks/exercises/" + e.fileName())
                    .contains("check cell");
        }
        String readme = Files.readString(ExerciseFiles.projectDir().resolve("README.md"));
        assertThat(readme).contains("./workbook check ").contains("./workbook watch").contains("./workbook reset ")
                .contains("Exercises.check(");
    }

    @Test
    @DisplayName("an exercise is found by id, number or slug; an unknown one is bad input that lists the known ids")
    void find() {
        Exercise first = manifest.all().get(0);
        assertThat(manifest.find(first.id())).isEqualTo(first);
        assertThat(manifest.find(first.number().substring(1))).isEqualTo(first);
        assertThat(manifest.find(first.id().substring(3))).isEqualTo(first);
        assertThatThrownBy(() -> manifest.find("99-nothing")).isInstanceOf(WorkbookException.class)
                .satisfies(t -> assertThat(((WorkbookException) t).exitCode()).isEqualTo(ExitCode.BAD_INPUT))
                .satisfies(t -> assertThat(((WorkbookException) t).next()).contains(first.id()));
    }

    @Test
    @DisplayName("a malformed manifest is refused with its line; hints may name the checks they help with")
    void malformed() {
        assertThatThrownBy(() -> ExerciseManifest.parse("[Bad Id]\n")).hasMessageContaining("line 1");
        assertThatThrownBy(() -> ExerciseManifest.parse("[01-a]\ntitle = t\nchapter = c\n[01-a]\n")).hasMessageContaining("line 4");
        assertThatThrownBy(() -> ExerciseManifest.parse("[01-a]\ntitel = t\n")).hasMessageContaining("line 2");
        assertThatThrownBy(() -> ExerciseManifest.parse("[01-a]\nchapter = c\n")).hasMessageContaining("needs a title");
        Exercise e = ExerciseManifest.parse("# c\n[01-a]\ntitle = T\nchapter = C\nhint = one\nhint [x, y] = two\naccounts = writer\n").all().get(0);
        assertThat(e).isEqualTo(new Exercise("01-a", "T", "C", List.of(new Exercise.Hint(List.of(), "one"),
                new Exercise.Hint(List.of("x", "y"), "two")), List.of("writer")));
        assertThat(e.hintFor("y").orElseThrow().text()).isEqualTo("two");
        assertThat(e.hintFor("z").orElseThrow().text()).isEqualTo("one");
    }
}
