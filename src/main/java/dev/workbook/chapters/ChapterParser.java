package dev.workbook.chapters;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a chapter's Markdown: text outside ```java fences becomes Markdown cells (split at "---" lines and
 * before each code cell); each ```java fence becomes a code cell. Other fences (sql, sh, text, mermaid)
 * stay inside the Markdown.
 */
public final class ChapterParser {
    static final Pattern FILE_NAME = Pattern.compile("(\\d{2})-([a-z0-9]+(?:-[a-z0-9]+)*)\\.md");
    private static final Pattern FENCE = Pattern.compile("^(`{3,}|~{3,})\\s*([^`]*)$");

    private ChapterParser() {
    }

    /** Parses one chapter; {@code fileName} is "NN-slug.md". */
    public static Chapter parse(String fileName, String text) {
        Matcher m = FILE_NAME.matcher(fileName);
        if (!m.matches()) {
            throw ChapterSourceException.at(fileName, "a chapter file must be named NN-slug.md",
                    "rename it, e.g. 05-querying.md");
        }
        String id = fileName.substring(0, fileName.length() - 3);
        List<Cell> cells = new ArrayList<>();
        String[] lines = text.replace("\r\n", "\n").split("\n", -1);
        StringBuilder md = new StringBuilder();
        int mdStart = 1;
        int i = 0;
        while (i < lines.length) {
            String line = lines[i];
            Matcher f = FENCE.matcher(line);
            if (f.matches()) {
                String fence = f.group(1);
                String info = f.group(2).trim();
                int close = closingFence(lines, i + 1, fence);
                if (close < 0) {
                    throw ChapterSourceException.at(id + ".md:" + (i + 1), "code fence is never closed",
                            "add a line with " + fence + " after the block");
                }
                String lang = info.isEmpty() ? "" : info.split("\\s+", 2)[0];
                if (lang.equals("java")) {
                    flushMarkdown(cells, md, id, mdStart);
                    String where = id + ".md:" + (i + 1);
                    CellOptions opts = CellOptions.parse(info.substring(4), where);
                    String code = join(lines, i + 1, close);
                    checkCode(code, opts, where);
                    cells.add(new Cell(Cell.Kind.CODE, code, opts, id, i + 2));
                    mdStart = close + 2;
                } else {
                    for (int k = i; k <= close; k++) {
                        md.append(lines[k]).append('\n');
                    }
                }
                i = close + 1;
                continue;
            }
            if (line.strip().equals("---")) {
                flushMarkdown(cells, md, id, mdStart);
                mdStart = i + 2;
            } else {
                if (md.length() == 0 && line.isBlank()) {
                    mdStart = i + 2;
                } else {
                    md.append(line).append('\n');
                }
            }
            i++;
        }
        flushMarkdown(cells, md, id, mdStart);
        return new Chapter(id, m.group(1), m.group(2), title(cells, id), cells);
    }

    private static int closingFence(String[] lines, int from, String fence) {
        char c = fence.charAt(0);
        for (int k = from; k < lines.length; k++) {
            String s = lines[k].strip();
            if (s.length() >= fence.length() && s.chars().allMatch(ch -> ch == c)) {
                return k;
            }
        }
        return -1;
    }

    private static void checkCode(String code, CellOptions opts, String where) {
        if (opts.include() != null && !code.isBlank()) {
            throw ChapterSourceException.at(where, "an include= cell must be empty (its code comes from " + opts.include() + ")",
                    "delete the code inside the fence, or drop include=");
        }
        if (opts.include() != null && opts.name() != null) {
            throw ChapterSourceException.at(where, "an include= cell cannot also have a name",
                    "name the original cell instead");
        }
        if (opts.include() == null && code.isBlank()) {
            throw ChapterSourceException.at(where, "empty java cell", "write code in it or delete it");
        }
        for (String l : code.split("\n")) {
            if (l.strip().startsWith("package ")) {
                throw ChapterSourceException.at(where, "package declarations are rejected by JShell",
                        "delete the package line");
            }
        }
    }

    private static String join(String[] lines, int from, int to) {
        StringBuilder sb = new StringBuilder();
        for (int k = from; k < to; k++) {
            sb.append(lines[k]).append('\n');
        }
        return sb.toString().stripTrailing();
    }

    private static void flushMarkdown(List<Cell> cells, StringBuilder md, String id, int startLine) {
        String text = md.toString().strip();
        md.setLength(0);
        if (!text.isEmpty()) {
            cells.add(new Cell(Cell.Kind.MARKDOWN, text, CellOptions.NONE, id, startLine));
        }
    }

    private static String title(List<Cell> cells, String id) {
        for (Cell c : cells) {
            if (c.kind() == Cell.Kind.MARKDOWN) {
                for (String l : c.text().split("\n")) {
                    if (l.startsWith("# ")) {
                        return l.substring(2).strip();
                    }
                }
            }
        }
        throw ChapterSourceException.at(id + ".md", "no title", "start the chapter with a line '# Title'");
    }
}
