package dev.workbook.sql;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a script into statements at semicolons that are not inside quotes, backquotes or comments,
 * so that scripts pasted from the mysql client run as they would there.
 */
public final class StatementSplitter {
    private StatementSplitter() {
    }

    public static List<String> split(String script) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        int i = 0;
        int n = script.length();
        while (i < n) {
            char c = script.charAt(i);
            if (c == '\'' || c == '"' || c == '`') {
                int end = closing(script, i, c);
                cur.append(script, i, end);
                i = end;
            } else if (c == '-' && i + 2 <= n && script.startsWith("--", i)
                    && (i + 2 == n || Character.isWhitespace(script.charAt(i + 2)))
                    || c == '#') {
                int end = script.indexOf('\n', i);
                i = end < 0 ? n : end + 1;
                cur.append('\n');
            } else if (c == '/' && script.startsWith("/*", i)) {
                int end = script.indexOf("*/", i + 2);
                i = end < 0 ? n : end + 2;
                cur.append(' ');
            } else if (c == ';') {
                add(out, cur);
                i++;
            } else {
                cur.append(c);
                i++;
            }
        }
        add(out, cur);
        return out;
    }

    /** Index just past the closing quote, honouring backslash escapes and doubled quotes. */
    private static int closing(String s, int start, char q) {
        int i = start + 1;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == '\\' && q != '`') {
                i += 2;
            } else if (c == q) {
                if (i + 1 < s.length() && s.charAt(i + 1) == q) {
                    i += 2;
                } else {
                    return i + 1;
                }
            } else {
                i++;
            }
        }
        return s.length();
    }

    private static void add(List<String> out, StringBuilder cur) {
        String s = cur.toString().strip();
        if (!s.isEmpty()) {
            out.add(s);
        }
        cur.setLength(0);
    }
}
