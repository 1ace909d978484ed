package dev.workbook.db.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import dev.workbook.db.DbTarget;
import dev.workbook.testing.JavaProcess;
import dev.workbook.testing.TestHomes;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("A CLI killed with kill -9 in the middle of starting the server leaves nothing the next start trips on")
class CliCrashTest {
    Path home;

    @AfterEach
    void stop() {
        new EmbeddedProvider(TestHomes.settings(home), m -> { }).stop();
    }

    @Test
    @DisplayName("the next start attaches to the server the dead CLI launched; no second server, no password file left")
    void killedWhileStarting() throws Exception {
        home = TestHomes.fresh("clicrash");
        Process cli = JavaProcess.start(TestHomes.env(home), home.resolve("cli.txt"), "db", "start");
        Path state = home.resolve("embedded/server.properties");
        long deadline = System.nanoTime() + 120_000_000_000L;
        while (!Files.exists(state) && cli.isAlive() && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        assertThat(Files.exists(state)).as("the CLI got as far as launching the server").isTrue();
        cli.destroyForcibly(); // kill -9 while it waits for the server
        cli.waitFor();

        EmbeddedProvider p = new EmbeddedProvider(TestHomes.settings(home), m -> { });
        DbTarget t = p.start();
        try (Connection c = t.connect(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT DATABASE()")) {
            rs.next();
            assertThat(rs.getString(1)).isEqualTo("workbook");
        }
        long servers = ProcessHandle.allProcesses()
                .filter(h -> h.info().arguments().map(a -> String.join(" ", a)).orElse("")
                        .contains("--datadir=" + p.dataDir()))
                .count();
        assertThat(servers).as("one server for the data directory").isEqualTo(1);
        assertThat(Files.exists(home.resolve("embedded/init.sql"))).as("no file with a password left behind").isFalse();
    }
}
