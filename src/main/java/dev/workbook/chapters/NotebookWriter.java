package dev.workbook.chapters;

import dev.workbook.json.Json;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes a chapter as a Jupyter notebook (nbformat 4.5): no outputs, no execution counts, no magics, and a
 * kernelspec naming the workbook's Java kernel. Laid out as Jupyter saves files (indent 1, sorted keys) so
 * that opening and saving a notebook changes little. Cells that fail on purpose carry the
 * "raises-exception" tag, so "Run All" in JupyterLab goes on past them.
 *
 * <p>An exercise becomes its setup cells, its solution cells (metadata {@code workbook.exercise}, {@code role},
 * {@code part}) and one check cell, {@code Exercises.check("ID", () -> { driver })}, which never throws; a setup cell
 * that includes a cell the chapter already ran above is a one-line note instead of a copy.
 */
public final class NotebookWriter {
    static final String KERNEL_NAME = "workbook-java";
    static final String KERNEL_DISPLAY_NAME = "Java (workbook)";

    private NotebookWriter() {
    }

    /** A chapter without exercise cells (tests). */
    public static String write(Chapter chapter, List<Cell> cells) {
        return write(chapter, cells, List.of());
    }

    public static String write(Chapter chapter, List<Cell> cells, List<ExerciseSource> exercises) {
        Map<String, ExerciseSource> byId = new HashMap<>();
        exercises.forEach(e -> byId.put(e.id(), e));
        Map<String, int[]> seen = new HashMap<>();
        List<Map<String, Object>> rendered = new ArrayList<>();
        int n = 0;
        for (Cell c : cells) {
            n++;
            String id = chapter.number() + "-c" + String.format("%02d", n);
            if (c.isExercise()) {
                ExerciseSource ex = byId.get(c.options().exercise());
                if (ex == null) {
                    throw new IllegalArgumentException("no ExerciseSource for " + c.options().exercise());
                }
                Map<String, Object> cell = exerciseCell(id, c, ex, seen.computeIfAbsent(ex.id(), k -> new int[2]));
                Map<String, Object> previous = rendered.isEmpty() ? null : rendered.get(rendered.size() - 1);
                if (isNote(cell) && previous != null && isNote(previous)) {
                    // One note for consecutive setup cells the chapter already ran.
                    rendered.set(rendered.size() - 1, markdownCell((String) previous.get("id"), mergeNotes(previous, cell)));
                } else {
                    rendered.add(cell);
                }
            } else if (c.runs()) {
                rendered.add(codeCell(id, c.text(), c.options().expectsFailure() ? ordered("tags", List.of("raises-exception")) : Map.of()));
            } else if (c.isCode()) {
                rendered.add(markdownCell(id, "Shown only, not run by the workbook:\n\n```java\n" + c.text() + "\n```"));
            } else {
                rendered.add(markdownCell(id, c.text()));
            }
        }
        Map<String, Object> notebook = new LinkedHashMap<>();
        notebook.put("cells", rendered);
        notebook.put("metadata", ordered(
                "kernelspec", ordered("display_name", KERNEL_DISPLAY_NAME, "language", "java", "name", KERNEL_NAME),
                "language_info", ordered("name", "java"),
                "workbook", ordered("chapter", chapter.id(), "generated_from", chapter.sourcePath(),
                        "regenerate", ChapterExport.REGENERATE_COMMAND)));
        notebook.put("nbformat", 4);
        notebook.put("nbformat_minor", 5);
        return Json.write(notebook);
    }

    private static final String NOTE_START = "*Exercise ";
    private static final String NOTE_END = " above: run them before the cells below (Run All does).*";

    private static boolean isNote(Map<String, Object> cell) {
        return "markdown".equals(cell.get("cell_type")) && String.join("", (List<String>) cell.get("source")).startsWith(NOTE_START);
    }

