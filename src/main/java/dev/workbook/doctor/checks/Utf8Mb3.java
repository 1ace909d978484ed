package dev.workbook.doctor.checks;

import dev.workbook.doctor.catalogue.FixContext;
import dev.workbook.doctor.catalogue.Fixes;
import dev.workbook.doctor.reports.Finding;
import dev.workbook.doctor.reports.Status;
import dev.workbook.errors.KnownError;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Text columns in the workbook database that cannot hold 4-byte characters (emoji): utf8/utf8mb3, latin1, … */
public final class Utf8Mb3 {
    /**
     * Tables a chapter creates in utf8mb3 on purpose, to show error 1366: reported as information, not as a warning
     * (a clean tour leaves them). Utf8Mb3Test checks that a chapter really creates each of them.
     */
    static final Map<String, String> DEMONSTRATIONS = Map.of(
            "greeting_utf8mb3", "chapter 01 shows with it how utf8mb3 refuses emoji (error 1366)");

    private Utf8Mb3() {
    }

    static List<Finding> tables(Connection c, TargetSpec t, FixContext x, int seconds) {
        Map<String, List<String>> byTable = new LinkedHashMap<>();
        String sql = "SELECT TABLE_NAME, COLUMN_NAME, CHARACTER_SET_NAME FROM information_schema.COLUMNS "
                + "WHERE TABLE_SCHEMA = ? AND CHARACTER_SET_NAME IS NOT NULL AND CHARACTER_SET_NAME NOT LIKE 'utf8mb4%' "
                + "AND CHARACTER_SET_NAME NOT IN ('binary', 'ascii') ORDER BY TABLE_NAME, ORDINAL_POSITION";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setQueryTimeout(seconds);
            ps.setString(1, t.database());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    byTable.computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
                            .add(rs.getString(2) + " " + rs.getString(3));
                }
            }
        } catch (SQLException e) {
            return List.of(Finding.info("tables", "could not list the columns of " + t.database() + ": " + e.getMessage()));
        }
        List<Finding> out = new ArrayList<>();
        Map<String, List<String>> demos = new LinkedHashMap<>(byTable);
        demos.keySet().retainAll(DEMONSTRATIONS.keySet());
        byTable.keySet().removeAll(DEMONSTRATIONS.keySet());
        demos.keySet().forEach(table -> out.add(Finding.info("tables", table + " is utf8mb3 on purpose: "
                + DEMONSTRATIONS.get(table))));
        if (byTable.isEmpty()) {
            out.add(0, Finding.ok("tables", "every text column in " + t.database() + " is utf8mb4"
                    + (demos.isEmpty() ? "" : ", but for the chapters' demonstrations")));
            return out;
        }
        StringBuilder found = new StringBuilder();
        StringBuilder fix = new StringBuilder();
        byTable.forEach((table, cols) -> {
            found.append(found.length() == 0 ? "" : "; ").append(table).append(" (").append(String.join(", ", cols)).append(')');
            fix.append("ALTER TABLE `").append(table).append("` CONVERT TO CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci; ");
        });
        out.add(0, Finding.problem("tables", Status.WARNING, byTable.size() + " table(s) in " + t.database()
                + " reject emoji with error 1366: " + found, KnownError.UTF8MB3,
                fix.toString().strip() + " " + Fixes.of(KnownError.UTF8MB3, x).replaceFirst("^convert the listed tables: "
                + "ALTER TABLE <table> CONVERT TO CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci; and ", "Then ")));
        return out;
    }
}
