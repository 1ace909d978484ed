package dev.workbook.chapters.diagrams;

import java.util.Locale;

/** A small SVG writer: monospaced text (so widths are known without fonts), numbers written the same everywhere. */
final class Svg {
    static final int FONT = 13;
    /** Width of one character of a monospaced font at {@link #FONT}, a little generous so text never overflows. */
    static final double CHAR = FONT * 0.62;
    static final String FONT_FAMILY = "DejaVu Sans Mono, Menlo, Consolas, Liberation Mono, monospace";
    private final StringBuilder body = new StringBuilder();

    static double width(String text) {
        return text.codePointCount(0, text.length()) * CHAR;
    }

    Svg rect(double x, double y, double w, double h, String fill, String stroke) {
        body.append("<rect x=\"").append(n(x)).append("\" y=\"").append(n(y)).append("\" width=\"").append(n(w))
                .append("\" height=\"").append(n(h)).append("\" fill=\"").append(fill).append("\" stroke=\"").append(stroke)
                .append("\"/>\n");
        return this;
    }

    Svg line(double x1, double y1, double x2, double y2, boolean dashed) {
        body.append("<line x1=\"").append(n(x1)).append("\" y1=\"").append(n(y1)).append("\" x2=\"").append(n(x2))
                .append("\" y2=\"").append(n(y2)).append("\" stroke=\"#333\"")
                .append(dashed ? " stroke-dasharray=\"6 4\"" : "").append("/>\n");
        return this;
    }

    Svg circle(double cx, double cy, double r) {
        body.append("<circle cx=\"").append(n(cx)).append("\" cy=\"").append(n(cy)).append("\" r=\"").append(n(r))
                .append("\" fill=\"#fff\" stroke=\"#333\"/>\n");
        return this;
    }

    Svg polygon(double... xy) {
        body.append("<polygon points=\"");
        for (int i = 0; i < xy.length; i += 2) {
            body.append(i == 0 ? "" : " ").append(n(xy[i])).append(',').append(n(xy[i + 1]));
        }
        body.append("\" fill=\"#333\"/>\n");
        return this;
    }

    /** Text whose baseline is at y; anchor "start", "middle" or "end". */
    Svg text(double x, double y, String text, String anchor, boolean bold) {
        body.append("<text x=\"").append(n(x)).append("\" y=\"").append(n(y)).append("\"")
                .append(anchor.equals("start") ? "" : " text-anchor=\"" + anchor + "\"")
                .append(bold ? " font-weight=\"bold\"" : "").append(">").append(escape(text)).append("</text>\n");
        return this;
    }

    String document(double w, double h, String title) {
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"" + n(w) + "\" height=\"" + n(h) + "\" viewBox=\"0 0 "
                + n(w) + " " + n(h) + "\" font-family=\"" + FONT_FAMILY + "\" font-size=\"" + FONT + "\">\n"
                + "<title>" + escape(title) + "</title>\n"
                + "<rect width=\"100%\" height=\"100%\" fill=\"#fff\"/>\n" + body + "</svg>\n";
    }

    static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    /** Numbers with at most one decimal, '.' as the separator on every machine. */
    static String n(double v) {
        double r = Math.round(v * 10) / 10.0;
        return r == Math.rint(r) ? String.valueOf((long) r) : String.format(Locale.ROOT, "%.1f", r);
    }
}
