package dev.workbook.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.workbook.db.Redactor;
import dev.workbook.testing.CliRun;
import dev.workbook.testing.SharedServer;
import dev.workbook.testing.TestHomes;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Passwords are never printed unless the user asks")
class RedactionTest {

    @Test
    @DisplayName("db url hides the password; --show-password shows it and it works")
    void dbUrl() throws Exception {
        Path home = TestHomes.root().resolve("shared");
        String password = SharedServer.target().app().password();
        CliRun hidden = CliRun.run(home, "db", "url");
        assertThat(hidden.exitCode()).as(hidden.toString()).isZero();
        assertThat(hidden.out()).contains("password=****").doesNotContain(password);
        assertThat(hidden.err()).doesNotContain(password);

        CliRun shown = CliRun.run(home, "db", "url", "--show-password");
        assertThat(shown.out()).contains("password=" + password);
        try (var c = java.sql.DriverManager.getConnection(shown.out().strip())) {
            assertThat(c.isValid(2)).as("the printed URL logs in").isTrue();
        }
    }

    @Test
    @DisplayName("config shows **** for a password from the environment or the config file")
    void configCommand() throws Exception {
        Path home = TestHomes.fresh("redact-config");
        Files.writeString(home.resolve("config.properties"), "admin.password = file-secret-42\n");
        Map<String, String> env = TestHomes.env(home);
        env.put("WORKBOOK_DB_PASSWORD", "env-secret-42");
        CliRun r = CliRun.run(env, "", "config");
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).contains("db.password", "****", "environment", "config file")
                .doesNotContain("env-secret-42").doesNotContain("file-secret-42");
    }

    @Test
    @DisplayName("the embedded server's generated passwords are stored readable by the owner only")
    void credentialsFilePermissions() throws Exception {
        SharedServer.target();
        Path creds = TestHomes.root().resolve("shared/embedded/credentials.properties");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(creds))).isEqualTo("rw-------");
        String log = Files.readString(TestHomes.root().resolve("shared/embedded/mariadb.err"));
        assertThat(log).as("the server log never holds a password")
                .doesNotContain(SharedServer.target().app().password())
                .doesNotContain(SharedServer.admin().password());
    }

    @Test
    @DisplayName("the redactor hides URL passwords and named secrets in free text")
    void redactor() {
        assertThat(Redactor.redact("jdbc:mysql://h:1/db?user=a&password=s3cret&x=1"))
                .isEqualTo("jdbc:mysql://h:1/db?user=a&password=****&x=1");
        assertThat(Redactor.redact("mysql://bob:s3cret@host/db")).isEqualTo("mysql://bob:****@host/db");
        assertThat(Redactor.redact("Access denied, tried s3cret", "s3cret")).isEqualTo("Access denied, tried ****");
        assertThat(new dev.workbook.db.Credentials("bob", "s3cret").toString()).isEqualTo("bob:****");
    }
}
