package dev.workbook.chapters;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * What the database must hold after a chapter: src/test/resources/chapter-end-states/NN-slug.txt.
 * Format: '#' comments; a check is one or more lines starting with "> " (the SQL query), then the expected
 * rows, one per line, columns joined by " | " (NULL for null, "(no rows)" for none), ended by a blank line
 * or the next query.
 * Rows are compared with surrounding blanks stripped. Queries run as the server's administrative account,
 * on the chapter's database, so they may look at other databases a chapter created.
 */
record EndState(String chapterId, List<Check> checks) {
    record Check(String sql, List<String> rows) {
    }

    static final String DIR = "chapter-end-states";

    static EndState of(Chapter chapter) throws IOException {
        String path = "/" + DIR + "/" + chapter.id() + ".txt";
        try (InputStream in = EndState.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new AssertionError("chapter " + chapter.id() + " has no end-state file: write src/test/resources" + path
                        + " (SQL queries and the rows the chapter must leave; see EndState.java for the format)");
            }
            return parse(chapter.id(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    static EndState parse(String chapterId, String text) {
        List<Check> checks = new ArrayList<>();
        StringBuilder sql = new StringBuilder();
        List<String> rows = new ArrayList<>();
        for (String line : (text + "\n\n").split("\n", -1)) {
            if (line.startsWith("#")) {
                continue;
            }
            if (line.startsWith("> ") && !rows.isEmpty()) {
                checks.add(new Check(sql.toString(), rows.equals(List.of("(no rows)")) ? List.of() : List.copyOf(rows)));
                sql.setLength(0);
                rows.clear();
            }
            if (line.startsWith("> ")) {
                sql.append(sql.length() == 0 ? "" : " ").append(line.substring(2).strip());
            } else if (!line.isBlank()) {
                rows.add(line.strip());
            } else if (sql.length() > 0) {
                checks.add(new Check(sql.toString(), rows.equals(List.of("(no rows)")) ? List.of() : List.copyOf(rows)));
                sql.setLength(0);
                rows.clear();
            }
        }
        if (checks.isEmpty()) {
            throw new AssertionError("end state of " + chapterId + " has no checks");
        }
        return new EndState(chapterId, checks);
    }

    /** Mismatches, one message per failed check; empty when the database is as expected. */
    List<String> mismatches(Connection c) throws SQLException {
        List<String> out = new ArrayList<>();
        for (Check check : checks) {
            List<String> actual;
            try {
                actual = rows(c, check.sql());
            } catch (SQLException e) {
                out.add("after chapter " + chapterId + ", " + check.sql() + "\n  failed: error " + e.getErrorCode() + ": " + e.getMessage());
                continue;
            }
            if (!actual.equals(check.rows())) {
                out.add("after chapter " + chapterId + ", " + check.sql() + "\n  expected: " + check.rows() + "\n  actual:   " + actual);
            }
        }
        return out;
    }

    private static List<String> rows(Connection c, String sql) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            int n = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                List<String> cols = new ArrayList<>();
                for (int i = 1; i <= n; i++) {
                    String v = rs.getString(i);
                    cols.add(v == null ? "NULL" : v);
                }
                rows.add(String.join(" | ", cols).strip());
            }
        }
        return rows;
    }
}
