package dev.workbook.grading.report;

import java.util.List;
import java.util.Locale;

/** Bar charts as inline SVG: drawn by the browser from the page itself, no script, no network. */
final class Svg {
    static final int WIDTH = 320;
    static final int HEIGHT = 170;
    private static final int LEFT = 30;
    private static final int BOTTOM = 30;
    private static final int TOP = 12;

    private Svg() {
    }

    /** One bar per label, its count on top; {@code title} is read out by screen readers and shown as a tooltip. */
    static String bars(String title, List<String> labels, int[] counts, String xLabel) {
        int max = 1;
        for (int c : counts) {
            max = Math.max(max, c);
        }
        int n = Math.max(1, labels.size());
        double slot = (WIDTH - LEFT - 10) / (double) n;
        double barWidth = Math.max(2, slot * 0.75);
        int plotHeight = HEIGHT - BOTTOM - TOP;
        StringBuilder sb = new StringBuilder();
        sb.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" role=\"img\" width=\"").append(WIDTH)
                .append("\" height=\"").append(HEIGHT).append("\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(HEIGHT)
                .append("\" aria-label=\"").append(Html.esc(title)).append("\">\n<title>").append(Html.esc(title)).append("</title>\n");
        sb.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#888\"/>%n",
                LEFT, HEIGHT - BOTTOM, WIDTH - 5, HEIGHT - BOTTOM));
        for (int i = 0; i < labels.size(); i++) {
            double h = counts[i] * (double) plotHeight / max;
            double x = LEFT + i * slot + (slot - barWidth) / 2;
            double y = HEIGHT - BOTTOM - h;
            sb.append(String.format(Locale.ROOT,
                    "<rect class=\"bar\" x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"#4a78b5\"><title>%s: %d</title></rect>%n",
                    x, y, barWidth, h, Html.esc(labels.get(i)), counts[i]));
            if (counts[i] > 0) {
                sb.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" font-size=\"10\" text-anchor=\"middle\">%d</text>%n",
                        x + barWidth / 2, y - 2, counts[i]));
            }
            sb.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" font-size=\"10\" text-anchor=\"middle\">%s</text>%n",
                    x + barWidth / 2, HEIGHT - BOTTOM + 12, Html.esc(labels.get(i))));
        }
        sb.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" font-size=\"10\" text-anchor=\"middle\">%s</text>%n",
                (WIDTH + LEFT) / 2, HEIGHT - 4, Html.esc(xLabel)));
        return sb.append("</svg>").toString();
    }
}
