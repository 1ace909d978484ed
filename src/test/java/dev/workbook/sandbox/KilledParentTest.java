package dev.workbook.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import dev.workbook.db.DbTarget;
import dev.workbook.sandbox.db.RunDatabases;
import dev.workbook.testing.Requirements;
import dev.workbook.testing.SharedServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.DisplayName;

/**
 * A checker killed with -9 in the middle of a run (a separate JVM, as a user's terminal would run it): its student JVM
 * dies with it, and the next sweep finds the run's lease free and removes its database and account.
 */
class KilledParentTest {
    @ParameterizedTest
    @EnumSource(value = Containment.class, names = {"PROCESS", "BUBBLEWRAP"})
    @DisplayName("kill -9 of the checker mid-run: no student JVM survives, and the next sweep leaves nothing behind")
    void killedMidRun(Containment containment) throws Exception {
        if (containment == Containment.BUBBLEWRAP) {
            Requirements.require(Bubblewrap.probe().works(), "bubblewrap", String.valueOf(Bubblewrap.probe().reason()));
        }
        DbTarget base = SharedServer.target();
        DataSource admin = base.adminDataSource().orElseThrow();
        List<String> cmd = List.of(JvmCommand.java().toString(), "-cp", System.getProperty("java.class.path"),
                KilledParentMain.class.getName(), base.host(), Integer.toString(base.port()), base.app().user(),
                base.app().password(), base.admin().user(), base.admin().password(), containment.name());
        Path log = Files.createTempFile("killed-parent", ".log");
        Process checker = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        try {
            String db = awaitLine(log, "run database ", checker);
            long studentPid = awaitStarted(admin, db, checker, log);
            List<ProcessHandle> tree = new ArrayList<>(checker.descendants().toList());
            assertThat(tree).as("the student JVM runs under the checker").isNotEmpty();
            checker.destroyForcibly();
            checker.waitFor(10, TimeUnit.SECONDS);
            for (ProcessHandle p : tree) {
                p.onExit().get(15, TimeUnit.SECONDS);
                assertThat(p.isAlive()).as("student JVM process " + p.pid()).isFalse();
            }
            assertThat(studentPid).isPositive();
            awaitLockFree(admin, db);
            RunDatabases.Swept swept = RunDatabases.sweep(admin);
            assertThat(swept.databases()).contains(db);
            assertThat(swept.accounts()).anySatisfy(a -> assertThat(a).startsWith(db + "@"));
            assertThat(strings(admin, "SHOW DATABASES")).doesNotContain(db);
            assertThat(strings(admin, "SELECT User FROM mysql.user WHERE User LIKE '" + db + "%'")).isEmpty();
        } finally {
            checker.destroyForcibly();
            Files.deleteIfExists(log);
        }
    }

    private static String awaitLine(Path log, String prefix, Process p) throws Exception {
        long end = System.currentTimeMillis() + 120_000;
        while (System.currentTimeMillis() < end) {
            for (String l : Files.readAllLines(log)) {
                if (l.startsWith(prefix)) {
                    return l.substring(prefix.length()).strip();
                }
            }
            if (!p.isAlive()) {
                break;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the checker never said '" + prefix + "': " + Files.readString(log));
    }

    private static long awaitStarted(DataSource admin, String db, Process p, Path log) throws Exception {
        long end = System.currentTimeMillis() + 120_000;
        while (System.currentTimeMillis() < end && p.isAlive()) {
            try {
                List<String> pid = strings(admin, "SELECT pid FROM " + db + ".started");
                if (!pid.isEmpty()) {
                    return Long.parseLong(pid.get(0));
                }
            } catch (SQLException notYet) {
                // The script has not created its table yet.
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the script never started: " + Files.readString(log));
    }

    private static void awaitLockFree(DataSource admin, String db) throws Exception {
        long end = System.currentTimeMillis() + 15_000;
        while (!strings(admin, "SELECT IS_FREE_LOCK('" + db + "')").equals(List.of("1"))) {
            assertThat(System.currentTimeMillis()).as("the lease of a killed checker is released by the server").isLessThan(end);
            Thread.sleep(100);
        }
    }

    private static List<String> strings(DataSource ds, String sql) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Connection c = ds.getConnection(); Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }
}
