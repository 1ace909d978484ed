package dev.workbook.doctor;

import dev.workbook.errors.ErrorCatalogue;
import dev.workbook.errors.KnownError;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.workbook.testing.TestHomes;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Ports held by something that is not a MySQL server: a program that speaks first, one that never speaks. */
@DisplayName("doctor on ports taken by other programs")
class DoctorPortTest {

    /** A listener on loopback that greets like sshd, or never says anything when {@code greeting} is null. */
    private static final class Listener implements AutoCloseable {
        final ServerSocket server;
        final List<Socket> held = new ArrayList<>();
        final Thread thread;

        Listener(String greeting) throws IOException {
            server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
            thread = new Thread(() -> {
                try {
                    while (true) {
                        Socket s = server.accept();
                        synchronized (held) {
                            held.add(s); // never closed until the test ends: the client must give up on its own
                        }
                        if (greeting != null) {
                            s.getOutputStream().write(greeting.getBytes(StandardCharsets.US_ASCII));
                            s.getOutputStream().flush();
                        }
                    }
                } catch (IOException e) {
                    // closed
                }
            });
            thread.setDaemon(true);
            thread.start();
        }

        int port() {
            return server.getLocalPort();
        }

        @Override
        public void close() throws IOException {
            server.close();
            synchronized (held) {
                for (Socket s : held) {
                    s.close();
                }
            }
        }
    }

    private static DoctorRun doctor(int port, String... more) {
        List<String> args = new ArrayList<>(List.of("--no-local", "--host", "127.0.0.1", "--port", "" + port,
                "--user", "workbook", "--password=" + TestMariaDb.APP_PASSWORD, "--database", "wbdb"));
        args.addAll(List.of(more));
        return DoctorRun.run(TestHomes.fresh("doctor-port"), args.toArray(String[]::new));
    }

    @Test
    @DisplayName("a port held by another program: named with its pid, and a real MariaDB cannot start there")
    void portTakenByAnotherListener() throws Exception {
        try (Listener other = new Listener("SSH-2.0-OpenSSH_9.2p1 Debian-2\r\n")) {
            DoctorRun r = doctor(other.port());
            assertThat(r.exit()).isEqualTo(1);
            assertThat(r.check("tcp")).as("%s", r).contains("[XX]", "held by another program", "SSH-2.0-OpenSSH",
                    "troubleshooting/port-in-use.md");
            if (Files.isDirectory(java.nio.file.Path.of("/proc/net"))) {
                assertThat(r.check("tcp")).as("the owner is found in /proc").contains("pid " + ProcessHandle.current().pid());
            }
            TestMariaDb server = TestMariaDb.create("porttaken");
            Process p = server.launch("--port=" + other.port());
            assertThat(p.waitFor(60, TimeUnit.SECONDS)).as("the server cannot bind and exits").isTrue();
            String log = Files.readString(server.errorLog());
            String line = log.lines().filter(l -> l.contains("Bind on TCP/IP port")).findFirst().orElse(log);
            assertThat(ErrorCatalogue.explain(line).error()).as("its log line is classified: %s", line)
                    .isEqualTo(KnownError.PORT_IN_USE);
        }
    }

    @Test
    @DisplayName("a port that accepts and never answers: the doctor gives up within its time limit and says so")
    void portThatNeverAnswers() throws Exception {
        try (Listener silent = new Listener(null)) {
            DoctorRun r = assertTimeoutPreemptively(Duration.ofSeconds(15), () -> doctor(silent.port(), "--timeout", "1000"));
            assertThat(r.check("tcp")).as("%s", r).contains("[XX]", "sent nothing", "no MySQL greeting",
                    "troubleshooting/port-not-answering.md");
            assertThat(r.millis()).as("bounded by the 1 s probe limit, not by the driver's defaults").isLessThan(6000);
        }
    }

    @Test
    @DisplayName("the machine-wide check of the usual port also spots a stranger on it")
    void localPortHeldByStranger() throws Exception {
        try (Listener other = new Listener("HTTP/1.1 400 Bad Request\r\n\r\n")) {
            DoctorRun r = DoctorRun.run(TestHomes.fresh("doctor-localport"), "--provider", "docker",
                    "--local-port", "" + other.port(), "--socket", "/nonexistent-dir-for-test/mysqld.sock",
                    "--option-file", "/nonexistent-dir-for-test/my.cnf");
            assertThat(r.check("port " + other.port())).as("%s", r).contains("held by another program", "HTTP/1.1 400",
                    "troubleshooting/port-in-use.md");
        }
    }
}
