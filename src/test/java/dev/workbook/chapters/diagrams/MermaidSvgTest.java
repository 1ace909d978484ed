package dev.workbook.chapters.diagrams;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

class MermaidSvgTest {
    static final String ER = """
            erDiagram
                author ||--o{ post : writes
                post ||--o{ post_tags : "is tagged"
                tag ||--o{ post_tags : labels
                post {
                    BIGINT id PK
                    VARCHAR slug UK "unique <slug> & more"
                    BIGINT author_id FK
                }
                post_tags {
                    BIGINT post_id PK, FK
                    BIGINT tag_id PK, FK
                }
            """;

    static Document xml(String svg) throws Exception {
        return DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    @DisplayName("an erDiagram becomes well-formed SVG with every entity, attribute, key, comment and relationship label")
    void erDiagram() throws Exception {
        String svg = MermaidSvg.render(ER);
        Document doc = xml(svg);
        assertThat(doc.getDocumentElement().getNodeName()).isEqualTo("svg");
        String text = doc.getDocumentElement().getTextContent();
        assertThat(text).contains("author", "post", "post_tags", "tag", "BIGINT", "slug", "UK", "PK,FK", "writes",
                "is tagged", "labels", "unique <slug> & more");
        assertThat(svg).as("text is escaped, never markup").contains("unique &lt;slug&gt; &amp; more");
        assertThat(doc.getElementsByTagName("circle").getLength()).as("three optional (o) ends").isEqualTo(3);
    }

    @Test
    @DisplayName("the same source gives the same bytes every time (the drift test regenerates and compares them)")
    void deterministic() {
        assertThat(MermaidSvg.render(ER)).isEqualTo(MermaidSvg.render(ER));
    }

    @Test
    @DisplayName("a sequenceDiagram shows participants by their labels, messages and notes")
    void sequenceDiagram() throws Exception {
        String svg = MermaidSvg.render("""
                sequenceDiagram
                    participant J as Java (Session)
                    participant DB as MariaDB
                    J->>DB: BEGIN
                    DB-->>J: generated id = 3
                    Note over DB: row visible only to this transaction
                """);
        String text = xml(svg).getDocumentElement().getTextContent();
        assertThat(text).contains("Java (Session)", "MariaDB", "BEGIN", "generated id = 3", "row visible only to this transaction")
                .doesNotContain("DB-");
        assertThat(svg).contains("stroke-dasharray"); // the dashed reply
    }

    @Test
    @DisplayName("a diagram type or line it cannot draw is refused, naming it, instead of a silently missing picture")
    void refusesWhatItCannotDraw() {
        assertThatThrownBy(() -> MermaidSvg.render("flowchart LR\n  A --> B")).hasMessageContaining("flowchart LR");
        assertThatThrownBy(() -> MermaidSvg.render("erDiagram\n  a }|..|{ b\n")).hasMessageContaining("a }|..|{ b");
    }
}
