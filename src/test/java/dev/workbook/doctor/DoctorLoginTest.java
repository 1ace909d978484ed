package dev.workbook.doctor;

import static org.assertj.core.api.Assertions.assertThat;

import dev.workbook.errors.ErrorCatalogue;
import dev.workbook.errors.KnownError;
import dev.workbook.testing.TestHomes;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * A real MariaDB set up like Debian's: name resolution on (127.0.0.1 is "localhost"), root on unix_socket,
 * an application user with a password, a utf8mb3 table. Each test logs in the way a user got wrong.
 */
@DisplayName("doctor against a real MariaDB: logins that fail and why")
class DoctorLoginTest {
    private static TestMariaDb server;
    private static Path home;

    @BeforeAll
    static void start() throws Exception {
        server = TestMariaDb.create("login").start();
        home = TestHomes.fresh("doctor-login");
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
    }

    private static DoctorRun doctor(String user, String password, String database, String... more) {
        String[] base = {"--no-local", "--provider", "server", "--host", "127.0.0.1", "--port", "" + server.port(),
            "--user", user, "--password=" + password, "--database", database, "--socket", server.socket().toString()};
        String[] all = new String[base.length + more.length];
        System.arraycopy(base, 0, all, 0, base.length);
        System.arraycopy(more, 0, all, base.length, more.length);
        return DoctorRun.run(home, all);
    }

    @Test
    @DisplayName("a healthy server and account pass (exit 0), and the utf8mb3 table is only a warning")
    void healthyServerPasses() {
        DoctorRun r = doctor("workbook", TestMariaDb.APP_PASSWORD, "wbdb");
        assertThat(r.exit()).as("no failures means exit 0:\n%s", r).isZero();
        assertThat(r.check("socket")).as("the socket answers with the server's version").contains("[ok]", "MariaDB 11.4");
        assertThat(r.check("tcp")).as("the handshake names the default auth plugin").contains("[ok]", "mysql_native_password");
        assertThat(r.check("login")).startsWith("[ok]").contains("Connector/J 9.");
        assertThat(r.check("privileges")).as("the user has rights on its database only").startsWith("[ok]");
        assertThat(r.out()).as("the summary line").contains("Doctor found 0 failures and 1 warning");
    }

    @Test
    @DisplayName("a wrong password is 1045 with a MariaDB-specific ALTER USER fix, and no password is printed")
    void wrongPassword() {
        DoctorRun r = doctor("workbook", "Wrong-pw-77", "wbdb");
        String login = r.check("login");
        assertThat(r.exit()).isEqualTo(1);
        assertThat(login).as("classified by code 1045").contains("[XX]", "ERROR 1045", "(using password: YES)",
                "help: troubleshooting/1045-access-denied.md");
        assertThat(login).as("MariaDB gets IDENTIFIED BY, not MySQL 8.4's caching_sha2 syntax")
                .contains("ALTER USER 'workbook'@'localhost' IDENTIFIED BY '<new-password>'")
                .doesNotContain("caching_sha2_password BY");
        assertThat(r.out() + r.err()).as("neither password is ever printed")
                .doesNotContain("Wrong-pw-77").doesNotContain(TestMariaDb.APP_PASSWORD);
    }

    @Test
    @DisplayName("root over TCP on a unix_socket server is 1698, and the fix recommends an application user first")
    void unixSocketRootOverTcp() {
        DoctorRun r = doctor("root", "anything-1", "wbdb");
        String login = r.check("login");
        assertThat(login).as("the exact text users search for")
                .contains("[XX]", "ERROR 1698 (28000): Access denied for user 'root'@'localhost'",
                        "help: troubleshooting/1698-auth-socket.md");
        String shell = login.substring(login.indexOf("-e \"") + 4, login.indexOf("\", then"));
        assertThat(shell).as("a shell command: no backquotes for the shell to run").doesNotContain("`");
        assertThat(login.indexOf("CREATE USER 'workbook'@'localhost'"))
                .as("the application user comes before any change to root").isPositive()
                .isLessThan(login.indexOf("ALTER USER root@localhost IDENTIFIED VIA unix_socket OR mysql_native_password"));
        assertThat(login).as("and it says why the seed's UPDATE fails").contains("UPDATE mysql.user", "1348");
    }

