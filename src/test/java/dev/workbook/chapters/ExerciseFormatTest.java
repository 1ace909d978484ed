package dev.workbook.chapters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.workbook.errors.WorkbookException;
import dev.workbook.json.Json;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Notebook text: a list of lines. */
final class SourceText {
    private SourceText() {
    }

    static String of(Object source) {
        StringBuilder sb = new StringBuilder();
        ((List<?>) source).forEach(sb::append);
        return sb.toString();
    }
}

/** The exercise format of a chapter's "## Exercise" section, and the notebook cells and .jsh stub made from it. */
class ExerciseFormatTest {
    static final String A = "# A\n```java name=entity\nrecord Thing(String name) { }\n```\n```java name=helper\nint helper = 1;\n```\n";
    static final String B = String.join("\n", "# B",
            "```java include=01-a/entity", "```",
            "```java include=01-a/helper", "```",
            "## Exercise",
            "```java exercise=02-thing role=setup include=01-a/entity", "```",
            "```java exercise=02-thing role=setup include=01-a/helper", "```",
            "```java exercise=02-thing role=setup", "import java.util.List;", "```",
            "```java exercise=02-thing role=solution", "Thing make() {", "    // TODO: make one", "    throw new UnsupportedOperationException(\"Delete this statement and write your own solution\");", "}", "```",
            "```java exercise=02-thing role=solution", "List<Thing> two() {", "    // TODO: two of them", "    return List.of();", "}", "```",
            "```java exercise=02-thing role=driver", "System.out.println(make());", "two();", "```", "");

    static ChapterCatalog catalog(String b) {
        return new ChapterCatalog(List.of(ChapterParser.parse("01-a.md", A), ChapterParser.parse("02-b.md", b)));
    }

    @Test
    @DisplayName("exercise cells make one ExerciseSource: setup (includes resolved, 'shown above' when the chapter ran the cell), parts in order, the driver")
    void source() {
        ExerciseSource ex = catalog(B).exercise("02-thing").orElseThrow();
        assertThat(ex.chapter().id()).isEqualTo("02-b");
        assertThat(ex.setup()).extracting(ExerciseSource.Setup::include).containsExactly("01-a/entity", "01-a/helper", null);
        assertThat(ex.setup()).extracting(ExerciseSource.Setup::shownAbove).containsExactly(true, true, false);
        assertThat(ex.setup().get(0).code()).isEqualTo("record Thing(String name) { }");
        assertThat(ex.partCount()).isEqualTo(2);
        assertThat(ex.part(2).text()).startsWith("List<Thing> two()");
        assertThat(ex.driver().text()).isEqualTo("System.out.println(make());\ntwo();");
        assertThat(ex.driver().line()).as("the driver's first line in the .md").isEqualTo(B.lines().toList().indexOf("System.out.println(make());") + 1);
    }

