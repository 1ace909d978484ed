package dev.workbook.chapters.diagrams;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Mermaid's {@code erDiagram}, the part the chapters use: entity blocks of {@code type name [PK, FK, UK] ["comment"]}
 * and relationships {@code a ||--o{ b : label}}. Layout: entities joined by relationships go left to right in
 * breadth-first order from the first one named (a column per step), entities of a column stack top to bottom.
 */
final class ErDiagram {
    /** {@code left |o--o{ right : label}: left ends are |o || }o }|, right ends o| || o{ |{; -- solid, .. dashed. */
    private static final Pattern RELATION = Pattern.compile(
            "([\\w-]+)\\s+([|}][|o])(--|\\.\\.)([|o][|{])\\s+([\\w-]+)\\s*:\\s*(.+)");
    private static final Pattern OPEN = Pattern.compile("([\\w-]+)\\s*\\{");
    private static final Pattern ATTRIBUTE = Pattern.compile(
            "(\\S+)\\s+(\\S+)(?:\\s+((?:PK|FK|UK)(?:\\s*,\\s*(?:PK|FK|UK))*))?(?:\\s+\"([^\"]*)\")?");
    static final double ROW = 22;
    static final double HEADER = 28;
    static final double PAD = 8;
    static final double HGAP = 140;
    static final double VGAP = 40;
    static final double MARGIN = 20;

    record Attribute(String type, String name, String keys, String comment) {
    }

    record Relation(String left, String leftCard, boolean identifying, String rightCard, String right, String label) {
    }

    static final class Entity {
        final String name;
        final List<Attribute> attributes = new ArrayList<>();
        double x;
        double y;
        int column;

        Entity(String name) {
            this.name = name;
        }

        double[] widths() {
            double[] w = new double[4];
            for (Attribute a : attributes) {
                w[0] = Math.max(w[0], Svg.width(a.type()));
                w[1] = Math.max(w[1], Svg.width(a.name()));
                w[2] = Math.max(w[2], Svg.width(a.keys()));
                w[3] = Math.max(w[3], Svg.width(a.comment()));
            }
            return w;
        }

        double width() {
            double sum = 0;
            for (double c : widths()) {
                sum += c > 0 ? c + 2 * PAD : 0;
            }
            return Math.max(sum, Svg.width(name) + 4 * PAD);
        }

        double height() {
            return HEADER + attributes.size() * ROW + (attributes.isEmpty() ? 0 : 4);
        }
    }

    private final Map<String, Entity> entities = new LinkedHashMap<>();
    private final List<Relation> relations = new ArrayList<>();

    static ErDiagram parse(List<String> lines) {
        ErDiagram d = new ErDiagram();
        Entity open = null;
        for (String line : lines) {
            Matcher m;
            if (open != null) {
                if (line.equals("}")) {
                    open = null;
                } else if ((m = ATTRIBUTE.matcher(line)).matches()) {
                    open.attributes.add(new Attribute(m.group(1), m.group(2),
                            m.group(3) == null ? "" : m.group(3).replaceAll("\\s+", ""), m.group(4) == null ? "" : m.group(4)));
                } else {
                    throw new IllegalArgumentException("erDiagram: cannot read the attribute line: " + line);
                }
            } else if ((m = OPEN.matcher(line)).matches()) {
                open = d.entity(m.group(1));
            } else if ((m = RELATION.matcher(line)).matches()) {
                d.entity(m.group(1));
                d.entity(m.group(5));
                d.relations.add(new Relation(m.group(1), m.group(2), m.group(3).equals("--"), m.group(4), m.group(5),
                        m.group(6).strip().replaceAll("^\"|\"$", "")));
            } else {
                throw new IllegalArgumentException("erDiagram: cannot read the line: " + line);
            }
        }
        if (open != null) {
            throw new IllegalArgumentException("erDiagram: entity " + open.name + " has no closing }");
        }
        return d;
    }

    private Entity entity(String name) {
        return entities.computeIfAbsent(name, Entity::new);
    }

    /** Columns by breadth-first steps along relationships; separate groups side by side. */
    private List<List<Entity>> columns() {
        List<List<Entity>> columns = new ArrayList<>();
        Map<Entity, Boolean> placed = new LinkedHashMap<>();
        int offset = 0;
        for (Entity start : entities.values()) {
            if (placed.containsKey(start)) {
                continue;
            }
            Deque<Entity> queue = new ArrayDeque<>(List.of(start));
            start.column = offset;
            placed.put(start, true);
            int max = offset;
            while (!queue.isEmpty()) {
                Entity e = queue.removeFirst();
                max = Math.max(max, e.column);
                for (Relation r : relations) {
                    Entity other = r.left().equals(e.name) ? entities.get(r.right()) : r.right().equals(e.name) ? entities.get(r.left()) : null;
                    if (other != null && !placed.containsKey(other)) {
                        other.column = e.column + 1;
                        placed.put(other, true);
                        queue.addLast(other);
                    }
                }
            }
            offset = max + 1;
        }
        for (Entity e : entities.values()) {
            while (columns.size() <= e.column) {
                columns.add(new ArrayList<>());
            }
            columns.get(e.column).add(e);
        }
        return columns;
    }

    String svg() {
        List<List<Entity>> columns = columns();
        double tallest = 0;
        for (List<Entity> col : columns) {
            tallest = Math.max(tallest, col.stream().mapToDouble(Entity::height).sum() + VGAP * (col.size() - 1));
        }
        double x = MARGIN;
        double right = 0;
        for (List<Entity> col : columns) {
            double colWidth = col.stream().mapToDouble(Entity::width).max().orElse(0);
            double height = col.stream().mapToDouble(Entity::height).sum() + VGAP * (col.size() - 1);
            double y = MARGIN + (tallest - height) / 2;
            for (Entity e : col) {
                e.x = x;
                e.y = y;
                y += e.height() + VGAP;
            }
            right = x + colWidth;
            x += colWidth + HGAP;
        }
        Svg svg = new Svg();
        for (Relation r : relations) {
            ErEdges.draw(svg, entities.get(r.left()), entities.get(r.right()), r);
        }
        for (Entity e : entities.values()) {
            drawEntity(svg, e);
        }
        String title = "Entity-relationship diagram: " + String.join(", ", entities.keySet());
        return svg.document(right + MARGIN, tallest + 2 * MARGIN, title);
    }

    private static void drawEntity(Svg svg, Entity e) {
        double w = e.width();
        svg.rect(e.x, e.y, w, e.height(), "#fff", "#333");
        svg.rect(e.x, e.y, w, HEADER, "#e8eef7", "#333");
        svg.text(e.x + w / 2, e.y + HEADER / 2 + Svg.FONT * 0.35, e.name, "middle", true);
        double[] widths = e.widths();
        double y = e.y + HEADER;
        for (Attribute a : e.attributes) {
            double cx = e.x;
            String[] cells = {a.type(), a.name(), a.keys(), a.comment()};
            for (int i = 0; i < 4; i++) {
                if (widths[i] > 0) {
                    svg.text(cx + PAD, y + ROW / 2 + Svg.FONT * 0.35 + 2, cells[i], "start", i == 1 && a.keys().contains("PK"));
                    cx += widths[i] + 2 * PAD;
                }
            }
            y += ROW;
        }
    }
}
