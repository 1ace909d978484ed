package dev.workbook.db.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.workbook.errors.WorkbookException;
import dev.workbook.config.ConfigKey;
import dev.workbook.db.DbTarget;
import dev.workbook.testing.CliRun;
import dev.workbook.testing.SharedServer;
import dev.workbook.testing.TestHomes;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The server provider uses an existing MySQL/MariaDB (here: a real MariaDB the test started)")
class ServerProviderTest {

    static Map<ConfigKey, String> flags(DbTarget real, String password) {
        return Map.of(ConfigKey.PROVIDER, "server", ConfigKey.DB_HOST, real.host(),
                ConfigKey.DB_PORT, Integer.toString(real.port()), ConfigKey.DB_USER, real.app().user(),
                ConfigKey.DB_PASSWORD, password);
    }

    @Test
    @DisplayName("with the application user's credentials it reaches the workbook database and reports the version")
    void connects() throws Exception {
        DbTarget real = SharedServer.target();
        Path home = TestHomes.fresh("server-ok");
        DbTarget t = new ServerProvider(TestHomes.settings(home, flags(real, real.app().password()))).start();
        assertThat(t.serverVersion()).contains("MariaDB");
        try (Connection c = t.connect(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT DATABASE()")) {
            rs.next();
            assertThat(rs.getString(1)).isEqualTo("workbook");
        }
    }

    @Test
    @DisplayName("settings from the config file work like flags, and status reports the server")
    void fromConfigFile() throws Exception {
        DbTarget real = SharedServer.target();
        Path home = TestHomes.fresh("server-file");
        Files.writeString(home.resolve("config.properties"), "provider = server\ndb.host = 127.0.0.1\ndb.port = "
                + real.port() + "\ndb.user = workbook\ndb.password = " + real.app().password() + "\n");
        CliRun r = CliRun.run(home, "db", "status");
        assertThat(r.exitCode()).as(r.toString()).isZero();
        assertThat(r.out()).contains("server answers", "MariaDB").doesNotContain(real.app().password());
    }

    @Test
    @DisplayName("a wrong password is reported as 1045 access denied, without the password")
    void wrongPassword() {
        DbTarget real = SharedServer.target();
        Path home = TestHomes.fresh("server-badpw");
        assertThatThrownBy(() -> new ServerProvider(TestHomes.settings(home, flags(real, "not-the-password"))).start())
                .isInstanceOfSatisfying(WorkbookException.class, e -> {
                    assertThat(e.getMessage()).contains("access denied");
                    assertThat(e.help()).isEqualTo("troubleshooting/1045-access-denied.md");
                    assertThat(e.render()).doesNotContain("not-the-password");
                });
    }

    @Test
    @DisplayName("with an admin account it creates a missing utf8mb4 database and the application user")
    void createsDatabaseWithAdmin() throws Exception {
        DbTarget real = SharedServer.target();
        Path home = TestHomes.fresh("server-admin");
        Map<ConfigKey, String> f = new java.util.EnumMap<>(flags(real, "app-pw-for-new-db"));
        f.put(ConfigKey.DB_NAME, "server_provider_db");
        f.put(ConfigKey.DB_USER, "sp_app");
        f.put(ConfigKey.ADMIN_USER, real.admin().user());
        f.put(ConfigKey.ADMIN_PASSWORD, real.admin().password());
        try (Connection c = real.adminDataSource().orElseThrow().getConnection(); Statement st = c.createStatement()) {
            st.execute("DROP DATABASE IF EXISTS server_provider_db");
        }
        DbTarget t = new ServerProvider(TestHomes.settings(home, f)).start();
        try (Connection c = t.connect(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT CURRENT_USER(), @@character_set_database")) {
            rs.next();
            assertThat(rs.getString(1)).startsWith("sp_app@");
            assertThat(rs.getString(2)).isEqualTo("utf8mb4");
        }
    }

    @Test
    @DisplayName("a missing password is bad input that says where to put one")
    void missingPassword() {
        Path home = TestHomes.fresh("server-nopw");
        CliRun r = CliRun.run(home, "db", "start", "--provider", "server");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("no password", "WORKBOOK_DB_PASSWORD", "config.properties");
    }
}
