package dev.workbook.exercises.checks;

import dev.workbook.Workbook;
import dev.workbook.db.DbTarget;
import dev.workbook.exercises.Answers;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.opentest4j.AssertionFailedError;

/**
 * What checks read from the database the exercise ran in (the Workbook facade's): rows as text, and the schema
 * from INFORMATION_SCHEMA (columns, keys, indexes, foreign keys). Rows are lists of strings ("NULL" for null),
 * so that a failed assertion prints expected and actual rows the way a student reads them.
 */
final class Db {
    private Db() {
    }

    /** One column as INFORMATION_SCHEMA.COLUMNS describes it ({@code columnType} like "varchar(120)"). */
    record Column(String name, String dataType, String columnType, boolean nullable, String extra) {
    }

    /** One foreign key column and what it references. */
    record ForeignKey(String column, String referencedTable, String referencedColumn) {
    }

    static List<List<String>> rows(String sql, Object... params) {
        try (Connection c = Workbook.connect()) {
            return rows(c, sql, params);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot connect to the exercise's database: " + e.getMessage(), e);
        }
    }

    /** As {@link #rows}, as the server's administrative account on the same database (to read accounts and grants). */
    static List<List<String>> adminRows(String sql, Object... params) {
        DbTarget t = Workbook.target();
        if (t.admin() == null) {
            throw new IllegalStateException("this check reads accounts and needs the server's administrative account");
        }
        try (Connection c = t.dataSource(t.database(), t.admin()).getConnection()) {
            return rows(c, sql, params);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot connect as the administrative account: " + e.getMessage(), e);
        }
    }

    static long adminCount(String sql, Object... params) {
        return Long.parseLong(adminRows(sql, params).get(0).get(0));
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
            if (e.getErrorCode() == 1146 || e.getErrorCode() == 1054) {
                // A missing table or column is the student's to fix: a failed check, not a broken checker.
                throw new AssertionFailedError(e.getMessage() + " (ERROR " + e.getErrorCode() + ", while the check ran: " + sql + ")");
            }
            throw new IllegalStateException("query failed: " + sql + ": " + e.getMessage(), e);
        }
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

    /** What the script saved with {@code Answers.save(question, ...)}, in order; empty when it saved nothing. */
    static List<String> answer(String question) {
        return tableExists(Answers.TABLE)
                ? column("SELECT answer FROM " + Answers.TABLE + " WHERE question = ? ORDER BY position", question) : List.of();
    }

    static long count(String sql, Object... params) {
        return Long.parseLong(value(sql, params));
    }

    static boolean tableExists(String table) {
        return count("SELECT COUNT(*) FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = ?",
                table) == 1;
    }

    static Map<String, Column> columns(String table) {
        Map<String, Column> cols = new LinkedHashMap<>();
        for (List<String> r : rows("SELECT COLUMN_NAME, DATA_TYPE, COLUMN_TYPE, IS_NULLABLE, EXTRA FROM information_schema.COLUMNS"
                + " WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = ? ORDER BY ORDINAL_POSITION", table)) {
            cols.put(r.get(0), new Column(r.get(0), r.get(1).toLowerCase(), r.get(2).toLowerCase(), r.get(3).equals("YES"),
                    r.get(4).toLowerCase()));
        }
        return cols;
    }

    static List<String> primaryKey(String table) {
        return rows("SELECT COLUMN_NAME FROM information_schema.KEY_COLUMN_USAGE WHERE TABLE_SCHEMA = DATABASE()"
                + " AND TABLE_NAME = ? AND CONSTRAINT_NAME = 'PRIMARY' ORDER BY ORDINAL_POSITION", table)
                .stream().map(r -> r.get(0)).toList();
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

    /** A column's type, or "(no such column)" so that an assertion on it reads well. */
    static String columnType(String table, String column) {
        Column c = columns(table).get(column);
        return c == null ? "(no such column)" : c.columnType();
    }

    static List<String> row(String... values) {
        return List.of(values);
    }
}
