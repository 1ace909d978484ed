package dev.workbook.jupyter;

import dev.workbook.json.Json;
import java.util.Map;

/** Lets tests in other packages read kernel.json and notebooks with the same parser the product uses. */
public final class JsonAccess {
    private JsonAccess() {
    }

    public static Map<String, Object> parse(String json) {
        return Json.parseObject(json);
    }
}
