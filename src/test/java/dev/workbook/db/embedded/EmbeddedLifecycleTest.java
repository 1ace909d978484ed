package dev.workbook.db.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import dev.workbook.db.DbTarget;
import dev.workbook.testing.TestHomes;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

@DisplayName("The embedded server starts, is shared, stops, and keeps committed data")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class EmbeddedLifecycleTest {
    static Path home;
    static final List<String> progress = new CopyOnWriteArrayList<>();

    @BeforeAll
    static void home() {
        home = TestHomes.fresh("lifecycle");
    }

    @AfterAll
    static void stop() {
        provider().stop();
    }

    static EmbeddedProvider provider() {
        return new EmbeddedProvider(TestHomes.settings(home), progress::add);
    }

    @Test
    @Order(1)
    @DisplayName("start on an empty home creates a utf8mb4 workbook database the non-root app user can use")
    void startCreatesDatabase() throws SQLException {
        DbTarget t = provider().start();
        assertThat(t.serverVersion()).as("the server is the embedded MariaDB").contains("MariaDB");
        try (Connection c = t.connect(); Statement st = c.createStatement()) {
            ResultSet rs = st.executeQuery("SELECT CURRENT_USER(), @@character_set_database, @@collation_database");
            rs.next();
            assertThat(rs.getString(1)).as("the application never runs as root").startsWith("workbook@").doesNotContain("root");
            assertThat(rs.getString(2)).as("the workbook database stores 4-byte UTF-8").isEqualTo("utf8mb4");
            st.execute("CREATE TABLE note (id INT PRIMARY KEY, text VARCHAR(50))");
            st.execute("INSERT INTO note VALUES (1, 'committed before stop 😀')");
        }
        assertThat(Files.exists(home.resolve("embedded/init.sql"))).as("the init file with passwords is deleted").isFalse();
    }

    @Test
    @Order(2)
    @DisplayName("the app user's privileges cover only the workbook database")
    void appUserIsLimited() throws SQLException {
        DbTarget t = provider().start();
        try (Connection c = t.connect(); Statement st = c.createStatement()) {
            SQLException e = org.junit.jupiter.api.Assertions.assertThrows(SQLException.class,
                    () -> st.execute("CREATE DATABASE elsewhere"));
            assertThat(e.getErrorCode()).as("access denied to create another database").isIn(1044, 1227);
        }
    }

    @Test
    @Order(3)
    @DisplayName("a second start attaches to the running server instead of starting another")
    void secondStartAttaches() {
        EmbeddedProvider p = provider();
        long pid = p.findRunning().orElseThrow().pid();
        DbTarget again = p.start();
        assertThat(p.findRunning().orElseThrow().pid()).as("same server process").isEqualTo(pid);
        assertThat(again.port()).isPositive();
    }

    @Test
    @Order(4)
    @DisplayName("stop ends the server; status says so; data survive a restart")
    void stopAndRestartKeepsRows() throws SQLException {
        EmbeddedProvider p = provider();
        p.stop();
        assertThat(p.findRunning()).as("no server after stop").isEmpty();
        assertThat(p.status().running()).isFalse();
        DbTarget t = p.start();
        try (Connection c = t.connect(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT text FROM note WHERE id = 1")) {
            assertThat(rs.next()).as("the row committed before the stop is still there").isTrue();
            assertThat(rs.getString(1)).isEqualTo("committed before stop 😀");
        }
        assertThat(p.status().running()).isTrue();
    }

    @Test
    @Order(5)
    @DisplayName("after kill -9 of the server, the next start recovers and committed rows are kept")
    void recoversFromKill9() throws Exception {
        EmbeddedProvider p = provider();
        DbTarget t = p.start();
        try (Connection c = t.connect(); Statement st = c.createStatement()) {
            st.execute("INSERT INTO note VALUES (2, 'committed before kill -9')");
        }
        ProcessHandle server = p.findRunning().orElseThrow();
        server.destroyForcibly(); // SIGKILL: no shutdown, no cleanup
        server.onExit().get();
        progress.clear();
        DbTarget after = p.start();
        assertThat(progress).as("the start reports that it recovered").anyMatch(m -> m.startsWith("recovering"));
        try (Connection c = after.connect(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM note")) {
            rs.next();
            assertThat(rs.getInt(1)).as("both committed rows survived the crash").isEqualTo(2);
        }
    }

    @Test
    @Order(6)
    @DisplayName("a restart keeps the previous port when it is free")
    void keepsPort() {
        EmbeddedProvider p = provider();
        int before = p.start().port();
        p.stop();
        assertThat(p.start().port()).isEqualTo(before);
    }
}
