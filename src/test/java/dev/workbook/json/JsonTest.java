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
        assertThatThrownBy(() -> Json.parse("{\"a\": [1, 2}")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("line 1, column");
    }

    @Test
    @DisplayName("hostile or sloppy input is refused with a message, never a StackOverflowError or a silent guess")
    void refusesMalformedInput() {
        String deep = "[".repeat(100_000) + "]".repeat(100_000);
        assertThatThrownBy(() -> Json.parse(deep)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("invalid JSON");
        assertThatThrownBy(() -> Json.parse("{\"a\": 1, \"a\": 2}")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("a");
        assertThatThrownBy(() -> Json.parse("{} trailing")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Json.parse("{\"a\": tru}")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Json.parse("\"unterminated")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Json.parse("")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Json.parseObject("[1]")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not a JSON object");
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

    record Item(String name, java.util.List<String> tags, java.time.LocalDateTime when) {
    }

    @org.junit.jupiter.api.Test
    @org.junit.jupiter.api.DisplayName("read() fills records strictly: an unknown field or trailing text is refused with its position")
    void readsRecordsStrictly() {
        Item item = Json.read("{\"name\": \"x\", \"tags\": [\"a\"], \"when\": \"2024-05-01T10:00:00\"}", Item.class);
        org.assertj.core.api.Assertions.assertThat(item)
                .isEqualTo(new Item("x", java.util.List.of("a"), java.time.LocalDateTime.of(2024, 5, 1, 10, 0)));
        org.assertj.core.api.Assertions.assertThat(Json.compact(item))
                .isEqualTo("{\"name\":\"x\",\"tags\":[\"a\"],\"when\":\"2024-05-01T10:00:00\"}");
        assertThatThrownBy(() -> Json.read("{\"name\": \"x\", \"tagz\": []}", Item.class))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("tagz").hasMessageContaining("line 1");
        assertThatThrownBy(() -> Json.read("{\"name\": \"x\"} {}", Item.class)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Json.read(" ", Item.class)).isInstanceOf(IllegalArgumentException.class);
    }
}
