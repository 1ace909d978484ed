package dev.workbook.chapters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class NotebookMarkdownTest {
    @Test
    @DisplayName("a mermaid block becomes an SVG attachment shown as an image, its Mermaid text kept folded below")
    @SuppressWarnings("unchecked")
    void diagramBecomesAnAttachment() {
        NotebookMarkdown.Rendered r = NotebookMarkdown.render("05-c03", "Text\n\n```mermaid\nerDiagram\n    student {\n"
                + "        bigint id PK\n    }\n```\n\nMore");
        assertThat(r.attachments()).containsOnlyKeys("05-c03-diagram-1.svg");
        Object lines = ((Map<?, ?>) r.attachments().get("05-c03-diagram-1.svg")).get("image/svg+xml");
        String svg = new String(Base64.getDecoder().decode(String.join("", (java.util.List<String>) lines)), StandardCharsets.UTF_8);
        assertThat(svg).startsWith("<svg").contains(">student<");
        assertThat(r.text()).contains("![Entity-relationship diagram](attachment:05-c03-diagram-1.svg)",
                "<details><summary>", "```mermaid\nerDiagram", "More").startsWith("Text");
    }

    @Test
    @DisplayName("a link to another chapter's source opens its notebook; links to troubleshooting pages stay as written")
    void chapterLinksPointAtNotebooks() {
        String md = "See [chapter 7](07-filtering-ordering-paging.md#paging) and [1062](../troubleshooting/1062-duplicate-entry.md).";
        assertThat(NotebookMarkdown.render("05-c01", md).text()).isEqualTo(
                "See [chapter 7](07-filtering-ordering-paging.ipynb#paging) and [1062](../troubleshooting/1062-duplicate-entry.md).");
    }

    @Test
    @DisplayName("a diagram the export cannot draw stops the export at its chapter cell")
    void undrawableDiagramStopsTheExport() {
        assertThatThrownBy(() -> NotebookMarkdown.render("05-c03", "```mermaid\npie\n  \"a\" : 1\n```"))
                .isInstanceOf(dev.workbook.errors.WorkbookException.class).hasMessageContaining("pie")
                .satisfies(e -> assertThat(((dev.workbook.errors.WorkbookException) e).value()).isEqualTo("05-c03"));
    }
}
