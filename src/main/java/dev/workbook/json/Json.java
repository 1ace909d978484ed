package dev.workbook.json;

import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The workbook's one JSON path, on Jackson (which already reaches the class path through Flyway): notebooks,
 * kernel.json files and every report. Reading is strict (no trailing characters, no duplicate keys, nesting
 * bounded, so hostile input fails with a message instead of a StackOverflowError) and gives LinkedHashMap,
 * ArrayList, String, Long, Double, Boolean and null. Writing uses Jupyter's own layout (one-space indent,
 * {@code "key": value}, keys in the order given), so generated notebooks look like the files Jupyter saves.
 */
public final class Json {
    /** Deeper than any notebook or report; enough to stop a hostile file long before the stack runs out. */
    static final int MAX_DEPTH = 200;

    private static final ObjectMapper MAPPER = JsonMapper.builder(JsonFactory.builder()
                    .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_DEPTH).build())
                    .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                    .build())
            .enable(DeserializationFeature.USE_LONG_FOR_INTS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
            .build();

    private static final DefaultPrettyPrinter JUPYTER_LAYOUT = new DefaultPrettyPrinter(Separators.createDefaultInstance()
            .withObjectNameValueSpacing(Separators.Spacing.AFTER)
            .withObjectEmptySeparator("")
            .withArrayEmptySeparator(""))
            .withObjectIndenter(new DefaultIndenter(" ", "\n"))
            .withArrayIndenter(new DefaultIndenter(" ", "\n"));

    private Json() {
    }

    /** Parses any JSON value; invalid JSON throws IllegalArgumentException naming the line and column. */
    public static Object parse(String text) {
        if (text == null) {
            throw new IllegalArgumentException("invalid JSON: no text");
        }
        try {
            return MAPPER.readValue(text, Object.class);
        } catch (JacksonException e) {
            throw new IllegalArgumentException("invalid JSON at " + where(e) + ": " + e.getOriginalMessage(), e);
        }
    }

    /** Parses a JSON object; anything else (an array, a number) is refused. */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> parseObject(String text) {
        Object v = parse(text);
        if (!(v instanceof Map)) {
            throw new IllegalArgumentException("not a JSON object but " + (v == null ? "null" : v.getClass().getSimpleName()));
        }
        return (Map<String, Object>) v;
    }

    /**
     * Reads JSON into the given type (a record, a class, {@code List<...>}): strict as {@link #parse}, and a field the
     * type does not have is refused too, so a misspelt key is reported instead of silently dropped.
     */
    public static <T> T read(String text, java.lang.reflect.Type type) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("invalid JSON: no text");
        }
        try {
            return MAPPER.readerFor(MAPPER.constructType(type))
                    .with(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).readValue(text);
        } catch (JacksonException e) {
            throw new IllegalArgumentException("invalid JSON at " + where(e) + ": " + e.getOriginalMessage(), e);
        }
    }

    /** Writes maps, lists, records, strings, numbers, booleans and null in Jupyter's layout, ending with a newline. */
    public static String write(Object v) {
        return MAPPER.writer().with(JUPYTER_LAYOUT).writeValueAsString(v) + "\n";
    }

    /** One line of JSON (for JSON Lines files and small values). */
    public static String compact(Object v) {
        return MAPPER.writeValueAsString(v);
    }

    /** A JSON string literal for the text ({@code null} for null). */
    public static String string(String text) {
        return MAPPER.writeValueAsString(text);
    }

    private static String where(JacksonException e) {
        return e.getLocation() == null ? "an unknown position"
                : "line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
    }
}
