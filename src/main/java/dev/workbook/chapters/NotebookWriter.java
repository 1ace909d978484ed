package dev.workbook.chapters;

import dev.workbook.json.Json;
import java.util.ArrayList;
import java.util.List;

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
        List<String> rendered = new ArrayList<>();
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
        return "{\n \"cells\": [\n" + String.join(",\n", rendered) + "\n ],\n"
                + " \"metadata\": {\n"
                + "  \"kernelspec\": {\n"
                + "   \"display_name\": " + Json.string(KERNEL_DISPLAY_NAME) + ",\n"
                + "   \"language\": \"java\",\n"
                + "   \"name\": " + Json.string(KERNEL_NAME) + "\n"
                + "  },\n"
                + "  \"language_info\": {\n"
                + "   \"name\": \"java\"\n"
                + "  },\n"
                + "  \"workbook\": {\n"
                + "   \"chapter\": " + Json.string(chapter.id()) + ",\n"
                + "   \"generated_from\": " + Json.string(chapter.sourcePath()) + ",\n"
                + "   \"regenerate\": " + Json.string(ChapterExport.REGENERATE_COMMAND) + "\n"
                + "  }\n"
                + " },\n"
                + " \"nbformat\": 4,\n"
                + " \"nbformat_minor\": 5\n"
                + "}\n";
    }

    private static String markdownCell(String id, String text) {
        return "  {\n"
                + "   \"cell_type\": \"markdown\",\n"
                + "   \"id\": " + Json.string(id) + ",\n"
                + "   \"metadata\": {},\n"
                + "   \"source\": " + source(text) + "\n"
                + "  }";
    }

    private static String codeCell(String id, Cell c) {
        String metadata = c.options().expectsFailure()
                ? "{\n    \"tags\": [\n     \"raises-exception\"\n    ]\n   }"
                : "{}";
        return "  {\n"
                + "   \"cell_type\": \"code\",\n"
                + "   \"execution_count\": null,\n"
                + "   \"id\": " + Json.string(id) + ",\n"
                + "   \"metadata\": " + metadata + ",\n"
                + "   \"outputs\": [],\n"
                + "   \"source\": " + source(c.text()) + "\n"
                + "  }";
    }

    /** Jupyter's multi-line string form: a list of lines, each but the last ending in a newline. */
    private static String source(String text) {
        String[] lines = text.split("\n", -1);
        if (lines.length == 1 && lines[0].isEmpty()) {
            return "[]";
        }
        StringBuilder sb = new StringBuilder("[\n");
        for (int i = 0; i < lines.length; i++) {
            String line = i < lines.length - 1 ? lines[i] + "\n" : lines[i];
            sb.append("    ").append(Json.string(line)).append(i < lines.length - 1 ? ",\n" : "\n");
        }
        return sb.append("   ]").toString();
    }
}