    /** "uses the cell `a` above" and "uses the cell `b` above" make "uses the cells `a` and `b` above". */
    @SuppressWarnings("unchecked")
    private static String mergeNotes(Map<String, Object> first, Map<String, Object> second) {
        String a = String.join("", (List<String>) first.get("source"));
        String b = String.join("", (List<String>) second.get("source"));
        String names = a.substring(a.indexOf('`'), a.lastIndexOf('`') + 1).replace(" and ", ", ");
        String more = b.substring(b.indexOf('`'), b.lastIndexOf('`') + 1);
        return a.substring(0, a.indexOf(" also uses ")) + " also uses the cells " + names + " and " + more + NOTE_END;
    }

    /** counters[0]: setup cells seen, counters[1]: parts seen, for this exercise. */
    private static Map<String, Object> exerciseCell(String id, Cell c, ExerciseSource ex, int[] counters) {
        switch (c.options().role()) {
            case SETUP -> {
                ExerciseSource.Setup s = ex.setup().get(counters[0]++);
                if (s.shownAbove()) {
                    return markdownCell(id, NOTE_START + ex.id() + " also uses the cell `" + s.include()
                            + "` above: run it before the cells below (Run All does).*");
                }
                return codeCell(id, s.code(), workbook(ordered("exercise", ex.id(), "role", "setup")));
            }
            case SOLUTION -> {
                int part = ++counters[1];
                return codeCell(id, c.text(), workbook(ordered("exercise", ex.id(), "part", part, "role", "solution")));
            }
            default -> {
                Map<String, Object> metadata = ordered("deletable", false, "editable", false,
                        "workbook", ordered("exercise", ex.id(), "role", "check"));
                return codeCell(id, checkCell(ex), metadata);
            }
        }
    }

    /** The check cell: the driver inside Exercises.check, which runs it on a throwaway copy of the exercise's data. */
    public static String checkCell(ExerciseSource ex) {
        StringBuilder sb = new StringBuilder();
        sb.append("// Checks the cells above on a throwaway copy of the data; edit those cells, not this one.\n");
        sb.append("Exercises.check(\"").append(ex.id()).append("\", () -> {\n");
        for (String l : ex.driver().text().split("\n", -1)) {
            sb.append(l.isEmpty() ? "" : "    " + l).append('\n');
        }
        return sb.append("});").toString();
    }

    private static Map<String, Object> workbook(Map<String, Object> inner) {
        return ordered("workbook", inner);
    }

    private static Map<String, Object> markdownCell(String id, String text) {
        NotebookMarkdown.Rendered r = NotebookMarkdown.render(id, text); // links and diagrams: see NotebookMarkdown
        Map<String, Object> cell = r.attachments().isEmpty() ? new LinkedHashMap<>() : ordered("attachments", r.attachments());
        cell.putAll(ordered("cell_type", "markdown", "id", id, "metadata", Map.of(), "source", source(r.text())));
        return cell;
    }

    private static Map<String, Object> codeCell(String id, String text, Map<String, Object> metadata) {
        Map<String, Object> cell = ordered("cell_type", "code", "execution_count", null, "id", id, "metadata", metadata);
        cell.put("outputs", List.of());
        cell.put("source", source(text));
        return cell;
    }

    /** Jupyter's multi-line string form: a list of lines, each but the last ending in a newline. */
    static List<String> source(String text) {
        String[] lines = text.split("\n", -1);
        if (lines.length == 1 && lines[0].isEmpty()) {
            return List.of();
        }
        List<String> out = new ArrayList<>(lines.length);
        for (int i = 0; i < lines.length; i++) {
            out.add(i < lines.length - 1 ? lines[i] + "\n" : lines[i]);
        }
        return out;
    }

    /** A map that keeps the order its keys are given in (Jupyter's files list keys sorted; callers pass them so). */
    static Map<String, Object> ordered(Object... keysAndValues) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            m.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return m;
    }
}
