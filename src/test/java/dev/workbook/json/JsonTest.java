package dev.workbook.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class JsonTest {
    @Test
    @DisplayName("what is written reads back equal, escapes and unicode included")
    void roundTrips() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("argv", List.of("java", "-jar", "C:\\kernels\\k.jar", "{connection_file}"));
        m.put("text", "quote \" tab \t newline \n bell \u0007 é");
        m.put("n", 5L);
        m.put("empty", Map.of());
        assertThat(Json.parse(Json.write(m))).isEqualTo(m);
    }

    @Test
    @DisplayName("broken JSON is rejected with the offset")
    void rejectsBrokenJson() {
        assertThatThrownBy(() -> Json.parse("{\"a\": [1, 2}")).hasMessageContaining("offset");
    }

    @org.junit.jupiter.api.Test
    @org.junit.jupiter.api.DisplayName("strings are escaped as Python's json module escapes them, and read back unchanged")
    void escapesLikePython() {
        String text = "q\"b\\n\nr\rt\tb\bf\fc\u0001é😀";
        String json = Json.string(text);
        org.assertj.core.api.Assertions.assertThat(json)
                .isEqualTo("\"q\\\"b\\\\n\\nr\\rt\\tb\\bf\\fc\\u0001é😀\"");
        org.assertj.core.api.Assertions.assertThat(Json.parse(json)).isEqualTo(text);
        org.assertj.core.api.Assertions.assertThat(Json.string(null)).isEqualTo("null");
    }
}
