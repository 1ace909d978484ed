package dev.workbook.chapters;

import dev.workbook.json.Json;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes a chapter as a Jupyter notebook (nbformat 4.5): no outputs, no execution counts, no magics, and a
 * kernelspec naming the workbook's Java kernel. Laid out as Jupyter saves files (indent 1, sorted keys) so
 * that opening and saving a notebook changes little. Cells that fail on purpose carry the
 * "raises-exception" tag, so "Run All" in JupyterLab goes on past them.
 */
public final class NotebookWriter {
    static final String KERNEL_NAME = "workbook-java";
    static final String KERNEL_DISPLAY_NAME = "Java (workbook)";

    private NotebookWriter() {
    }

    public static String write(Chapter chapter, List<Cell> cells) {
        List<Map<String, Object>> rendered = new ArrayList<>();
        int n = 0;
        for (Cell c : cells) {
            n++;
            String id = chapter.number() + "-c" + String.format("%02d", n);
            if (c.runs()) {
                rendered.add(codeCell(id, c));
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

    private static Map<String, Object> markdownCell(String id, String text) {
        NotebookMarkdown.Rendered r = NotebookMarkdown.render(id, text); // links and diagrams: see NotebookMarkdown
        Map<String, Object> cell = r.attachments().isEmpty() ? new LinkedHashMap<>() : ordered("attachments", r.attachments());
        cell.putAll(ordered("cell_type", "markdown", "id", id, "metadata", Map.of(), "source", source(r.text())));
        return cell;
    }

    private static Map<String, Object> codeCell(String id, Cell c) {
        Map<String, Object> metadata = c.options().expectsFailure() ? ordered("tags", List.of("raises-exception")) : Map.of();
        Map<String, Object> cell = ordered("cell_type", "code", "execution_count", null, "id", id, "metadata", metadata);
        cell.put("outputs", List.of());
        cell.put("source", source(c.text()));
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
