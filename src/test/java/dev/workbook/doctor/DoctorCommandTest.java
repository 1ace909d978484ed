package dev.workbook.doctor;

import static org.assertj.core.api.Assertions.assertThat;

import dev.workbook.db.DbTarget;
import dev.workbook.testing.SharedServer;
import dev.workbook.testing.TestHomes;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("workbook doctor: settings, option files, --explain and bad input")
class DoctorCommandTest {

    @Test
    @DisplayName("a malformed config file is a failure that names the file and line, and the local checks still run")
    void malformedConfig() throws Exception {
        Path home = TestHomes.fresh("doctor-badconfig");
        Files.writeString(home.resolve("config.properties"), "provider = server\nthis line is wrong\n");
        DoctorRun r = DoctorRun.run(home, "--no-local", "--socket", home.resolve("none.sock").toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.check("config")).contains("[XX]", "malformed config file", "config.properties:2",
                "troubleshooting/workbook-config-file.md");
        assertThat(r.check("socket")).as("the rest still runs").contains("no such file");
    }

    @Test
    @DisplayName("the server provider without a password: the greeting is read, the login is not tried")
    void serverProviderWithoutPassword() throws Exception {
        DbTarget t = SharedServer.target();
        Path home = TestHomes.fresh("doctor-nopw");
        DoctorRun r = DoctorRun.run(home, "--no-local", "--provider", "server", "--host", "127.0.0.1", "--port", "" + t.port());
        assertThat(r.check("tcp")).contains("[ok]", "MariaDB");
        assertThat(r.check("login")).contains("[XX]", "no password configured", "troubleshooting/workbook-providers.md");
    }

    @Test
    @DisplayName("the default embedded provider: its running server is found from the home and checked, no start, no change")
    void embeddedProvider() {
        DbTarget t = SharedServer.target();
        DoctorRun r = DoctorRun.run(TestHomes.root().resolve("shared"), "--no-local");
        assertThat(r.exit()).as("%s", r).isZero();
        assertThat(r.check("config")).contains("provider=embedded", "embedded server running", ":" + t.port());
        assertThat(r.check("login")).startsWith("[ok]");
        assertThat(r.out()).doesNotContain(t.app().password()).doesNotContain(t.admin().password());
    }

    @Test
    @DisplayName("an embedded home whose server is not running gets a warning with the start command, not a failure")
    void embeddedNotRunning() {
        DoctorRun r = DoctorRun.run(TestHomes.fresh("doctor-embedded-idle"), "--no-local");
        assertThat(r.exit()).isZero();
        assertThat(r.check("embedded")).contains("[!!]", "not running", "workbook db start",
                "troubleshooting/workbook-embedded-server.md");
    }

    @Test
    @DisplayName("default_authentication_plugin in my.cnf: fatal for MySQL 8.4, a warning for 8.0, named by file and line")
    void removedOptionInMyCnf() throws Exception {
        Path dir = TestHomes.fresh("doctor-mycnf");
        Path conf = Files.createDirectories(dir.resolve("conf.d"));
        Files.writeString(dir.resolve("my.cnf"), "[client]\nport = 3306\n\n!includedir " + conf + "\n");
        Files.writeString(conf.resolve("auth.cnf"), "[mysqld]\n# old advice\ndefault-authentication-plugin = mysql_native_password\n");
        DoctorRun r84 = DoctorRun.run(dir, "--provider", "docker", "--server-version", "8.4", "--local-port",
                "" + TestMariaDb.freePort(), "--socket", dir.resolve("none.sock").toString(),
                "--option-file", dir.resolve("my.cnf").toString());
        assertThat(r84.check("option")).as("%s", r84).contains("[XX]", "auth.cnf:3", "default-authentication-plugin",
                "authentication_policy", "troubleshooting/default-authentication-plugin.md");
        DoctorRun r80 = DoctorRun.run(dir, "--provider", "docker", "--server-version", "8.0", "--local-port",
                "" + TestMariaDb.freePort(), "--socket", dir.resolve("none.sock").toString(),
                "--option-file", dir.resolve("my.cnf").toString());
        assertThat(r80.check("option")).contains("[!!]", "deprecated on 8.0, fatal on 8.4+");
    }

    @Test
    @DisplayName("--explain names a pasted error and gives the fix for the version asked about")
    void explain() {
        Path home = TestHomes.fresh("doctor-explain");
        DoctorRun r = DoctorRun.run(home, "--explain", "ERROR 1524 (HY000): Plugin 'mysql_native_password' is not loaded",
                "--server-version", "8.4");
        assertThat(r.out()).contains("for MySQL 8.4", "mysql_native_password=ON", "troubleshooting/1524-native-password-not-loaded.md");
        DoctorRun unknown = DoctorRun.run(home, "--explain", "the coffee machine is empty");
        assertThat(unknown.out()).contains("not in the workbook's error catalogue", "troubleshooting/README.md");
        assertThat(unknown.exit()).isZero();
    }

    @Test
    @DisplayName("a nonsense --timeout is bad input (exit 2) with the next command to run")
    void badTimeout() {
        DoctorRun r = DoctorRun.run(TestHomes.fresh("doctor-timeout"), "--timeout", "5");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("--timeout must be between 100 and 60000 ms", "next: workbook doctor --timeout 2000");
    }

    @Test
    @DisplayName("--explain gives the fix for the account named in the pasted error, not the configured one")
    void explainUsesThePastedAccount() {
        Path home = TestHomes.fresh("doctor-explain-root");
        DoctorRun r = DoctorRun.run(home, "--explain", "ERROR 1698 (28000): Access denied for user 'root'@'localhost'");
        assertThat(r.out()).contains("'root'@'localhost' accepts only socket logins", "Leave root alone",
                "troubleshooting/1698-auth-socket.md").doesNotContain("'workbook'@'localhost' accepts only socket logins");
    }
}
