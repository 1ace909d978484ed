package dev.workbook.grading;

import dev.workbook.json.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Real exercise files for grading tests: the project's stubs (notebooks/exercises), references (kept with the tests) and
 * chapter notebooks, and edits of their solution parts, found by the ">>> your solution, part N" / "<<< end of part N"
 * markers and by the notebook cells' {@code workbook} metadata.
 */
public final class ClassFixture {
    private static final Pattern PART = Pattern.compile("(?m)^// >>> your solution, part (\\d+) of \\d+.*\\n([\\s\\S]*?)^// <<< end of part \\1\\s*$");

    private ClassFixture() {
    }

    public static Path project() {
        return Path.of(System.getProperty("workbook.project.dir", ".")).toAbsolutePath();
    }

    public static String stub(String id) {
        return read(project().resolve("notebooks/exercises/" + id + ".jsh"));
    }

    public static String reference(String id) {
        return read(project().resolve("src/test/resources/exercises/reference/" + id + ".jsh"));
    }

    /** The code of part {@code n} (without its marker lines). */
    public static String part(String script, int n) {
        Matcher m = PART.matcher(script);
        while (m.find()) {
            if (Integer.parseInt(m.group(1)) == n) {
                return m.group(2);
            }
        }
        throw new IllegalArgumentException("no part " + n);
    }

    /** The script with part {@code n} replaced by {@code code}. */
    public static String withPart(String script, int n, String code) {
        Matcher m = PART.matcher(script);
        while (m.find()) {
            if (Integer.parseInt(m.group(1)) == n) {
                return script.substring(0, m.start(2)) + (code.endsWith("\n") ? code : code + "\n") + script.substring(m.end(2));
            }
        }
        throw new IllegalArgumentException("no part " + n);
    }

    /** The chapter's generated notebook with the exercise's solution cells holding the reference's parts. */
    @SuppressWarnings("unchecked")
    public static String solvedNotebook(String chapter, String exerciseId) {
        Map<String, Object> nb = Json.parseObject(read(project().resolve("notebooks/" + chapter + ".ipynb")));
        String ref = reference(exerciseId);
        int solved = 0;
        for (Object o : (List<Object>) nb.get("cells")) {
            Map<String, Object> cell = (Map<String, Object>) o;
            if (cell.get("metadata") instanceof Map<?, ?> md && md.get("workbook") instanceof Map<?, ?> w
                    && exerciseId.equals(w.get("exercise")) && "solution".equals(w.get("role"))) {
                int part = w.get("part") instanceof Number n ? n.intValue() : 1;
                cell.put("source", List.of(part(ref, part).stripTrailing()));
                solved++;
            }
        }
        if (solved == 0) {
            throw new IllegalStateException("no solution cells of " + exerciseId + " in notebooks/" + chapter + ".ipynb");
        }
        return Json.write(nb);
    }

    /** The notebook with the exercise's check cell holding {@code code}. */
    @SuppressWarnings("unchecked")
    public static String withCheckCell(String notebook, String exerciseId, String code) {
        Map<String, Object> nb = Json.parseObject(notebook);
        for (Object o : (List<Object>) nb.get("cells")) {
            Map<String, Object> cell = (Map<String, Object>) o;
            if (cell.get("metadata") instanceof Map<?, ?> md && md.get("workbook") instanceof Map<?, ?> w
                    && exerciseId.equals(w.get("exercise")) && "check".equals(w.get("role"))) {
                cell.put("source", List.of(code));
                return Json.write(nb);
            }
        }
        throw new IllegalStateException("no check cell of " + exerciseId);
    }

    static String read(Path p) {
        try {
            return Files.readString(p, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
