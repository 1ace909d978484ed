package dev.workbook.chapters;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The committed notebooks and JShell scripts are exactly what the chapter sources generate. */
class ChapterExportTest {
    static final Path PROJECT = Path.of(System.getProperty("workbook.project.dir", "."));
    static final ChapterCatalog SOURCES = ChapterCatalog.fromDirectory(PROJECT.resolve("src/main/resources/chapters"));

    @Test
    @DisplayName("notebooks/ and notebooks/jshell/ match the chapter sources (regenerate with ./workbook chapters export)")
    void noDrift() throws Exception {
        List<String> drift = new ChapterExport(SOURCES).drift(PROJECT);
        assertThat(drift).as("generated files drifted from src/main/resources/chapters; regenerate them with: "
                + ChapterExport.REGENERATE_COMMAND + "  (then commit notebooks/)").isEmpty();
    }

    @Test
    @DisplayName("notebooks are valid nbformat 4 JSON with no outputs, no execution counts and the workbook kernel")
    void notebookShape() {
        JsonMapper json = JsonMapper.builder().build();
        new ChapterExport(SOURCES).render().forEach((path, text) -> {
            if (!path.endsWith(".ipynb")) {
                return;
            }
            JsonNode nb = json.readTree(text);
            assertThat(nb.get("nbformat").asInt()).isEqualTo(4);
            assertThat(nb.at("/metadata/kernelspec/name").asString()).isEqualTo("workbook-java");
            assertThat(nb.at("/metadata/kernelspec/language").asString()).isEqualTo("java");
            for (JsonNode cell : nb.get("cells")) {
                assertThat(cell.get("id").asString()).matches("[a-zA-Z0-9_-]{1,64}");
                if (cell.get("cell_type").asString().equals("code")) {
                    assertThat(cell.get("outputs").size()).as(path + " has no outputs").isZero();
                    assertThat(cell.get("execution_count").isNull()).isTrue();
                    String src = String.join("", cell.get("source").valueStream().map(JsonNode::asString).toList());
                    assertThat(src).as(path + " uses no kernel magics").doesNotStartWith("%").doesNotContain("\n%");
                }
            }
        });
    }

    @Test
    @DisplayName("a cell that fails on purpose is tagged raises-exception, so Run All goes on past it")
    void raisesExceptionTag() {
        Chapter c = ChapterParser.parse("01-x.md", "# X\n```java expect-sql-error=1062\nint a = 1;\n```\n");
        String nb = NotebookWriter.write(c, c.cells());
        assertThat(nb).contains("\"raises-exception\"");
        assertThat(JshWriter.write(c, c.cells())).contains("// This cell fails on purpose (expected: SQL error 1062)")
                .endsWith("/exit\n");
    }
}
