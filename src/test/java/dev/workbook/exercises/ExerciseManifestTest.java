package dev.workbook.exercises;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.workbook.errors.ExitCode;
import dev.workbook.errors.WorkbookException;
import dev.workbook.chapters.Chapter;
import dev.workbook.chapters.ChapterCatalog;
import dev.workbook.exercises.checks.Checks;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The manifest, and that one id ties each exercise's stub, reference, check class and chapter text together. */
class ExerciseManifestTest {
    private final ExerciseManifest manifest = ExerciseManifest.load();

    @Test
    @DisplayName("there is one exercise per chapter, in chapter order, each naming its chapter")
    void onePerChapter() {
        List<Chapter> chapters = ChapterCatalog.load().all();
        assertThat(manifest.all()).extracting(Exercise::chapter).containsExactlyElementsOf(chapters.stream().map(Chapter::id).toList());
        assertThat(manifest.all()).allSatisfy(e -> assertThat(e.id()).startsWith(e.chapter().substring(0, 3)));
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
    @DisplayName("each stub has TODOs, fails politely with 'Delete this statement', and says the check command")
    void stubs() throws IOException {
        for (Exercise e : manifest.all()) {
            String stub = Files.readString(ExerciseFiles.stub(e), StandardCharsets.UTF_8);
            assertThat(stub).as(e.fileName()).contains("// TODO:").contains("Delete this statement and write your own solution")
                    .contains("./workbook check " + e.id());
        }
    }

    @Test
    @DisplayName("each reference solution is apart from the stubs, has no TODO throw left, and is not on the jar's class path")
    void references() throws IOException {
        for (Exercise e : manifest.all()) {
            String ref = Files.readString(ExerciseFiles.reference(e), StandardCharsets.UTF_8);
            assertThat(ref).as(e.fileName()).doesNotContain("Delete this statement");
            assertThat(Files.readString(ExerciseFiles.stub(e))).as("the stub is not the reference").isNotEqualTo(ref);
        }
        assertThat(ExerciseFiles.projectDir().resolve("src/main/resources/exercises/reference")).doesNotExist();
        try (Stream<Path> files = Files.list(ExerciseFiles.projectDir().resolve("notebooks/exercises"))) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .containsExactlyInAnyOrderElementsOf(manifest.all().stream().map(Exercise::fileName).toList());
        }
    }

    @Test
    @DisplayName("each chapter's text ends its exercise with the exact check command for that exercise")
    void chaptersNameTheirExercise() throws IOException {
        for (Exercise e : manifest.all()) {
            Path md = ExerciseFiles.projectDir().resolve("src/main/resources/chapters").resolve(e.chapter() + ".md");
            String text = Files.readString(md, StandardCharsets.UTF_8);
            String exercise = text.substring(Math.max(0, text.lastIndexOf("## Exercise")));
            assertThat(exercise).as(md.toString()).contains("./workbook check " + e.id()).contains("notebooks/exercises/" + e.fileName());
        }
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
    @DisplayName("a malformed manifest is refused with its line: bad id, duplicate id, unknown key, missing title")
    void malformed() {
        assertThatThrownBy(() -> ExerciseManifest.parse("[Bad Id]\n")).hasMessageContaining("line 1");
        assertThatThrownBy(() -> ExerciseManifest.parse("[01-a]\ntitle = t\nchapter = c\n[01-a]\n")).hasMessageContaining("line 4");
        assertThatThrownBy(() -> ExerciseManifest.parse("[01-a]\ntitel = t\n")).hasMessageContaining("line 2");
        assertThatThrownBy(() -> ExerciseManifest.parse("[01-a]\nchapter = c\n")).hasMessageContaining("needs a title");
        assertThat(ExerciseManifest.parse("# c\n[01-a]\ntitle = T\nchapter = C\nhint = one\nhint = two\n").all())
                .containsExactly(new Exercise("01-a", "T", "C", List.of(new Exercise.Hint(List.of(), "one"),
                        new Exercise.Hint(List.of(), "two")), List.of()));
    }
}
