package dev.workbook.jupyter;

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
}
