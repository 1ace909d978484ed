package dev.workbook.chapters;

import dev.workbook.chapters.diagrams.MermaidSvg;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Markdown cell's text as it goes into a notebook, two changes from the chapter source:
 * <ul>
 * <li>Links to another chapter's source ({@code 07-filtering-ordering-paging.md}) point at its notebook. Other
 *     relative links are written as the notebook sees them: pages under {@code ../troubleshooting/}, {@code ../README.md}.
 *     Notebooks live in {@code notebooks/} beside {@code troubleshooting/} and the README, in the project and in the
 *     student's copy that {@code workbook notebook} serves, so they open on GitHub and inside Jupyter alike.</li>
 * <li>Each {@code mermaid} block becomes an SVG image, drawn now from the same text ({@link MermaidSvg}) and carried
 *     as a cell attachment, so it shows with no network and no Mermaid support; the Mermaid text follows, folded,
 *     for tools that render it.</li>
 * </ul>
 */
final class NotebookMarkdown {
    private static final Pattern CHAPTER_LINK = Pattern.compile("\\]\\((?:\\./)?(\\d{2}-[a-z0-9-]+)\\.md(#[^)]*)?\\)");
    private static final Pattern MERMAID = Pattern.compile("(?m)^```mermaid[ \\t]*\\n(.*?)\\n```[ \\t]*$", Pattern.DOTALL);

    record Rendered(String text, Map<String, Object> attachments) {
    }

    private NotebookMarkdown() {
    }

    /** {@code where} names the chapter and cell (attachment names and error messages). */
    static Rendered render(String where, String markdown) {
        String text = CHAPTER_LINK.matcher(markdown).replaceAll("]($1.ipynb$2)");
        Map<String, Object> attachments = new LinkedHashMap<>();
        Matcher m = MERMAID.matcher(text);
        StringBuilder out = new StringBuilder();
        int n = 0;
        while (m.find()) {
            String source = m.group(1);
            String svg;
            try {
                svg = MermaidSvg.render(source);
            } catch (IllegalArgumentException e) {
                throw ChapterSourceException.at(where, e.getMessage(),
                        "use the erDiagram or sequenceDiagram forms the other chapters use, or teach chapters.diagrams the new form");
            }
            String name = where.replaceAll("[^A-Za-z0-9-]", "-") + "-diagram-" + (++n) + ".svg";
            // a list of lines, as nbformat writes text MIME types (so saving in Jupyter changes nothing)
            attachments.put(name, Map.of("image/svg+xml", java.util.List.of(Base64.getEncoder().encodeToString(svg.getBytes(StandardCharsets.UTF_8)))));
            String replacement = "![" + MermaidSvg.describe(source) + "](attachment:" + name + ")\n\n"
                    + "<details><summary>The diagram's Mermaid source</summary>\n\n```mermaid\n" + source + "\n```\n\n</details>";
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        return new Rendered(out.toString(), attachments);
    }
}
