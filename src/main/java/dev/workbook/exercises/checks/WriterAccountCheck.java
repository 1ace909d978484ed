package dev.workbook.exercises.checks;

import static dev.workbook.exercises.checks.Db.row;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Accounts and grants are read as the administrative account: the application user cannot see other users' grants.
 * Accounts outlive the throwaway database, so only grants on this run's database count.
 */
@Tag("14-writer-account")
@DisplayName("14-writer-account: wb_writer may select, insert and update, not delete or drop")
class WriterAccountCheck {
    @Test
    @Order(2)
    @DisplayName("wb_writer exists, and on this database each of its accounts has exactly SELECT, INSERT and UPDATE")
    void grants() {
        List<List<String>> rows = Db.adminRows("SELECT GRANTEE, GROUP_CONCAT(PRIVILEGE_TYPE ORDER BY PRIVILEGE_TYPE)"
                + " FROM information_schema.SCHEMA_PRIVILEGES WHERE GRANTEE LIKE '''wb_writer''@%' AND TABLE_SCHEMA = DATABASE()"
                + " GROUP BY GRANTEE ORDER BY GRANTEE");
        assertFalse(rows.isEmpty(), "An account wb_writer exists and has privileges on this database.");
        assertEquals(rows.stream().map(r -> List.of(r.get(0), "INSERT,SELECT,UPDATE")).toList(), rows,
                "Each wb_writer account (grantee, privileges) may INSERT, SELECT and UPDATE here, and nothing else (no DELETE, no DROP).");
    }

    @Test
    @Order(3)
    @DisplayName("wb_writer has no rights on other databases or the whole server")
    void nothingElse() {
        assertEquals(0, Db.adminCount("SELECT COUNT(*) FROM information_schema.USER_PRIVILEGES WHERE GRANTEE LIKE '''wb_writer''@%'"
                        + " AND PRIVILEGE_TYPE <> 'USAGE'"),
                "wb_writer has no server-wide privilege (USER_PRIVILEGES shows only USAGE).");
    }

    @Test
    @Order(4)
    @DisplayName("the writer's INSERT is in notice, and the DELETE removed nothing")
    void notice() {
        assertEquals(List.of("Exams start on Monday", "written by the writer"), Db.column("SELECT message FROM notice ORDER BY id"),
                "notice holds the first notice and the one wb_writer inserted: its DELETE was refused.");
    }
}
