package dev.workbook.exercises.checks;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Accounts and grants are read as the administrative account (the context's connection): the student's account cannot
 * see other users' grants. The writer account is the one the checker made for this run.
 */
@Tag("14-writer-account")
@DisplayName("14-writer-account: the writer may select, insert and update, not delete or drop")
class WriterAccountCheck {
    private static String grantee() {
        return "'" + Db.account("writer") + "'@%";
    }

    @Test
    @Order(1)
    @Points(2)
    @DisplayName("on this database the writer has exactly SELECT, INSERT and UPDATE")
    void grants() {
        List<List<String>> rows = Db.rows("SELECT GRANTEE, GROUP_CONCAT(PRIVILEGE_TYPE ORDER BY PRIVILEGE_TYPE)"
                + " FROM information_schema.SCHEMA_PRIVILEGES WHERE GRANTEE LIKE ? AND TABLE_SCHEMA = DATABASE()"
                + " GROUP BY GRANTEE ORDER BY GRANTEE", grantee());
        Expect.that(!rows.isEmpty(), "The writer has no privileges on this database yet: grantWriter should GRANT them"
                + " ON `database`.* TO the account.");
        Expect.rows("Each of the writer's accounts may INSERT, SELECT and UPDATE here, and nothing else (no DELETE, no DROP).",
                List.of("account", "privileges"), rows.stream().map(r -> List.of(r.get(0), "INSERT,SELECT,UPDATE")).toList(), rows);
    }

    @Test
    @Order(2)
    @DisplayName("the writer has no rights on single tables, other databases or the whole server")
    void nothingElse() {
        Expect.value("The writer has no server-wide privilege (USER_PRIVILEGES shows only USAGE).", 0L,
                Db.count("SELECT COUNT(*) FROM information_schema.USER_PRIVILEGES WHERE GRANTEE LIKE ? AND PRIVILEGE_TYPE <> 'USAGE'",
                        grantee()));
        Expect.value("The writer has no privileges on other databases.", 0L,
                Db.count("SELECT COUNT(*) FROM information_schema.SCHEMA_PRIVILEGES WHERE GRANTEE LIKE ? AND TABLE_SCHEMA <> DATABASE()",
                        grantee()));
        Expect.value("The writer has no privileges granted table by table: one GRANT on `database`.* is enough.", 0L,
                Db.count("SELECT COUNT(*) FROM information_schema.TABLE_PRIVILEGES WHERE GRANTEE LIKE ?", grantee()));
    }

    @Test
    @Order(3)
    @DisplayName("the writer's INSERT is in notice, and its DELETE removed nothing")
    void notice() {
        List<String> expected = new java.util.ArrayList<>(Db.seed().table("notice").column("message"));
        expected.add("written by the writer");
        Expect.values("notice holds the first notice and the one the writer inserted: its DELETE was refused.", expected,
                Db.column("SELECT message FROM notice ORDER BY id"));
    }
}
