package dev.workbook.chapters;

import dev.workbook.errors.WorkbookException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The stub file {@code notebooks/exercises/ID.jsh}: header comments, the setup code, each solution part between a
 * "&gt;&gt;&gt; your solution, part N of M" line and an "&lt;&lt;&lt; end of part N" line, then the same check call a
 * notebook's check cell makes (so plain {@code jshell} checks the file the way a notebook does). A check takes only the
 * parts from the student's file; setup and driver always come from the workbook's own copy.
 */
public final class ExerciseJsh {
    static final Pattern BEGIN = Pattern.compile("^\\s*// >>> your solution, part (\\d+) of (\\d+)\\b.*$");
    static final Pattern END = Pattern.compile("^\\s*// <<< end of part (\\d+)\\s*$");

    /** One part as the student's file has it: its text and the file line its first line is on (1-based). */
    public record Part(int number, String code, int firstLine) {
    }

    private ExerciseJsh() {
    }

    public static String beginMarker(int part, int of) {
        return "// >>> your solution, part " + part + " of " + of + ": edit between this line and the matching \"end\" line";
    }

    public static String endMarker(int part) {
        return "// <<< end of part " + part;
    }

    /** The stub with the chapter's own parts (a reference is the same with the parts solved). */
    public static String write(ExerciseSource ex) {
        List<String> parts = ex.parts().stream().map(Cell::text).toList();
        return write(ex, parts);
    }

    /** The file with these parts between the markers. */
    public static String write(ExerciseSource ex, List<String> parts) {
        StringBuilder sb = new StringBuilder();
        Chapter ch = ex.chapter();
        sb.append("// Exercise ").append(ex.id()).append(": the task is at the end of chapter ").append(ch.id())
                .append(" (notebooks/").append(ch.id()).append(".ipynb).\n");
        sb.append("// Generated from ").append(ch.sourcePath()).append(" by ").append(ChapterExport.REGENERATE_COMMAND).append(".\n");
        sb.append("// Write your solution only between the \">>> your solution\" and \"<<< end\" lines (each // TODO: marks a place):\n");
        sb.append("// a check takes those parts from this file and everything else from the workbook's own copy.\n");
        sb.append("// Check it in one step:   ").append(ex.checkCommand()).append("      (or keep it checked on every save: ./workbook watch)\n");
        sb.append("// Hints: ./workbook exercises hint ").append(ex.id()).append("      Start again: ./workbook reset ").append(ex.id())
                .append('\n');
        sb.append('\n');
        for (ExerciseSource.Setup s : ex.setup()) {
            if (s.include() != null) {
                sb.append("// from chapter ").append(s.include()).append('\n');
            }
            sb.append(s.code()).append("\n\n");
        }
        for (int i = 0; i < parts.size(); i++) {
            sb.append(beginMarker(i + 1, parts.size())).append('\n');
            sb.append(parts.get(i).strip().isEmpty() ? "" : parts.get(i).stripTrailing() + "\n");
            sb.append(endMarker(i + 1)).append("\n\n");
        }
        sb.append("// The check: ./workbook check runs the same code in a JVM of its own; plain jshell runs it here.\n");
        sb.append(NotebookWriter.checkCell(ex).lines().skip(1).reduce((a, b) -> a + "\n" + b).orElse("")).append('\n');
        return sb.append("/exit\n").toString();
    }

    /**
     * The parts of a student's file, in order. Markers that are missing, out of order or for another number of parts
     * are bad input naming the line, since the check could not tell the student's code from the rest.
     */
    public static List<Part> parts(String text, int expected, String file) {
        String[] lines = text.split("\n", -1);
        List<Part> parts = new ArrayList<>();
        int open = -1;
        int openLine = -1;
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].endsWith("\r") ? lines[i].substring(0, lines[i].length() - 1) : lines[i];
            Matcher b = BEGIN.matcher(line);
            Matcher e = END.matcher(line);
            if (b.matches()) {
                int n = Integer.parseInt(b.group(1));
                if (open >= 0) {
                    throw bad(file, i + 1, "part " + open + " has no end line before part " + n + " begins",
                            "put back the line: " + endMarker(open));
                }
                if (n != parts.size() + 1 || Integer.parseInt(b.group(2)) != expected) {
                    throw bad(file, i + 1, "expected the start of part " + (parts.size() + 1) + " of " + expected,
                            "put back the line: " + beginMarker(parts.size() + 1, expected));
                }
                open = n;
                openLine = i + 2;
                body.setLength(0);
            } else if (e.matches()) {
                int n = Integer.parseInt(e.group(1));
                if (open != n) {
                    throw bad(file, i + 1, "an end line for part " + n + " where none is open",
                            open < 0 ? "put back the line: " + beginMarker(n, expected) + " above its code"
                                    : "put back the line: " + endMarker(open));
                }
                String code = body.length() == 0 ? "" : body.substring(0, body.length() - 1);
                parts.add(new Part(n, code, openLine));
                open = -1;
            } else if (open >= 0) {
                body.append(line).append('\n');
            }
        }
        if (open >= 0) {
            throw bad(file, openLine - 1, "part " + open + " has no end line", "put back the line: " + endMarker(open));
        }
        if (parts.size() != expected) {
            throw bad(file, lines.length, "found " + parts.size() + " of the " + expected + " marked parts",
                    "put back the lines: " + beginMarker(parts.size() + 1, expected) + " ... " + endMarker(parts.size() + 1)
                            + " around your code (or start again: ./workbook reset ID)");
        }
        return parts;
    }

    private static WorkbookException bad(String file, int line, String what, String next) {
        return WorkbookException.badInput("the exercise file's solution markers are damaged: " + what)
                .value(file + ":" + line).next(next).build();
    }
}
