package dev.workbook.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.workbook.cli.CliContext;
import dev.workbook.cli.WorkbookCli;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * What every provider that starts its own server must do, whatever the server runs in: one server per
 * workbook home, attach on a second start, committed rows kept across stop and start, a utf8mb4 database
 * with a non-root application user, and passwords never shown. Subclasses supply the provider and the
 * environment a CLI process of that home sees.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
public abstract class ProviderContract {

    /** A new provider object for the test's home, as a new process would create it. */
    protected abstract Provider provider();

    /** The environment of a workbook command run for the test's home with this provider. */
    protected abstract Map<String, String> cliEnv();

    protected abstract Path home();

    /** What a command prints: exit code, stdout and stderr. */
    protected record Run(int code, String out, String err) {
    }

    protected Run cli(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CliContext ctx = new CliContext(cliEnv(), new ByteArrayInputStream(new byte[0]), new PrintWriter(out, true),
                new PrintWriter(err, true));
        int code = WorkbookCli.run(ctx, args);
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    @Order(1)
    @DisplayName("start gives a utf8mb4 workbook database whose application user is not root and owns only that database")
    void startGivesUtf8mb4DatabaseAndRestrictedAppUser() throws SQLException {
        DbTarget t = provider().start();
        try (Connection c = t.connect(); Statement st = c.createStatement()) {
            ResultSet rs = st.executeQuery("SELECT CURRENT_USER(), @@character_set_database, DATABASE()");
            rs.next();
            assertThat(rs.getString(1)).as("the application logs in as its own user, never root").doesNotStartWith("root@");
            assertThat(rs.getString(2)).as("the workbook database stores 4-byte UTF-8").isEqualTo("utf8mb4");
            assertThat(rs.getString(3)).isEqualTo(t.database());
            st.execute("CREATE TABLE contract_probe (id INT PRIMARY KEY, word VARCHAR(20))");
            st.execute("INSERT INTO contract_probe VALUES (1, 'tschüß 🙂')");
            ResultSet back = st.executeQuery("SELECT word FROM contract_probe WHERE id = 1");
            back.next();
            assertThat(back.getString(1)).as("emoji survive the round trip").isEqualTo("tschüß 🙂");
            assertThatThrownBy(() -> st.execute("CREATE DATABASE contract_other"))
                    .as("the application user's privileges cover the workbook database only")
                    .isInstanceOf(SQLException.class);
        }
    }

    @Test
    @Order(2)
    @DisplayName("a second start attaches to the running server instead of starting another")
    void secondStartAttaches() throws SQLException {
        DbTarget first = provider().start();
        DbTarget second = provider().start();
        assertThat(second.port()).as("the same server answers both starts").isEqualTo(first.port());
        assertThat(second.host()).isEqualTo(first.host());
        try (Connection c = second.connect(); Statement st = c.createStatement()) {
            ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM contract_probe");
            rs.next();
            assertThat(rs.getInt(1)).as("the row written through the first start is visible").isEqualTo(1);
        }
        assertThat(provider().status().running()).as("status reports the running server").isTrue();
    }

    @Test
    @Order(3)
    @DisplayName("db url and db status never print the password unless --show-password is given")
    void passwordsAreRedacted() {
        DbTarget t = provider().start();
        String password = t.app().password();
        Run url = cli("db", "url");
        assertThat(url.code()).as(url.err()).isZero();
        assertThat(url.out()).as("the URL hides the password").contains("password=" + Redactor.MASK).doesNotContain(password);
        Run status = cli("db", "status");
        assertThat(status.code()).as(status.err()).isZero();
        assertThat(status.out() + status.err()).as("status shows no password").doesNotContain(password)
                .doesNotContain(t.admin().password());
        Run shown = cli("db", "url", "--show-password");
        assertThat(shown.out()).as("the user may ask for it explicitly").contains("password=" + password);
    }

    @Test
    @Order(4)
    @DisplayName("committed rows survive db stop and db start, and status says stopped in between")
    void committedRowsSurviveStopAndStart() throws SQLException {
        try (Connection c = provider().start().connect(); Statement st = c.createStatement()) {
            st.execute("INSERT INTO contract_probe VALUES (2, 'kept')");
        }
        Run stop = cli("db", "stop");
        assertThat(stop.code()).as(stop.err()).isZero();
        assertThat(provider().status().running()).as("nothing runs after db stop").isFalse();
        assertThat(cli("db", "status").code()).as("db status exits 3 when the server is stopped").isEqualTo(3);

        Run start = cli("db", "start");
        assertThat(start.code()).as(start.err()).isZero();
        try (Connection c = provider().start().connect(); Statement st = c.createStatement()) {
            ResultSet rs = st.executeQuery("SELECT word FROM contract_probe WHERE id = 2");
            assertThat(rs.next()).as("the committed row is still there after stop and start").isTrue();
            assertThat(rs.getString(1)).isEqualTo("kept");
        }
    }

    @AfterAll
    void stopServer() {
        provider().stop();
        assertThat(provider().status().running()).as("the suite leaves no server running").isFalse();
    }
}
