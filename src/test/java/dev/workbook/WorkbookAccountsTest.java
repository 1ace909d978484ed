package dev.workbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.workbook.db.DbTarget;
import dev.workbook.errors.WorkbookException;
import dev.workbook.testing.SharedServer;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The learner API for other accounts, which chapters 1 and 14 use instead of the provider's classes. */
@DisplayName("Workbook hands out the administrative account and other accounts, and prints SQL through them")
class WorkbookAccountsTest {
    private DbTarget db;

    @BeforeEach
    void database() {
        db = SharedServer.freshDatabase("accounts_test");
    }

    @AfterEach
    void restore() {
        Workbook.use(db);
    }

    private static String printed(Runnable r) {
        PrintStream old = System.out;
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        System.setOut(new PrintStream(buf, true, StandardCharsets.UTF_8));
        try {
            r.run();
        } finally {
            System.setOut(old);
        }
        return buf.toString(StandardCharsets.UTF_8);
    }

    @Test
    @DisplayName("adminDataSource() logs in as the server's administrative account, and sql(ds, ...) prints its results")
    void adminAccount() {
        DataSource admin = Workbook.adminDataSource();
        String out = printed(() -> Workbook.sql(admin, "SELECT SUBSTRING_INDEX(CURRENT_USER(), '@', 1) AS who"));
        assertThat(out).as("the table printed for the admin connection").contains("| who", db.admin().user());
    }

    @Test
    @DisplayName("dataSource(user, password) logs in to the workbook database as that account; a wrong password is error 1045")
    void otherAccount() {
        DataSource app = Workbook.dataSource(db.app().user(), db.app().password());
        String out = printed(() -> Workbook.sql(app, "SELECT DATABASE() AS db, SUBSTRING_INDEX(CURRENT_USER(), '@', 1) AS who"));
        assertThat(out).contains("accounts_test", db.app().user());
        assertThatThrownBy(() -> Workbook.sql(Workbook.dataSource(db.app().user(), "not-the-password"), "SELECT 1"))
                .as("the driver's error stays the cause, so chapters can expect error 1045")
                .cause().isInstanceOf(SQLException.class)
                .satisfies(e -> assertThat(((SQLException) e).getErrorCode()).isEqualTo(1045));
    }

    @Test
    @DisplayName("without an administrative account, adminDataSource() says which settings to add and where to read")
    void noAdminAccount() {
        Workbook.use(new DbTarget(db.provider(), db.host(), db.port(), db.database(), db.app(), null, db.serverVersion()));
        assertThatThrownBy(Workbook::adminDataSource).isInstanceOf(WorkbookException.class)
                .hasMessageContaining("no administrative account")
                .satisfies(e -> {
                    WorkbookException w = (WorkbookException) e;
                    assertThat(w.next()).contains("admin.user and admin.password");
                    assertThat(w.help()).isEqualTo("troubleshooting/workbook-providers.md");
                });
    }
}
