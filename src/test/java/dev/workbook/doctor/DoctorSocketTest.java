package dev.workbook.doctor;

import static org.assertj.core.api.Assertions.assertThat;

import dev.workbook.testing.TestHomes;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Socket files as they really end up: served, gone with the server, left behind by a crash, never creatable. */
@DisplayName("doctor on real server sockets: down, stale, missing directory, not a socket")
class DoctorSocketTest {
    private static Path home;

    @BeforeAll
    static void home() {
        home = TestHomes.fresh("doctor-socket");
    }

    @AfterAll
    static void done() {
        // servers are closed by each test
    }

    private static DoctorRun doctor(int port, Path socket) {
        return DoctorRun.run(home, "--no-local", "--host", "127.0.0.1", "--port", "" + port, "--user", "workbook",
                "--password=" + TestMariaDb.APP_PASSWORD, "--database", "wbdb", "--socket", socket.toString());
    }

    @Test
    @DisplayName("server down: the socket file is gone and TCP is refused, with the start command as the fix")
    void serverDown() throws Exception {
        TestMariaDb server = TestMariaDb.create("down").start();
        server.stop();
        DoctorRun r = doctor(server.port(), server.socket());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.check("socket")).as("errno 2 after a clean shutdown:\n%s", r)
                .contains("[XX]", "no such file (errno 2)", "troubleshooting/2002-socket-missing.md");
        assertThat(r.check("tcp")).contains("[XX]", "connection refused", "start the server",
                "troubleshooting/2003-cant-connect-tcp.md");
    }

    @Test
    @DisplayName("a server killed with -9 leaves a stale socket: errno 111, and the doctor says so")
    void staleSocket() throws Exception {
        TestMariaDb server = TestMariaDb.create("stale").start();
        server.kill();
        assertThat(server.socket()).as("the crash left the socket file behind").exists();
        DoctorRun r = doctor(server.port(), server.socket());
        assertThat(r.check("socket")).as("%s", r).contains("[XX]", "connection refused (errno 111)", "stale",
                "sudo rm " + server.socket(), "troubleshooting/2002-stale-socket.md");
        Files.deleteIfExists(server.socket());
    }

    @Test
    @DisplayName("a missing socket directory stops the server at start-up; the doctor names the directory to create")
    void socketDirectoryMissing() throws Exception {
        TestMariaDb server = TestMariaDb.create("nodir");
        Path dir = server.socket().getParent().resolve("run-mysqld-gone");
        Path socket = dir.resolve("mysqld.sock");
        Process p = server.launch("--socket=" + socket); // the later --socket wins
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).as("the server gives up").isTrue();
        assertThat(Files.readString(server.errorLog())).as("for the reason users see in the log")
                .contains("Can't start server : Bind on unix socket");
        DoctorRun r = doctor(server.port(), socket);
        assertThat(r.check("socket")).contains("[XX]", "its directory " + dir + " does not exist",
                "sudo install -d -o mysql -g mysql -m 755 " + dir, "Do not mkfifo", "troubleshooting/2002-socket-missing.md");
    }

    @Test
    @DisplayName("the seed's mkfifo at the socket path is recognised as not a socket")
    void fifoInsteadOfSocket() throws Exception {
        Path fifo = TestHomes.fresh("fifo").resolve("mysqld.sock");
        Process p = new ProcessBuilder("mkfifo", fifo.toString()).start();
        assertThat(p.waitFor()).isZero();
        DoctorRun r = doctor(TestMariaDb.freePort(), fifo);
        assertThat(r.check("socket")).contains("[XX]", "a FIFO, as mkfifo makes", "troubleshooting/2002-stale-socket.md");
    }

    @Test
    @DisplayName("skip-networking: the socket answers, TCP is refused, and the doctor blames skip-networking")
    void skipNetworking() throws Exception {
        Path cnf = TestHomes.fresh("cnf").resolve("my.cnf");
        Files.writeString(cnf, "[mysqld]\nskip-networking\n");
        try (TestMariaDb server = TestMariaDb.create("nonet").start("--skip-networking")) {
            DoctorRun r = DoctorRun.run(home, "--no-local", "--host", "127.0.0.1", "--port", "" + server.port(),
                    "--user", "workbook", "--password=" + TestMariaDb.APP_PASSWORD, "--database", "wbdb",
                    "--socket", server.socket().toString(), "--option-file", cnf.toString());
            assertThat(r.check("socket")).as("%s", r).contains("[ok]", "MariaDB 11.4");
            assertThat(r.check("tcp")).contains("[XX]", "skip-networking", "troubleshooting/skip-networking.md");
        }
    }
}
