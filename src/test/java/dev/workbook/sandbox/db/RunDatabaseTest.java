package dev.workbook.sandbox.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.workbook.db.Credentials;
import dev.workbook.db.DbTarget;
import dev.workbook.sandbox.DbLogin;
import dev.workbook.testing.SharedServer;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Run databases on the real embedded server: what the run account may and may not do, and what is left afterwards. */
class RunDatabaseTest {
    static DataSource as(DbLogin l, String database) {
        return SharedServer.target().dataSource(database, new Credentials(l.user(), l.password()));
    }

    static List<String> strings(DataSource ds, String sql) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Connection c = ds.getConnection(); Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }

    static DataSource admin() {
        return SharedServer.target().adminDataSource().orElseThrow();
    }

    @Test
    @DisplayName("the run account owns its database and nothing else: not the workbook database, not another run's")
    void accountIsConfinedToItsDatabase() throws Exception {
        try (RunDatabase mine = RunDatabase.create(SharedServer.target());
             RunDatabase other = RunDatabase.create(SharedServer.target())) {
            assertThat(mine.name()).matches("wbx_[0-9a-f]{12}");
            assertThat(mine.login().user()).isEqualTo(mine.name());
            DataSource ds = as(mine.login(), mine.name());
            try (Connection c = ds.getConnection(); Statement st = c.createStatement()) {
                st.execute("CREATE TABLE t (id INT PRIMARY KEY)");
                st.execute("INSERT INTO t VALUES (1)");
            }
            assertThat(strings(ds, "SELECT id FROM t")).containsExactly("1");
            assertThatThrownBy(() -> as(mine.login(), SharedServer.target().database()).getConnection().close())
                    .isInstanceOf(SQLException.class).hasMessageContaining("Access denied");
            assertThatThrownBy(() -> as(mine.login(), other.name()).getConnection().close())
                    .isInstanceOf(SQLException.class).hasMessageContaining("Access denied");
            try (Connection c = ds.getConnection(); Statement st = c.createStatement()) {
                assertThatThrownBy(() -> st.execute("DROP DATABASE " + other.name()))
                        .isInstanceOf(SQLException.class).hasMessageContaining("denied");
                assertThatThrownBy(() -> st.execute("SET GLOBAL max_connections = 5"))
                        .isInstanceOf(SQLException.class).hasMessageContaining("denied");
                assertThatThrownBy(() -> st.execute("CREATE USER 'intruder'@'%'"))
                        .isInstanceOf(SQLException.class).hasMessageContaining("denied");
            }
            assertThat(strings(admin(), "SHOW DATABASES")).contains(other.name());
        }
    }

    @Test
    @DisplayName("MariaDB limits the run account on the server: connections and statement time")
    void serverSideLimits() throws Exception {
        try (RunDatabase db = RunDatabase.create(SharedServer.target(), RunDatabaseOptions.DEFAULTS.withLimits(2, 1))) {
            DataSource ds = as(db.login(), db.name());
            try (Connection a = ds.getConnection(); Connection b = ds.getConnection()) {
                assertThatThrownBy(() -> ds.getConnection().close()).isInstanceOf(SQLException.class)
                        .hasMessageContaining("max_user_connections");
            }
            assertThatThrownBy(() -> strings(ds, "SELECT SLEEP(5)")).isInstanceOf(SQLException.class)
                    .hasMessageContaining("max_statement_time");
        }
    }

    @Test
    @DisplayName("revokeAndKill ends the run account's open connections and refuses new ones; the checks' target still reads")
    void revokeAndKill() throws Exception {
        try (RunDatabase db = RunDatabase.create(SharedServer.target())) {
            DataSource ds = as(db.login(), db.name());
            try (Connection open = ds.getConnection(); Statement st = open.createStatement()) {
                st.execute("CREATE TABLE t (id INT)");
                db.revokeAndKill();
                assertThatThrownBy(() -> st.execute("INSERT INTO t VALUES (1)")).isInstanceOf(SQLException.class);
            }
            assertThatThrownBy(() -> ds.getConnection().close()).isInstanceOf(SQLException.class)
                    .hasMessageContaining("Access denied");
            DbTarget checks = db.checkTarget();
            assertThat(strings(checks.dataSource(db.name(), checks.admin()), "SHOW TABLES")).containsExactly("t");
        }
    }

    @Test
    @DisplayName("close drops the database, the accounts (extra ones too) and releases the lease")
    void closeLeavesNothing() throws Exception {
        String name;
        try (RunDatabase db = RunDatabase.create(SharedServer.target(), RunDatabaseOptions.DEFAULTS.withExtraAccount("writer"))) {
            name = db.name();
            assertThat(db.extraLogin("writer").user()).isEqualTo(name + "_writer");
            assertThat(strings(admin(), "SELECT IS_FREE_LOCK('" + name + "')")).containsExactly("0");
        }
        assertThat(strings(admin(), "SHOW DATABASES")).doesNotContain(name);
        assertThat(strings(admin(), "SELECT User FROM mysql.user WHERE User LIKE '" + name + "%'")).isEmpty();
        assertThat(strings(admin(), "SELECT IS_FREE_LOCK('" + name + "')")).containsExactly("1");
    }

    @Test
    @DisplayName("the extra account starts with no privileges; the run account may grant it its own database only")
    void extraAccount() throws Exception {
        try (RunDatabase db = RunDatabase.create(SharedServer.target(), RunDatabaseOptions.DEFAULTS.withExtraAccount("writer"))) {
            DbLogin writer = db.extraLogin("writer");
            assertThatThrownBy(() -> as(writer, db.name()).getConnection().close()).isInstanceOf(SQLException.class)
                    .hasMessageContaining("Access denied");
            try (Connection c = as(db.login(), db.name()).getConnection(); Statement st = c.createStatement()) {
                for (String host : strings(admin(), "SELECT Host FROM mysql.user WHERE User = '" + writer.user() + "'")) {
                    st.execute("GRANT SELECT ON " + db.name() + ".* TO '" + writer.user() + "'@'" + host + "'");
                    assertThatThrownBy(() -> st.execute("GRANT SELECT ON workbook.* TO '" + writer.user() + "'@'" + host + "'"))
                            .isInstanceOf(SQLException.class).hasMessageContaining("denied");
                }
            }
            as(writer, db.name()).getConnection().close();
        }
    }

    @Test
    @DisplayName("a sweep removes runs whose lease is free and the checker's old databases, never a live run")
    void sweepRemovesOnlyDeadRuns() throws Exception {
        DataSource admin = admin();
        try (Connection c = admin.getConnection(); Statement st = c.createStatement()) {
            // What a run killed with -9 leaves: a database and accounts, and no lock (its connection is gone).
            st.execute("CREATE DATABASE wbx_0123456789ab");
            st.execute("CREATE USER 'wbx_0123456789ab'@'localhost' IDENTIFIED BY 'x'");
            st.execute("CREATE USER 'wbx_0123456789ab_writer'@'localhost' IDENTIFIED BY 'x'");
            st.execute("CREATE DATABASE workbook_check_01_deadbeef");
        }
        try (RunDatabase live = RunDatabase.create(SharedServer.target())) {
            RunDatabases.Swept swept = RunDatabases.sweep(admin);
            assertThat(swept.databases()).contains("wbx_0123456789ab", "workbook_check_01_deadbeef").doesNotContain(live.name());
            assertThat(swept.accounts()).contains("wbx_0123456789ab@localhost", "wbx_0123456789ab_writer@localhost");
            assertThat(strings(admin, "SHOW DATABASES")).contains(live.name())
                    .doesNotContain("wbx_0123456789ab", "workbook_check_01_deadbeef");
            assertThat(strings(admin, "SELECT User FROM mysql.user WHERE User LIKE 'wbx\\_0123%'")).isEmpty();
            assertThat(strings(admin, "SELECT User FROM mysql.user WHERE User = '" + live.name() + "'")).isNotEmpty();
        }
    }
}
