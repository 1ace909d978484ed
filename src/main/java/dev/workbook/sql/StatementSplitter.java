package dev.workbook.sql;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Splits a script into statements the way the mysql client does, so that scripts and mysqldump files run as they
 * would there:
 * <ul>
 *   <li>at the delimiter (";" unless a {@code DELIMITER //} line changed it), never inside quotes, backquotes or
 *       comments;</li>
 *   <li>{@code \G} ends a statement and asks for the vertical layout, {@code \g} just ends it;</li>
 *   <li>{@code BEGIN … END} bodies of procedures, functions, triggers and events stay whole even with the ";"
 *       delimiter (JDBC users write them without DELIMITER lines);</li>
 *   <li>comments are dropped, except mysqldump's executable comments {@code /*!40101 … *&#47;} (and MariaDB's
 *       {@code /*M!…}) and optimizer hints {@code /*+ … *&#47;}, which the server reads;</li>
 *   <li>MariaDB's dump header {@code /*M!999999\- enable the sandbox mode *&#47;} is a command for the mariadb client,
 *       not the server, and is dropped.</li>
 * </ul>
 */
public final class StatementSplitter {
    private static final String SANDBOX = "/*M!999999\\-";

    private final String s;
    private final int n;
    private final List<SqlStatement> out = new ArrayList<>();
    private final StringBuilder cur = new StringBuilder();
    private final CompoundBody body = new CompoundBody();
    private String delimiter = ";";
    private int line = 1;
    private int startLine = -1;

    private StatementSplitter(String script) {
        this.s = script;
        this.n = script.length();
    }

    /** The statements' text, in order. */
    public static List<String> split(String script) {
        return statements(script).stream().map(SqlStatement::sql).toList();
    }

    /** The statements with the line each starts on and whether {@code \G} asked for the vertical layout. */
    public static List<SqlStatement> statements(String script) {
        StatementSplitter sp = new StatementSplitter(script);
        sp.run();
        return sp.out;
    }

    private void run() {
        int i = 0;
        while (i < n) {
            char c = s.charAt(i);
            if ((c == 'd' || c == 'D') && startLine < 0 && startsWithWord(i, "delimiter") && atLineStart(i)) {
                i = delimiterCommand(i);
            } else if (c == '\'' || c == '"' || c == '`') {
                int end = closing(i, c);
                append(i, end);
                i = end;
            } else if (c == '#' || c == '-' && s.startsWith("--", i) && (i + 2 == n || Character.isWhitespace(s.charAt(i + 2))
                    || Character.isISOControl(s.charAt(i + 2)))) {
                int end = s.indexOf('\n', i);
                i = end < 0 ? n : end;
            } else if (c == '/' && s.startsWith("/*", i)) {
                int end = s.indexOf("*/", i + 2);
                end = end < 0 ? n : end + 2;
                if (s.startsWith(SANDBOX, i)) {
                    countLines(i, end);
                } else if (s.startsWith("/*!", i) || s.startsWith("/*M!", i) || s.startsWith("/*+", i)) {
                    append(i, end); // the server runs these
                } else {
                    countLines(i, end);
                    cur.append(' ');
                }
                i = end;
            } else if (c == '\\' && i + 1 < n && (s.charAt(i + 1) == 'G' || s.charAt(i + 1) == 'g')) {
                finish(s.charAt(i + 1) == 'G');
                i += 2;
            } else if (s.startsWith(delimiter, i) && !body.open(delimiter)) {
                finish(false);
                i += delimiter.length();
            } else if (Character.isLetter(c) || c == '_') {
                int end = i;
                while (end < n && (Character.isLetterOrDigit(s.charAt(end)) || s.charAt(end) == '_' || s.charAt(end) == '$')) {
                    end++;
                }
                body.word(s.substring(i, end), startLine < 0);
                append(i, end);
                i = end;
            } else {
                append(i, i + 1);
                i++;
            }
        }
        finish(false);
    }

    /** "DELIMITER //" on a line of its own changes the delimiter; the line itself is not sent to the server. */
    private int delimiterCommand(int i) {
        int eol = s.indexOf('\n', i);
        eol = eol < 0 ? n : eol;
        String arg = s.substring(i + "delimiter".length(), eol).strip();
        int space = arg.indexOf(' ');
        String d = space < 0 ? arg : arg.substring(0, space);
        if (!d.isEmpty()) {
            delimiter = d;
        }
        cur.setLength(0);
        return eol;
    }

    private boolean atLineStart(int i) {
        for (int j = i - 1; j >= 0; j--) {
            char c = s.charAt(j);
            if (c == '\n') {
                return true;
            }
            if (c != ' ' && c != '\t' && c != '\r') {
                return false;
            }
        }
        return true;
    }

    private boolean startsWithWord(int i, String word) {
        return s.regionMatches(true, i, word, 0, word.length())
                && (i + word.length() == n || Character.isWhitespace(s.charAt(i + word.length())));
    }

    /** Index just past the closing quote, honouring backslash escapes and doubled quotes. */
    private int closing(int start, char q) {
        int i = start + 1;
        while (i < n) {
            char c = s.charAt(i);
            if (c == '\\' && q != '`') {
                i += 2;
            } else if (c == q) {
                if (i + 1 < n && s.charAt(i + 1) == q) {
                    i += 2;
                } else {
                    return i + 1;
                }
            } else {
                i++;
            }
        }
        return n;
    }

    private void append(int from, int to) {
        to = Math.min(to, n);
        for (int j = from; j < to; j++) {
            char c = s.charAt(j);
            if (startLine < 0 && !Character.isWhitespace(c)) {
                startLine = line;
            }
            if (c == '\n') {
                line++;
            }
        }
        cur.append(s, from, to);
    }

    private void countLines(int from, int to) {
        for (int j = from; j < Math.min(to, n); j++) {
            if (s.charAt(j) == '\n') {
                line++;
            }
        }
    }

    private void finish(boolean vertical) {
        body.end();
        String text = cur.toString().strip();
        if (!text.isEmpty()) {
            out.add(new SqlStatement(text, Math.max(startLine, 1), vertical));
        }
        cur.setLength(0);
        startLine = -1;
    }

    /**
     * Tracks the BEGIN … END nesting of a stored program (CREATE PROCEDURE / FUNCTION / TRIGGER / EVENT, or MariaDB's
     * BEGIN NOT ATOMIC block), so that the ";" between its statements does not end it. CASE opens a level too (its
     * END closes it); END IF, END LOOP, END WHILE, END REPEAT and END FOR close blocks that never opened one.
     */
    private static final class CompoundBody {
        private boolean candidate;
        private boolean routine;
        private boolean pendingEnd;
        private String previous = "";
        private int depth;

        void word(String w, boolean first) {
            String u = w.toUpperCase(Locale.ROOT);
            if (first) {
                candidate = u.equals("CREATE") || u.equals("ALTER") || u.equals("BEGIN");
                routine = false;
                depth = 0;
                pendingEnd = false;
            }
            if (!candidate) {
                return;
            }
            if (pendingEnd) {
                pendingEnd = false;
                if (u.equals("IF") || u.equals("LOOP") || u.equals("WHILE") || u.equals("REPEAT") || u.equals("FOR")) {
                    previous = u;
                    return;
                }
                depth--;
                if (u.equals("CASE")) {
                    previous = u;
                    return;
                }
            }
            switch (u) {
                case "PROCEDURE", "FUNCTION", "TRIGGER", "EVENT" -> routine = true;
                case "ATOMIC" -> routine |= previous.equals("NOT");
                case "BEGIN", "CASE" -> depth++;
                case "END" -> pendingEnd = depth > 0;
                default -> {
                    // an ordinary word
                }
            }
            previous = u;
        }

        /** Whether the delimiter just seen is inside a body (the ";" delimiter only: DELIMITER lines need no help). */
        boolean open(String delimiter) {
            if (pendingEnd) {
                pendingEnd = false;
                depth--;
            }
            return delimiter.equals(";") && routine && depth > 0;
        }

        void end() {
            candidate = false;
            routine = false;
            depth = 0;
            pendingEnd = false;
            previous = "";
        }
    }
}