    @Test
    @DisplayName("the notebook: a note for a setup cell shown above, solution cells with exercise/role/part metadata, one read-only check cell")
    void notebook() {
        ChapterCatalog cat = catalog(B);
        Chapter b = cat.find("02");
        Map<String, Object> nb = Json.parseObject(NotebookWriter.write(b, cat.cells(b), cat.exercises(b)));
        List<?> cells = (List<?>) nb.get("cells");
        List<String> texts = cells.stream().map(c -> SourceText.of(((Map<?, ?>) c).get("source"))).toList();
        assertThat(texts).as("one note for both setup cells the chapter ran above").anySatisfy(t -> assertThat(t).isEqualTo(
                "*Exercise 02-thing also uses the cells `01-a/entity` and `01-a/helper` above: run them before the cells below (Run All does).*"));
        assertThat(texts).contains("// Checks the cells above on a throwaway copy of the data; edit those cells, not this one.\n"
                + "Exercises.check(\"02-thing\", () -> {\n    System.out.println(make());\n    two();\n});");
        List<Map<String, Object>> meta = cells.stream().map(c -> metadata(c)).filter(m -> m.containsKey("workbook")).toList();
        assertThat(meta.stream().map(m -> String.valueOf(((Map<?, ?>) m.get("workbook")).get("role"))).toList())
                .containsExactly("setup", "solution", "solution", "check");
        assertThat(meta.stream().map(m -> String.valueOf(((Map<?, ?>) m.get("workbook")).get("part"))).toList())
                .containsExactly("null", "1", "2", "null");
        assertThat(meta.get(3)).containsEntry("editable", false).containsEntry("deletable", false);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> metadata(Object cell) {
        return (Map<String, Object>) ((Map<String, Object>) cell).get("metadata");
    }

    @Test
    @DisplayName("the .jsh stub: setup in full, each part between its markers, the check call; the parts read back with their file lines")
    void jsh() {
        ExerciseSource ex = catalog(B).exercise("02-thing").orElseThrow();
        String stub = ExerciseJsh.write(ex);
        assertThat(stub).contains("// from chapter 01-a/entity\nrecord Thing(String name) { }")
                .contains("// >>> your solution, part 1 of 2: edit between this line and the matching \"end\" line\nThing make() {")
                .contains("// <<< end of part 2").contains("Exercises.check(\"02-thing\", () -> {").endsWith("/exit\n");
        List<ExerciseJsh.Part> parts = ExerciseJsh.parts(stub.replace("\n", "\r\n"), 2, "02-thing.jsh");
        assertThat(parts).extracting(ExerciseJsh.Part::code).containsExactly(ex.part(1).text(), ex.part(2).text());
        assertThat(parts.get(0).firstLine()).isEqualTo(stub.lines().toList().indexOf("Thing make() {") + 1);
        assertThat(JshWriter.write(catalog(B).find("02"), catalog(B).cells(catalog(B).find("02"))))
                .contains("// The exercise's cells are in notebooks/exercises/02-thing.jsh; check it with: ./workbook check 02-thing")
                .doesNotContain("Thing make()");
    }

    @Test
    @DisplayName("format mistakes are refused with the file and line: role without exercise, include on a part, setup after a part, no or two drivers")
    void mistakes() {
        assertThatThrownBy(() -> ChapterParser.parse("01-x.md", "# T\n```java role=setup\nint a;\n```\n"))
                .isInstanceOf(WorkbookException.class).hasMessageContaining("exercise= and role= go together");
        assertThatThrownBy(() -> ChapterParser.parse("01-x.md", "# T\n```java exercise=01-x role=solution include=01-a/entity\n```\n"))
                .hasMessageContaining("only a setup cell of an exercise may include=");
        assertThatThrownBy(() -> ChapterParser.parse("01-x.md", "# T\n```java exercise=01-x role=check\nint a;\n```\n"))
                .hasMessageContaining("unknown exercise role 'check'");
        assertThatThrownBy(() -> catalog(B.replace("role=driver", "role=solution")).exercises())
                .hasMessageContaining("has no role=driver cell");
        String setupAfter = B.replace("```java exercise=02-thing role=driver", "```java exercise=02-thing role=setup\nint late;\n```\n"
                + "```java exercise=02-thing role=driver");
        assertThatThrownBy(() -> catalog(setupAfter).exercises()).hasMessageContaining("comes after its solution");
        String twoDrivers = B + "```java exercise=02-thing role=driver\nint again;\n```\n";
        assertThatThrownBy(() -> catalog(twoDrivers).exercises()).hasMessageContaining("has two driver cells");
        String damaged = ExerciseJsh.write(catalog(B).exercise("02-thing").orElseThrow()).replace("// <<< end of part 1\n", "");
        assertThatThrownBy(() -> ExerciseJsh.parts(damaged, 2, "f.jsh")).hasMessageContaining("part 1 has no end line before part 2 begins");
    }
}
