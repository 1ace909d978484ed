package dev.workbook.sandbox;

import static dev.workbook.sandbox.Scripts.one;
import static dev.workbook.sandbox.Scripts.only;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.workbook.errors.ExitCode;
import dev.workbook.errors.WorkbookException;
import dev.workbook.sandbox.db.RunDatabase;
import dev.workbook.testing.Requirements;
import dev.workbook.testing.SharedServer;
import dev.workbook.testing.TestHomes;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * What the student's code can reach under bubblewrap (files, network, the checks' classes) compared with a plain
 * process, and the fallback when bubblewrap does not work. Skipped with a reason without bubblewrap; CI requires it.
 */
class ContainmentTest {
    private static final String PROBES = """
            import java.nio.file.*;
            String read(String p) { try { return Files.readString(Path.of(p)).strip(); } catch (Exception e) { return e.getClass().getSimpleName(); } }
            String connect(String host, int port) {
                try (var s = new java.net.Socket()) { s.connect(new java.net.InetSocketAddress(host, port), 2000); return "connected"; }
                catch (Exception e) { return e.getClass().getSimpleName() + ": " + e.getMessage(); }
            }
            String load(String name) { try { Class.forName(name); return "loaded"; } catch (Throwable e) { return e.getClass().getSimpleName(); } }
            System.out.println("secret=" + read("%s"));
            System.out.println("workbook-home=" + Files.exists(Path.of(System.getenv().getOrDefault("X", "%s"))));
            System.out.println("loopback=" + connect("127.0.0.1", %d));
            System.out.println("internet=" + connect("1.1.1.1", 53));
            System.out.println("checks-class=" + load("dev.workbook.exercises.checks.Checks"));
            System.out.println("checks-file=" + read("%s"));
            System.out.println("admin-password=" + System.getenv().keySet().stream().anyMatch(k -> k.contains("PASSWORD")));
            dev.workbook.Workbook.sql("SELECT 'database reachable' AS db");
            """;

    private static String probe(Containment c) throws Exception {
        Path secret = TestHomes.fresh("secret").resolve("secret.txt");
        Files.writeString(secret, "s3cr3t");
        Path realHome = Path.of(System.getProperty("user.home"), ".workbook");
        Path checksFile = Path.of("target/classes/dev/workbook/exercises/checks/Checks.class").toAbsolutePath();
        try (ServerSocket listener = new ServerSocket(0, 5, InetAddress.getLoopbackAddress());
             StudentJvm jvm = StudentJvm.start(Limits.defaults(), c);
             RunDatabase db = RunDatabase.create(SharedServer.target())) {
            StepOutcome s = only(jvm.run(one(db.login(), PROBES.formatted(secret, realHome, listener.getLocalPort(), checksFile))));
            assertThat(s.ending()).as(s::toString).isEqualTo(Ending.COMPLETED);
            assertThat(s.output()).contains("database reachable");
            return s.output() + "\ncontainment=" + jvm.containment();
        }
    }

    @Test
    @DisplayName("under bubblewrap: no file of the user's, no ~/.workbook, no network but the database, no check classes")
    void bubblewrapConfinesTheCode() throws Exception {
        Requirements.require(Bubblewrap.probe().works(), "bubblewrap", String.valueOf(Bubblewrap.probe().reason()));
        String out = probe(Containment.BUBBLEWRAP);
        assertThat(out).contains("containment=bubblewrap:")
                .contains("secret=NoSuchFileException")
                .contains("workbook-home=false")
                .containsPattern("loopback=ConnectException")
                .containsPattern("internet=(SocketException|ConnectException|NoRouteToHostException)")
                .contains("checks-class=ClassNotFoundException")
                .contains("checks-file=NoSuchFileException")
                .contains("admin-password=false");
    }

    @Test
    @DisplayName("under bubblewrap the endings are read the same: exit code, out of memory, wall time")
    void bubblewrapEndings() {
        Requirements.require(Bubblewrap.probe().works(), "bubblewrap", String.valueOf(Bubblewrap.probe().reason()));
        Limits limits = new Limits(java.time.Duration.ofSeconds(8), 160, 1024 * 1024);
        try (StudentJvm jvm = StudentJvm.start(limits, Containment.BUBBLEWRAP);
             RunDatabase db = RunDatabase.create(SharedServer.target())) {
            StepOutcome exit = only(jvm.run(one(db.login(), "int x = 1;\nSystem.exit(3);")));
            assertThat(exit.ending()).isEqualTo(Ending.EXITED);
            assertThat(exit.reason()).contains("System.exit(3)").contains("line 2");
            StepOutcome oom = only(jvm.run(one(db.login(), "var l = new java.util.ArrayList<long[]>();\nwhile (true) l.add(new long[8_000_000]);")));
            assertThat(oom.ending()).isEqualTo(Ending.OUT_OF_MEMORY);
            StepOutcome loop = only(jvm.run(one(db.login(), "while (true) { try { } catch (Throwable t) { } }")));
            assertThat(loop.ending()).isEqualTo(Ending.TIMED_OUT);
            assertThat(only(jvm.run(one(db.login(), "int fine = 1;"))).ending()).isEqualTo(Ending.COMPLETED);
        }
    }

    @Test
    @DisplayName("as a plain process the same code reads the user's files and the network (which is why bubblewrap is preferred), "
            + "but still not the check classes or the administrative password")
    void processOnlyIsWeaker() throws Exception {
        String out = probe(Containment.PROCESS);
        assertThat(out).contains("containment=process only (as asked)")
                .contains("secret=s3cr3t")
                .contains("loopback=connected")
                .contains("checks-class=ClassNotFoundException")
                .contains("admin-password=false");
    }

    @Test
    @DisplayName("AUTO falls back to a plain process where bubblewrap fails, and says so; BUBBLEWRAP then refuses to start")
    void fallbackIsReported() {
        Bubblewrap.Probe broken = new Bubblewrap.Probe(null, false, "bwrap is not installed (Debian/Ubuntu: apt-get install bubblewrap)");
        try (StudentJvm jvm = SandboxedJvm.start(Limits.defaults(), Containment.AUTO, broken);
             RunDatabase db = RunDatabase.create(SharedServer.target())) {
            assertThat(jvm.containment()).startsWith("process only (bwrap is not installed");
            RunOutcome o = jvm.run(one(db.login(), "int x = 1;"));
            assertThat(o.completed()).isTrue();
            assertThat(o.containment()).isEqualTo(jvm.containment());
        }
        assertThatThrownBy(() -> SandboxedJvm.start(Limits.defaults(), Containment.BUBBLEWRAP, broken))
                .isInstanceOf(WorkbookException.class)
                .hasMessageContaining("bubblewrap containment was asked for")
                .satisfies(e -> assertThat(((WorkbookException) e).exitCode()).isEqualTo(ExitCode.ENVIRONMENT_NOT_READY));
    }
}
