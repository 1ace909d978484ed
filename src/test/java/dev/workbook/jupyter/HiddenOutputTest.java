package dev.workbook.jupyter;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class HiddenOutputTest {
    private static List<Object> result(Map<String, Object> data) {
        return List.of(Map.of("output_type", "execute_result", "data", data));
    }

    @Test
    @DisplayName("an entity's toString sent as HTML (rapaio's default) is found: a browser reads <Student Sammy> as a tag")
    void unescapedEntityIsHidden() {
        assertThat(HiddenOutput.find(result(Map.of("text/html", List.of("ArrayList{size:3,[<Student Sammy>,<Student Carl>]}")))))
                .contains("<Student");
        assertThat(HiddenOutput.find(result(Map.of("text/html", "<Student Sammy>")))).isNotNull();
    }

    @Test
    @DisplayName("HTML with no visible text where the plain text has some is found")
    void emptyHtmlIsHidden() {
        assertThat(HiddenOutput.find(result(Map.of("text/html", "<span></span>", "text/plain", "<Student Sammy>")))).isNotNull();
    }

    @Test
    @DisplayName("plain text, escaped HTML and ordinary tables pass")
    void visibleOutputsPass() {
        assertThat(HiddenOutput.find(result(Map.of("text/plain", "[<Student Sammy>, <Student Carl>]")))).isNull();
        assertThat(HiddenOutput.find(result(Map.of("text/html", "<pre>&lt;Student Sammy&gt;</pre>")))).isNull();
        assertThat(HiddenOutput.find(result(Map.of("text/html", "<table><tr><td>1</td></tr></table>")))).isNull();
        assertThat(HiddenOutput.find(List.of(Map.of("output_type", "stream", "text", "<Student Sammy>")))).isNull();
    }
}