    @Test
    @DisplayName("a database that does not exist is 1049 with the CREATE DATABASE to run")
    void unknownDatabase() {
        DoctorRun r = doctor("workbook", TestMariaDb.APP_PASSWORD, "shop");
        assertThat(r.check("login")).contains("[XX]", "ERROR 1049", "Unknown database 'shop'",
                "CREATE DATABASE `shop` CHARACTER SET utf8mb4", "troubleshooting/1049-unknown-database.md");
    }

    @Test
    @DisplayName("a database the user has no rights on is 1044, explained on the same page")
    void databaseWithoutRights() {
        DoctorRun r = doctor("workbook", TestMariaDb.APP_PASSWORD, "mysql");
        assertThat(r.check("login")).contains("[XX]", "ERROR 1044", "GRANT ALL PRIVILEGES ON `mysql`.*",
                "troubleshooting/1049-unknown-database.md");
    }

    @Test
    @DisplayName("an emoji into a utf8mb3 table really fails with 1366, and the doctor names that table and its fix")
    void utf8mb3TableRejectsEmoji() throws SQLException {
        SQLException e = null;
        try (Connection c = DriverManager.getConnection("jdbc:mysql://127.0.0.1:" + server.port()
                + "/wbdb?characterEncoding=UTF-8&connectionCollation=utf8mb4_unicode_ci", "workbook", TestMariaDb.APP_PASSWORD);
             PreparedStatement ps = c.prepareStatement("INSERT INTO legacy_notes (title) VALUES (?)")) {
            ps.setString(1, "party \uD83C\uDF89");
            ps.executeUpdate();
        } catch (SQLException ex) {
            e = ex;
        }
        assertThat((Throwable) e).as("the server rejects the 4-byte character").isNotNull();
        assertThat(e.getErrorCode()).isEqualTo(1366);
        assertThat(ErrorCatalogue.explain(e).error()).as("classified from the real exception").isEqualTo(KnownError.UTF8MB3);

        DoctorRun r = doctor("workbook", TestMariaDb.APP_PASSWORD, "wbdb");
        assertThat(r.check("tables")).contains("[!!]", "legacy_notes (title utf8mb3)",
                "ALTER TABLE `legacy_notes` CONVERT TO CHARACTER SET utf8mb4", "troubleshooting/1366-incorrect-string-value.md");
    }

    @Test
    @DisplayName("a socket directory other users cannot search is a warning naming its mode (their clients get errno 13)")
    void socketDirectoryPermissions() throws Exception {
        Path dir = server.socket().getParent();
        java.util.Set<java.nio.file.attribute.PosixFilePermission> before = java.nio.file.Files.getPosixFilePermissions(dir);
        java.nio.file.Files.setPosixFilePermissions(dir, java.nio.file.attribute.PosixFilePermissions.fromString("rwx------"));
        try {
            DoctorRun r = doctor("workbook", TestMariaDb.APP_PASSWORD, "wbdb");
            assertThat(r.check("socket")).contains("[!!]", "not searchable by other users", "rwx------",
                    "sudo chown mysql:mysql " + dir + " && sudo chmod 755 " + dir, "troubleshooting/2002-socket-permission.md");
        } finally {
            java.nio.file.Files.setPosixFilePermissions(dir, before);
        }
    }

    @Test
    @DisplayName("--json carries the same findings with status, condition, the catalogue's next step and help")
    void jsonReport() {
        DoctorRun r = doctor("workbook", "Wrong-pw-77", "wbdb", "--json");
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.out()).doesNotContain("Wrong-pw-77");
        java.util.Map<String, Object> report = dev.workbook.json.Json.parseObject(r.out());
        assertThat(report).containsEntry("exitCode", 1L);
        @SuppressWarnings("unchecked")
        java.util.List<java.util.Map<String, Object>> findings = (java.util.List<java.util.Map<String, Object>>) report.get("findings");
        java.util.Map<String, Object> login = findings.stream().filter(f -> "login".equals(f.get("check"))).findFirst().orElseThrow();
        assertThat(login).containsEntry("status", "failure").containsEntry("condition", "access-denied")
                .containsEntry("next", KnownError.ACCESS_DENIED.next())
                .containsEntry("help", "troubleshooting/1045-access-denied.md");
    }
}
