package dev.workbook.db;

import static org.assertj.core.api.Assertions.assertThat;

import dev.workbook.testing.CliRun;
import dev.workbook.testing.SharedServer;
import dev.workbook.testing.TestHomes;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Logging in as an account of your own never changes that account")
class AccountSafetyTest {

    @Test
    @DisplayName("workbook sql --user reader --password ... keeps reader's password and its read-only privileges")
    void ownAccountIsLeftAlone() throws Exception {
        DbTarget t = SharedServer.target();
        try (Connection c = t.adminDataSource().orElseThrow().getConnection(); Statement st = c.createStatement()) {
            st.execute("DROP USER IF EXISTS 'reader'@'127.0.0.1', 'reader'@'localhost'");
            st.execute("CREATE USER 'reader'@'127.0.0.1' IDENTIFIED BY 'reader-pw-1', 'reader'@'localhost' IDENTIFIED BY 'reader-pw-1'");
            st.execute("GRANT SELECT ON workbook.* TO 'reader'@'127.0.0.1'");
        }
        Path home = TestHomes.root().resolve("shared");
        CliRun ok = CliRun.run(home, "sql", "--user", "reader", "--password", "reader-pw-1", "SELECT CURRENT_USER() AS u");
        assertThat(ok.exitCode()).as(ok.toString()).isZero();
        assertThat(ok.out()).contains("reader@127.0.0.1");

        CliRun wrong = CliRun.run(home, "sql", "--user", "reader", "--password", "not-reader-pw", "SELECT 1");
        assertThat(wrong.exitCode()).as("a wrong password is refused, not written over the account").isNotZero();
        assertThat(wrong.err()).contains("1045").doesNotContain("not-reader-pw");

        try (Connection c = t.adminDataSource().orElseThrow().getConnection(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SHOW GRANTS FOR 'reader'@'127.0.0.1'")) {
            StringBuilder grants = new StringBuilder();
            while (rs.next()) {
                grants.append(rs.getString(1)).append('\n');
            }
            assertThat(grants.toString()).as("still read-only").contains("GRANT SELECT ON `workbook`.*")
                    .doesNotContain("ALL PRIVILEGES ON `workbook`");
        }
        CliRun again = CliRun.run(home, "sql", "--user", "reader", "--password", "reader-pw-1", "SELECT 1");
        assertThat(again.exitCode()).as("the original password still works").isZero();
    }
}
