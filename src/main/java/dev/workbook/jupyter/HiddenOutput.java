package dev.workbook.jupyter;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds cell outputs that a browser would not show as the kernel meant: {@code text/html} with a tag no browser
 * knows ({@code <Student Sammy>}, an entity's toString read as markup), or HTML with no visible text where the
 * plain-text form has some. Run on every executed notebook, so CI sees what a student would (or would not) see.
 */
final class HiddenOutput {
    private static final Pattern TAG = Pattern.compile("<\\s*/?\\s*([A-Za-z][A-Za-z0-9-]*)");
    private static final Set<String> HTML = Set.of("a", "b", "br", "code", "div", "em", "hr", "i", "img", "li", "ol", "p",
            "pre", "span", "strong", "style", "table", "tbody", "td", "th", "thead", "tr", "ul", "h1", "h2", "h3", "h4",
            "details", "summary", "svg", "small", "sub", "sup", "tt", "caption", "col", "colgroup", "tfoot", "u", "s");

    private HiddenOutput() {
    }

    /** A description of the first hidden output, or null when every output shows what it holds. */
    static String find(List<Object> outputs) {
        for (Object o : outputs) {
            if (!(o instanceof Map<?, ?> out) || !(out.get("data") instanceof Map<?, ?> data)) {
                continue;
            }
            Object html = data.get("text/html");
            if (html == null) {
                continue;
            }
            String h = ExecutedNotebook.text(html);
            Matcher m = TAG.matcher(h);
            while (m.find()) {
                if (!HTML.contains(m.group(1).toLowerCase(java.util.Locale.ROOT))) {
                    return "an output a browser would hide: text/html holds <" + m.group(1) + "...>, read as an unknown tag,"
                            + " in: " + abbreviate(h);
                }
            }
            String visible = h.replaceAll("<[^>]*>", "").replaceAll("&\\w+;", "x").strip();
            String plain = data.get("text/plain") == null ? "" : ExecutedNotebook.text(data.get("text/plain")).strip();
            if (visible.isEmpty() && !plain.isEmpty()) {
                return "an output a browser would show empty: its text/html has no text, its text/plain is: " + abbreviate(plain);
            }
        }
        return null;
    }

    private static String abbreviate(String s) {
        String one = s.replaceAll("\\s+", " ");
        return one.length() > 160 ? one.substring(0, 160) + "..." : one;
    }
}
