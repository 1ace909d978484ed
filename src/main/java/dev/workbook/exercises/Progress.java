package dev.workbook.exercises;

import dev.workbook.json.Json;
import dev.workbook.platform.FileLock;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The student's progress, in {@code progress.json} in the workbook home: per exercise "passed" (with when and where:
 * cli, watch or notebook) or "attempted". Written by terminal and notebook checks alike, under a file lock and by an
 * atomic rename, so two writers never leave half a file. A passed exercise stays passed when a later attempt fails:
 * rustlings counts an exercise done once it was.
 */
public final class Progress {
    static final String FILE = "progress.json";

    private final Path file;

    public Progress(Path home) {
        this.file = home.resolve(FILE);
    }

    public Path file() {
        return file;
    }

    /** Whether the exercise passed once. */
    public boolean passed(String id) {
        return "passed".equals(entry(read(), id).get("status"));
    }

    /** The first exercise of the manifest not passed yet ("current"), or null when every one passed. */
    public Exercise current(List<Exercise> exercises) {
        Map<String, Object> all = read();
        return exercises.stream().filter(e -> !"passed".equals(entry(all, e.id()).get("status"))).findFirst().orElse(null);
    }

    public long passedCount(List<Exercise> exercises) {
        Map<String, Object> all = read();
        return exercises.stream().filter(e -> "passed".equals(entry(all, e.id()).get("status"))).count();
    }

    /** Records a check's outcome; {@code via} is "cli", "watch" or "notebook". Never throws: progress must not fail a check. */
    public void record(String id, boolean passed, String via) {
        try (FileLock lock = FileLock.acquire(file.resolveSibling(FILE + ".lock"))) {
            Map<String, Object> all = read();
            @SuppressWarnings("unchecked")
            Map<String, Object> exercises = (Map<String, Object>) all.computeIfAbsent("exercises", k -> new LinkedHashMap<>());
            Map<String, Object> was = entry(all, id);
            if (!passed && "passed".equals(was.get("status"))) {
                return;
            }
            Map<String, Object> e = new LinkedHashMap<>();
            e.put("status", passed ? "passed" : "attempted");
            e.put("at", Instant.now().toString());
            e.put("via", via);
            exercises.put(id, e);
            all.put("version", 1);
            Path tmp = file.resolveSibling(FILE + ".tmp");
            Files.writeString(tmp, Json.write(all), StandardCharsets.UTF_8);
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | RuntimeException e) {
            System.err.println("warning: could not record progress in " + file + ": " + e.getMessage());
        }
    }

    private Map<String, Object> read() {
        if (!Files.isRegularFile(file)) {
            return new LinkedHashMap<>();
        }
        try {
            return new LinkedHashMap<>(Json.parseObject(Files.readString(file, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (IllegalArgumentException e) {
            // A damaged file is started afresh rather than blocking every check; say so once.
            System.err.println("warning: " + file + " is not valid JSON (" + e.getMessage() + "); starting a new one");
            return new LinkedHashMap<>();
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> entry(Map<String, Object> all, String id) {
        Object exercises = all.get("exercises");
        if (exercises instanceof Map<?, ?> m && m.get(id) instanceof Map<?, ?> e) {
            return (Map<String, Object>) e;
        }
        return Map.of();
    }
}
