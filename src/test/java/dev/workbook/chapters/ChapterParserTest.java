package dev.workbook.chapters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.workbook.errors.WorkbookException;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ChapterParserTest {
    static final String SOURCE = String.join("\n",
            "# Querying",
            "",
            "Intro text.",
            "",
            "```sql",
            "SELECT * FROM student;",
            "```",
            "---",
            "Second markdown cell.",
            "```java name=setup",
            "import dev.workbook.Workbook;",
            "```",
            "```java expect-sql-error=1062 ",
            "Workbook.sql(\"INSERT ...\");",
            "```",
            "```java include=03-student-entity/student",
            "```",
            "```java skip",
            "docker run ...",
            "```",
            "Closing words.",
            "");

    @Test
    @DisplayName("markdown splits at '---' and before code cells; sql fences stay in markdown; java fences become code cells")
    void cells() {
        Chapter c = ChapterParser.parse("05-querying.md", SOURCE);
        assertThat(c.id()).isEqualTo("05-querying");
        assertThat(c.number()).isEqualTo("05");
        assertThat(c.slug()).isEqualTo("querying");
        assertThat(c.title()).isEqualTo("Querying");
        List<Cell.Kind> kinds = c.cells().stream().map(Cell::kind).toList();
        assertThat(kinds).containsExactly(Cell.Kind.MARKDOWN, Cell.Kind.MARKDOWN, Cell.Kind.CODE, Cell.Kind.CODE,
                Cell.Kind.CODE, Cell.Kind.CODE, Cell.Kind.MARKDOWN);
        assertThat(c.cells().get(0).text()).isEqualTo("# Querying\n\nIntro text.\n\n```sql\nSELECT * FROM student;\n```");
        assertThat(c.cells().get(1).text()).isEqualTo("Second markdown cell.");
        Cell setup = c.cells().get(2);
        assertThat(setup.options().name()).isEqualTo("setup");
        assertThat(setup.line()).as("line of the code's first line in the .md").isEqualTo(11);
        assertThat(c.cells().get(3).options().expectSqlError()).isEqualTo(1062);
        assertThat(c.cells().get(4).options().include()).isEqualTo("03-student-entity/student");
        assertThat(c.cells().get(5).options().skip()).isTrue();
        assertThat(c.cells().get(5).runs()).isFalse();
    }

    @Test
    @DisplayName("a chapter is found by number, id or slug")
    void refs() {
        Chapter c = ChapterParser.parse("05-querying.md", SOURCE);
        assertThat(List.of("05", "5", "05-querying", "querying", "05-querying.md")).allMatch(c::matches);
        assertThat(c.matches("04")).isFalse();
        assertThat(c.matches("query")).isFalse();
    }

    @Test
    @DisplayName("authoring mistakes are rejected with the file and line: package lines, unknown attributes, unclosed fences")
    void mistakes() {
        assertThatThrownBy(() -> ChapterParser.parse("01-x.md", "# T\n```java\npackage a.b;\n```\n"))
                .isInstanceOf(WorkbookException.class).hasMessageContaining("package").extracting("value").isEqualTo("01-x.md:2");
        assertThatThrownBy(() -> ChapterParser.parse("01-x.md", "# T\n```java expect=1\nint a;\n```\n"))
                .hasMessageContaining("unknown code-cell attribute 'expect'");
        assertThatThrownBy(() -> ChapterParser.parse("01-x.md", "# T\n```java\nint a;\n"))
                .hasMessageContaining("never closed");
        assertThatThrownBy(() -> ChapterParser.parse("1-x.md", "# T\n")).hasMessageContaining("NN-slug.md");
        assertThatThrownBy(() -> ChapterParser.parse("01-x.md", "# T\n```java include=02-y/z\nint a;\n```\n"))
                .hasMessageContaining("must be empty");
    }

    @Test
    @DisplayName("includes resolve across chapters, point errors at the original, and name a missing cell")
    void includes() {
        Chapter a = ChapterParser.parse("01-a.md", "# A\n```java name=x\nint x = 1;\n```\n");
        Chapter b = ChapterParser.parse("02-b.md", "# B\n```java include=a/x\n```\n```java include=01/missing\n```\n");
        ChapterCatalog cat = new ChapterCatalog(List.of(b, a));
        assertThat(cat.all()).extracting(Chapter::id).containsExactly("01-a", "02-b");
        Chapter ok = ChapterParser.parse("02-b.md", "# B\n```java include=a/x\n```\n");
        Cell resolved = new ChapterCatalog(List.of(a, ok)).cells(ok).get(1);
        assertThat(resolved.text()).isEqualTo("int x = 1;");
        assertThat(resolved.chapterId()).as("errors point at the original").isEqualTo("01-a");
        assertThatThrownBy(() -> cat.cells(b)).hasMessageContaining("has no cell named 'missing'");
        assertThatThrownBy(() -> ChapterParser.parse("03-c.md", "# C\n```java name=p include=04/q\n```\n"))
                .as("an included cell cannot be named, so includes never chain or loop").hasMessageContaining("cannot also have a name");
    }
}
