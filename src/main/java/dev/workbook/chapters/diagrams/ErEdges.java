package dev.workbook.chapters.diagrams;

/**
 * A relationship line between two entity boxes, with crow's-foot ends: {@code |} one, {@code o} zero (optional),
 * a three-pronged foot many. Boxes in different columns join side to side (a bend halfway when their middles differ);
 * boxes of one column join bottom to top.
 */
final class ErEdges {
    private ErEdges() {
    }

    static void draw(Svg svg, ErDiagram.Entity a, ErDiagram.Entity b, ErDiagram.Relation r) {
        boolean dashed = !r.identifying();
        if (a.column == b.column) {
            ErDiagram.Entity top = a.y <= b.y ? a : b;
            ErDiagram.Entity bottom = top == a ? b : a;
            double x = top.x + Math.min(top.width(), bottom.width()) / 2;
            double y1 = top.y + top.height();
            double y2 = bottom.y;
            svg.line(x, y1, x, y2, dashed);
            end(svg, x, y1, 0, 1, top == a ? r.leftCard() : r.rightCard());
            end(svg, x, y2, 0, -1, top == a ? r.rightCard() : r.leftCard());
            label(svg, x + 8, (y1 + y2) / 2, r.label(), "start");
            return;
        }
        ErDiagram.Entity left = a.column < b.column ? a : b;
        ErDiagram.Entity right = left == a ? b : a;
        double x1 = left.x + left.width();
        double y1 = left.y + left.height() / 2;
        double x2 = right.x;
        double y2 = right.y + right.height() / 2;
        double mid = x2 - ErDiagram.HGAP / 2;
        if (Math.abs(y1 - y2) < 0.5) {
            svg.line(x1, y1, x2, y2, dashed);
        } else {
            svg.line(x1, y1, mid, y1, dashed).line(mid, y1, mid, y2, dashed).line(mid, y2, x2, y2, dashed);
        }
        end(svg, x1, y1, 1, 0, left == a ? r.leftCard() : r.rightCard());
        end(svg, x2, y2, -1, 0, left == a ? r.rightCard() : r.leftCard());
        label(svg, mid, Math.min(y1, y2) + (Math.abs(y1 - y2) < 0.5 ? -6 : Math.abs(y1 - y2) / 2 + 4), r.label(), "middle");
    }

    /** The cardinality mark at a box edge (x, y), the line leaving the box in direction (dx, dy). */
    private static void end(Svg svg, double x, double y, int dx, int dy, String card) {
        boolean many = card.contains("{") || card.contains("}");
        boolean zero = card.contains("o");
        double px = -dy;
        double py = dx; // perpendicular
        if (many) {
            double fx = x + dx * 14;
            double fy = y + dy * 14;
            svg.line(fx, fy, x + px * 7, y + py * 7, false).line(fx, fy, x - px * 7, y - py * 7, false).line(fx, fy, x, y, false);
        } else {
            bar(svg, x + dx * 8, y + dy * 8, px, py);
        }
        if (zero) {
            svg.circle(x + dx * 22, y + dy * 22, 4.5);
        } else {
            bar(svg, x + dx * (many ? 20 : 14), y + dy * (many ? 20 : 14), px, py);
        }
    }

    private static void bar(Svg svg, double x, double y, double px, double py) {
        svg.line(x + px * 7, y + py * 7, x - px * 7, y - py * 7, false);
    }

    private static void label(Svg svg, double x, double y, String text, String anchor) {
        if (text.isEmpty()) {
            return;
        }
        double w = Svg.width(text);
        double left = anchor.equals("middle") ? x - w / 2 : x;
        svg.rect(left - 3, y - Svg.FONT + 1, w + 6, Svg.FONT + 4, "#fff", "none");
        svg.text(x, y, text, anchor, false);
    }
}
