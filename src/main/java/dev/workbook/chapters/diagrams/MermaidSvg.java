package dev.workbook.chapters.diagrams;

import java.util.List;

/** Draws a Mermaid diagram of the subsets the chapters use as SVG (see the package comment for why this exists). */
public final class MermaidSvg {
    private MermaidSvg() {
    }

    /** The SVG of this Mermaid source; an {@link IllegalArgumentException} names the line it cannot draw. */
    public static String render(String mermaid) {
        List<String> lines = mermaid.replace("\r\n", "\n").lines().map(String::strip)
                .filter(l -> !l.isEmpty() && !l.startsWith("%%")).toList();
        if (lines.isEmpty()) {
            throw new IllegalArgumentException("empty diagram");
        }
        return switch (lines.get(0)) {
            case "erDiagram" -> ErDiagram.parse(lines.subList(1, lines.size())).svg();
            case "sequenceDiagram" -> SequenceDiagram.parse(lines.subList(1, lines.size())).svg();
            default -> throw new IllegalArgumentException("only erDiagram and sequenceDiagram can be drawn at export time,"
                    + " not: " + lines.get(0));
        };
    }

    /** A short description for the image's alt text. */
    public static String describe(String mermaid) {
        String first = mermaid.strip().lines().findFirst().orElse("").strip();
        return first.equals("sequenceDiagram") ? "Sequence diagram" : "Entity-relationship diagram";
    }
}
