package dev.workbook.exercises.checks;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/** The rows a seed puts in one table, as Java values (String, Integer, Long, LocalDateTime, null). */
public record SeedTable(String name, List<String> columns, List<List<Object>> rows) {
    public SeedTable {
        columns = List.copyOf(columns);
        rows = rows.stream().map(r -> Collections.unmodifiableList(new ArrayList<>(r))).toList();
    }

    static SeedTable of(String name, String... columns) {
        return new SeedTable(name, List.of(columns), List.of());
    }

    /** This table with one more row. */
    SeedTable row(Object... values) {
        if (values.length != columns.size()) {
            throw new IllegalArgumentException(name + ": " + values.length + " values for " + columns);
        }
        List<List<Object>> more = new ArrayList<>(rows);
        more.add(Arrays.asList(values));
        return new SeedTable(name, columns, more);
    }

    /** The values of these columns, row by row, as text the way checks read rows ("NULL" for null). */
    public List<List<String>> text(String... cols) {
        List<Integer> idx = Arrays.stream(cols).map(c -> {
            int i = columns.indexOf(c);
            if (i < 0) {
                throw new IllegalArgumentException(name + " has no seeded column " + c);
            }
            return i;
        }).toList();
        return rows.stream().map(r -> idx.stream().map(i -> r.get(i) == null ? "NULL" : String.valueOf(r.get(i))).toList()).toList();
    }

    /** One column's values as text. */
    public List<String> column(String col) {
        return text(col).stream().map(r -> r.get(0)).toList();
    }

    void insertInto(Connection c) throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        String sql = "INSERT INTO " + name + " (" + String.join(", ", columns) + ") VALUES ("
                + String.join(", ", Collections.nCopies(columns.size(), "?")) + ")";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (List<Object> r : rows) {
                for (int i = 0; i < r.size(); i++) {
                    ps.setObject(i + 1, r.get(i));
                }
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }
}
