package dev.workbook.exercises.checks;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.opentest4j.AssertionFailedError;

/**
 * What checks read from the run's database, through the context the checker bound ({@link CheckContext}): rows as
 * text, the schema from INFORMATION_SCHEMA (columns, keys, indexes, foreign keys), accounts and grants, and the
 * answers the driver saved. Rows are lists of strings ("NULL" for null), so that a failed check shows expected and
 * actual rows the way a student reads them.
 */
final class Db {
    /** The table {@code Answers.save} writes; position 0 of a question records that it was saved, and how many values. */
    static final String ANSWERS = "exercise_answer";

    private Db() {
    }

    /** One column as INFORMATION_SCHEMA.COLUMNS describes it ({@code columnType} like "varchar(120)"). */
    record Column(String name, String dataType, String columnType, boolean nullable, String extra) {
        /** "varchar(120) not null": how the checks name a column's type. */
        String typeAndNull() {
            return columnType + (nullable ? " null" : " not null");
        }
    }

    /** One foreign key column and what it references. */
    record ForeignKey(String column, String referencedTable, String referencedColumn) {
        @Override
        public String toString() {
            return column + " -> " + referencedTable + "." + referencedColumn;
        }
    }

    static List<List<String>> rows(String sql, Object... params) {
        try (Connection c = CheckContext.current().connect()) {
            return rows(c, sql, params);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot connect to the exercise's database: " + e.getMessage(), e);
        }
    }

    private static List<List<String>> rows(Connection c, String sql, Object... params) {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                int n = rs.getMetaData().getColumnCount();
                List<List<String>> rows = new ArrayList<>();
                while (rs.next()) {
                    List<String> row = new ArrayList<>(n);
                    for (int i = 1; i <= n; i++) {
                        String v = rs.getString(i);
                        row.add(v == null ? "NULL" : v);
                    }
                    rows.add(row);
                }
                return rows;
            }
        } catch (SQLException e) {
            if (e.getErrorCode() == 1146) {
                // A missing table is the student's to fix: a failed check that names it, not a broken checker.
                throw new AssertionFailedError("There is no table " + named(e.getMessage(), "Table '", "'") + " yet, so this cannot hold.");
            }
            if (e.getErrorCode() == 1054) {
                throw new AssertionFailedError("There is no column " + named(e.getMessage(), "Unknown column '", "'")
                        + " yet, so this cannot hold.");
            }
            throw new IllegalStateException("query failed: " + sql + ": " + e.getMessage(), e);
        }
    }

    /** The name in a server message ("Table 'wbx_1a2b3c4d5e6f.pet' doesn't exist" gives pet), without the run database's name. */
    private static String named(String message, String before, String after) {
        int i = message.indexOf(before);
        int j = i < 0 ? -1 : message.indexOf(after, i + before.length());
        String name = j < 0 ? message : message.substring(i + before.length(), j);
        return name.substring(name.lastIndexOf('.') + 1);
    }

    /** The single value of a one-row, one-column query ("NULL" for null; null when there is no row). */
    static String value(String sql, Object... params) {
        List<List<String>> rows = rows(sql, params);
        return rows.isEmpty() ? null : rows.get(0).get(0);
    }

    /** The first column of every row. */
    static List<String> column(String sql, Object... params) {
        return rows(sql, params).stream().map(r -> r.get(0)).toList();
    }

    static long count(String sql, Object... params) {
        return Long.parseLong(value(sql, params));
    }

    /**
     * What the driver saved with {@code Answers.save(question, ...)}, in order; empty when the line that saves it never
     * ran (the script stopped before it), which is not the same as an empty answer.
     */
    static Optional<List<String>> answer(String question) {
        if (!tableExists(ANSWERS)) {
            return Optional.empty();
        }
        List<List<String>> rows = rows("SELECT position, answer FROM " + ANSWERS + " WHERE question = ? ORDER BY position", question);
        if (rows.isEmpty() || !rows.get(0).get(0).equals("0")) {
            return Optional.empty();
        }
        return Optional.of(rows.subList(1, rows.size()).stream().map(r -> r.get(1)).toList());
    }

    static boolean tableExists(String table) {
        return count("SELECT COUNT(*) FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = ?",
                table) == 1;
    }

    static Map<String, Column> columns(String table) {
        Map<String, Column> cols = new LinkedHashMap<>();
        for (List<String> r : rows("SELECT COLUMN_NAME, DATA_TYPE, COLUMN_TYPE, IS_NULLABLE, EXTRA FROM information_schema.COLUMNS"
                + " WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = ? ORDER BY ORDINAL_POSITION", table)) {
            cols.put(r.get(0), new Column(r.get(0), r.get(1).toLowerCase(), normalType(r.get(2).toLowerCase()),
                    r.get(3).equals("YES"), r.get(4).toLowerCase()));
        }
        return cols;
    }

    /** MySQL 8 writes int and bigint without a display width, MariaDB with one ("int(11)"); checks use MySQL's form. */
    private static String normalType(String columnType) {
        return columnType.replaceFirst("^(tinyint|smallint|mediumint|int|bigint)\\(\\d+\\)", "$1");
    }

    static List<String> primaryKey(String table) {
        return column("SELECT COLUMN_NAME FROM information_schema.KEY_COLUMN_USAGE WHERE TABLE_SCHEMA = DATABASE()"
                + " AND TABLE_NAME = ? AND CONSTRAINT_NAME = 'PRIMARY' ORDER BY ORDINAL_POSITION", table);
    }

    /** Whether a unique index covers exactly these columns (in this order). */
    static boolean hasUniqueIndex(String table, String... columns) {
        List<String> wanted = List.of(columns);
        Map<String, List<String>> byIndex = new LinkedHashMap<>();
        for (List<String> r : rows("SELECT INDEX_NAME, COLUMN_NAME FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE()"
                + " AND TABLE_NAME = ? AND NON_UNIQUE = 0 ORDER BY INDEX_NAME, SEQ_IN_INDEX", table)) {
            byIndex.computeIfAbsent(r.get(0), k -> new ArrayList<>()).add(r.get(1));
        }
        return byIndex.containsValue(wanted);
    }

    static List<ForeignKey> foreignKeys(String table) {
        return rows("SELECT COLUMN_NAME, REFERENCED_TABLE_NAME, REFERENCED_COLUMN_NAME FROM information_schema.KEY_COLUMN_USAGE"
                + " WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = ? AND REFERENCED_TABLE_NAME IS NOT NULL"
                + " ORDER BY COLUMN_NAME", table)
                .stream().map(r -> new ForeignKey(r.get(0), r.get(1), r.get(2))).toList();
    }

    static String tableCollation(String table) {
        return value("SELECT TABLE_COLLATION FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = ?",
                table);
    }

    /** The run database's name (for grants, which name it). */
    static String database() {
        return CheckContext.current().database();
    }

    /** The seed of the run's database. */
    static Seed seed() {
        return CheckContext.current().seed();
    }

    /** The user name of an account the checker made for this run. */
    static String account(String role) {
        return CheckContext.current().account(role);
    }

    static List<String> row(String... values) {
        return List.of(values);
    }
}
