package dev.workbook.web;

import dev.workbook.json.Json;
import io.javalin.http.BadRequestResponse;
import io.javalin.json.JsonMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;

/**
 * Javalin's JSON hook on the workbook's one codec ({@link Json}, Jackson 3): {@code ctx.json(value)} writes
 * records, lists and maps; {@code ctx.bodyAsClass(T.class)} reads strictly, and a body that is not valid JSON for
 * the type is the client's mistake: 400 with the line, column and reason, never a 500.
 */
final class JsonBodies implements JsonMapper {
    @Override
    public String toJsonString(Object obj, Type type) {
        return Json.compact(obj);
    }

    @Override
    public InputStream toJsonStream(Object obj, Type type) {
        return new ByteArrayInputStream(toJsonString(obj, type).getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public <T> T fromJsonString(String json, Type targetType) {
        try {
            return Json.read(json, targetType);
        } catch (IllegalArgumentException e) {
            // Classes declared in JShell are named REPL.$JShell$12$PostInput; the client only needs PostInput.
            String why = e.getMessage().replaceAll("REPL\\.\\$JShell\\$\\d+\\$", "");
            throw new BadRequestResponse("The request body is not valid JSON for this resource: " + why);
        }
    }

    @Override
    public <T> T fromJsonStream(InputStream json, Type targetType) {
        try {
            return fromJsonString(new String(json.readAllBytes(), StandardCharsets.UTF_8), targetType);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
