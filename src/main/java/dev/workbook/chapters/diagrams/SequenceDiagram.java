package dev.workbook.chapters.diagrams;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Mermaid's {@code sequenceDiagram}, the part the chapters use: {@code participant X as Label}, messages
 * {@code A->>B: text} (solid, arrow), {@code A-->>B: text} (dashed, arrow), {@code A->B} / {@code A-->B} (no arrow
 * head), and {@code Note over|left of|right of A[,B]: text}. One row per message or note, top to bottom.
 */
final class SequenceDiagram {
    private static final Pattern PARTICIPANT = Pattern.compile("(?:participant|actor)\\s+([\\w-]+)(?:\\s+as\\s+(.+))?");
    private static final Pattern MESSAGE = Pattern.compile("([\\w]+?)\\s*(-->>|->>|-->|->)\\s*([\\w-]+)\\s*:\\s*(.*)");
    private static final Pattern NOTE = Pattern.compile("[Nn]ote\\s+(over|left of|right of)\\s+([\\w-]+)(?:\\s*,\\s*([\\w-]+))?\\s*:\\s*(.*)");
    private static final double MARGIN = 20;
    private static final double BOX_H = 34;
    private static final double ROW_H = 42;
    private static final double MIN_GAP = 150;

    record Step(String from, String to, String arrow, String text, String notePlace) {
        boolean isNote() {
            return notePlace != null;
        }
    }

    private final Map<String, String> participants = new LinkedHashMap<>();
    private final List<Step> steps = new ArrayList<>();

    static SequenceDiagram parse(List<String> lines) {
        SequenceDiagram d = new SequenceDiagram();
        for (String line : lines) {
            Matcher m;
            if ((m = PARTICIPANT.matcher(line)).matches()) {
                d.participants.put(m.group(1), m.group(2) == null ? m.group(1) : m.group(2).strip());
            } else if ((m = MESSAGE.matcher(line)).matches()) {
                d.participants.putIfAbsent(m.group(1), m.group(1));
                d.participants.putIfAbsent(m.group(3), m.group(3));
                d.steps.add(new Step(m.group(1), m.group(3), m.group(2), m.group(4).strip(), null));
            } else if ((m = NOTE.matcher(line)).matches()) {
                d.participants.putIfAbsent(m.group(2), m.group(2));
                String to = m.group(3) == null ? m.group(2) : m.group(3);
                d.participants.putIfAbsent(to, to);
                d.steps.add(new Step(m.group(2), to, null, m.group(4).strip(), m.group(1)));
            } else {
                throw new IllegalArgumentException("sequenceDiagram: cannot read the line: " + line);
            }
        }
        return d;
    }

    String svg() {
        List<String> ids = new ArrayList<>(participants.keySet());
        double gap = MIN_GAP;
        for (String label : participants.values()) {
            gap = Math.max(gap, Svg.width(label) + 40);
        }
        for (Step s : steps) {
            int span = Math.max(1, Math.abs(ids.indexOf(s.to()) - ids.indexOf(s.from())));
            gap = Math.max(gap, (Svg.width(s.text()) + 30) / (s.isNote() && span == 0 ? 1 : span));
        }
        double[] x = new double[ids.size()];
        double firstHalf = Math.max(Svg.width(participants.get(ids.get(0))) / 2 + 16, gap / 2);
        for (int i = 0; i < x.length; i++) {
            x[i] = MARGIN + firstHalf + i * gap;
        }
        double bottom = MARGIN + BOX_H + 20 + steps.size() * ROW_H;
        double width = x[x.length - 1] + firstHalf + MARGIN;
        Svg svg = new Svg();
        for (int i = 0; i < ids.size(); i++) {
            svg.line(x[i], MARGIN + BOX_H, x[i], bottom, true);
            box(svg, x[i], MARGIN, participants.get(ids.get(i)));
            box(svg, x[i], bottom, participants.get(ids.get(i)));
        }
        double y = MARGIN + BOX_H + 20;
        for (Step s : steps) {
            double from = x[ids.indexOf(s.from())];
            double to = x[ids.indexOf(s.to())];
            if (s.isNote()) {
                note(svg, s, from, to, y, gap);
            } else {
                double lineY = y + ROW_H - 12;
                svg.line(from, lineY, to, lineY, s.arrow().startsWith("--"));
                if (s.arrow().endsWith(">>")) {
                    double dir = Math.signum(to - from);
                    svg.polygon(to, lineY, to - dir * 10, lineY - 5, to - dir * 10, lineY + 5);
                }
                svg.text((from + to) / 2, lineY - 7, s.text(), "middle", false);
            }
            y += ROW_H;
        }
        return svg.document(width, bottom + BOX_H + MARGIN, "Sequence diagram: " + String.join(", ", participants.values()));
    }

    private static void note(Svg svg, Step s, double from, double to, double y, double gap) {
        double w = Svg.width(s.text()) + 20;
        double left = switch (s.notePlace()) {
            case "left of" -> from - 12 - w;
            case "right of" -> from + 12;
            default -> (Math.min(from, to) + Math.max(from, to)) / 2 - Math.max(w, Math.abs(to - from) + 40) / 2;
        };
        double width = s.notePlace().equals("over") ? Math.max(w, Math.abs(to - from) + 40) : w;
        svg.rect(left, y + 6, width, ROW_H - 12, "#fff8c4", "#9a8a3a");
        svg.text(left + width / 2, y + ROW_H / 2 + Svg.FONT * 0.35, s.text(), "middle", false);
    }

    private static void box(Svg svg, double cx, double y, String label) {
        double w = Svg.width(label) + 24;
        svg.rect(cx - w / 2, y, w, BOX_H, "#e8eef7", "#333");
        svg.text(cx, y + BOX_H / 2 + Svg.FONT * 0.35, label, "middle", true);
    }
}
