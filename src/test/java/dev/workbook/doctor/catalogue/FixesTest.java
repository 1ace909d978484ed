package dev.workbook.doctor.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import dev.workbook.db.ServerVersion;
import dev.workbook.errors.KnownError;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The fixes differ where the servers differ, and retire the seed's outdated advice with a reason. */
@DisplayName("version-aware fixes")
class FixesTest {
    private static FixContext on(String version, Platform p) {
        return new FixContext(ServerVersion.hint(version), p, "workbook", "127.0.0.1", 3306, "workbook",
                "~/.workbook/config.properties");
    }

    @Test
    @DisplayName("every catalogue entry has a fix on every server line and platform")
    void everyConditionHasAFix() {
        for (KnownError c : KnownError.values()) {
            for (String v : new String[] {"8.0", "8.4", "9.1", "mariadb 10.11", "mariadb 11.4", "unknown"}) {
                for (Platform p : Platform.values()) {
                    String fix = Fixes.of(c, on(v, p));
                    assertThat(fix).as("%s on %s/%s", c, v, p).isNotBlank().isNotEqualTo("see the page")
                            .doesNotContain("{dir}", "{socket}");
                }
            }
        }
    }

    @Test
    @DisplayName("mysql_native_password: 8.4 re-enables it briefly, 9.x cannot, 8.0 migrates ahead")
    void nativePasswordByLine() {
        assertThat(Fixes.of(KnownError.NATIVE_PASSWORD_NOT_LOADED, on("8.4", Platform.DEBIAN))).contains("mysql_native_password=ON");
        assertThat(Fixes.of(KnownError.NATIVE_PASSWORD_NOT_LOADED, on("9.1", Platform.DEBIAN)))
                .contains("removed").doesNotContain("mysql_native_password=ON");
        assertThat(Fixes.of(KnownError.NATIVE_PASSWORD_NOT_LOADED, on("8.0", Platform.DEBIAN))).contains("migrate now");
    }

    @Test
    @DisplayName("socket-only root: the application user first, then the family's own ALTER USER, never UPDATE mysql.user")
    void authSocket() {
        String maria = Fixes.of(KnownError.AUTH_SOCKET, on("mariadb 10.11", Platform.DEBIAN));
        String mysql = Fixes.of(KnownError.AUTH_SOCKET, on("8.0", Platform.DEBIAN));
        assertThat(maria.indexOf("CREATE USER")).isLessThan(maria.indexOf("ALTER USER")).isNotNegative();
        assertThat(maria).contains("sudo mariadb", "unix_socket OR mysql_native_password USING PASSWORD(", "1348");
        assertThat(mysql).contains("sudo mysql", "IDENTIFIED WITH caching_sha2_password", "bypasses");
    }

    @Test
    @DisplayName("the old advice is corrected with its reason: PASSWORD(), --skip-grant-tables, validate_password_policy")
    void oldAdvice() {
        assertThat(Fixes.of(KnownError.PASSWORD_FUNCTION_REMOVED, on("8.0", Platform.DEBIAN)))
                .contains("removed in MySQL 8.0", "ALTER USER");
        assertThat(Fixes.of(KnownError.PASSWORD_FUNCTION_REMOVED, on("mariadb 10.11", Platform.DEBIAN)))
                .contains("mysql.user is a view");
        assertThat(Fixes.of(KnownError.SKIP_GRANT_TABLES, on("mariadb 11.4", Platform.DEBIAN)))
                .contains("FLUSH PRIVILEGES; first", "--skip-networking");
        assertThat(Fixes.of(KnownError.PASSWORD_POLICY, on("8.4", Platform.DEBIAN))).contains("validate_password.policy");
        assertThat(Fixes.of(KnownError.DEFAULT_AUTH_PLUGIN_REMOVED, on("8.4", Platform.DEBIAN))).contains("authentication_policy");
    }

    @Test
    @DisplayName("platform commands: systemd/service on Debian, brew services on macOS, net start on Windows")
    void platformCommands() {
        assertThat(Fixes.of(KnownError.SERVER_NOT_RUNNING, on("mariadb 10.11", Platform.DEBIAN)))
                .contains("sudo systemctl start mariadb", "sudo service mariadb start");
        assertThat(Fixes.of(KnownError.SERVER_NOT_RUNNING, on("8.4", Platform.MACOS))).contains("brew services start mysql@8.4");
        assertThat(Fixes.of(KnownError.SERVER_NOT_RUNNING, on("9.1", Platform.MACOS))).contains("brew services start mysql");
        assertThat(Fixes.of(KnownError.SERVER_NOT_RUNNING, on("8.4", Platform.WINDOWS))).contains("net start MySQL84");
        assertThat(Fixes.of(KnownError.PORT_IN_USE, on("8.4", Platform.WINDOWS))).contains("netstat -ano | findstr :3306");
    }

    @Test
    @DisplayName("access denied: MySQL 8.4 keeps caching_sha2_password, MariaDB uses plain IDENTIFIED BY")
    void accessDenied() {
        assertThat(Fixes.of(KnownError.ACCESS_DENIED, on("8.4", Platform.DEBIAN)))
                .contains("IDENTIFIED WITH caching_sha2_password BY");
        assertThat(Fixes.of(KnownError.ACCESS_DENIED, on("mariadb 11.4", Platform.DEBIAN)))
                .contains("IDENTIFIED BY '<new-password>'").doesNotContain("caching_sha2");
    }
}
