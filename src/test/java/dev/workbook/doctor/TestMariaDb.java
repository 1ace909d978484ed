package dev.workbook.doctor;

import dev.workbook.db.embedded.EmbeddedProvider;
import dev.workbook.doctor.probes.Greeting;
import dev.workbook.doctor.probes.Handshake;
import dev.workbook.platform.CurrentUser;
import dev.workbook.platform.FileTrees;
import dev.workbook.testing.TestHomes;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A real MariaDB (the embedded provider's binaries) with its own data directory, port and socket under
 * target/, started in whatever broken way a test needs. The data directory is installed once and reused;
 * the init file runs at every start and is idempotent.
 */
final class TestMariaDb implements AutoCloseable {
    static final String APP_PASSWORD = "Good-pw-41";
    /** Accounts and tables every scenario starts from: an application user, a utf8mb3 table, a grant on a missing db. */
    static final String INIT = String.join("\n",
            "CREATE DATABASE IF NOT EXISTS wbdb CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;",
            "CREATE USER IF NOT EXISTS 'workbook'@'localhost' IDENTIFIED BY '" + APP_PASSWORD + "';",
            "GRANT ALL PRIVILEGES ON wbdb.* TO 'workbook'@'localhost';",
            "GRANT ALL PRIVILEGES ON shop.* TO 'workbook'@'localhost';",
            "CREATE TABLE IF NOT EXISTS wbdb.legacy_notes (id INT AUTO_INCREMENT PRIMARY KEY, title VARCHAR(100))"
                    + " CHARACTER SET utf8mb3 COLLATE utf8mb3_general_ci;", "");

    private static Path installed;

    private final Path dir;
    private final Path base;
    private final int port;
    private final Path socket;
    private Process process;

    private TestMariaDb(Path dir, Path base, int port, Path socket) {
        this.dir = dir;
        this.base = base;
        this.port = port;
        this.socket = socket;
    }

    /** A server on a fresh port and socket over the shared, once-installed data directory (not started). */
    static synchronized TestMariaDb create(String name) throws IOException, InterruptedException {
        Path base = EmbeddedProvider.serverBinaries(TestHomes.settings(TestHomes.root().resolve("doctor-binaries")));
        Path root = TestHomes.root().resolve("doctor-servers");
        if (installed == null) {
            installed = root.resolve("data");
            if (!Files.isDirectory(installed.resolve("mysql"))) {
                install(base, root);
            }
        }
        Path dir = Files.createDirectories(root.resolve(name));
        Path sock = dir.resolve("mysqld.sock");
        if (sock.toString().length() > 100) {
            sock = Files.createTempDirectory("wbdoc").resolve("mysqld.sock");
        }
        Files.deleteIfExists(sock);
        return new TestMariaDb(dir, base, freePort(), sock);
    }

    private static void install(Path base, Path root) throws IOException, InterruptedException {
        Path scratch = root.resolve("data.installing");
        FileTrees.delete(scratch);
        Files.createDirectories(root);
        List<String> cmd = new ArrayList<>(List.of(base.resolve("scripts/mariadb-install-db").toString(), "--no-defaults",
                "--basedir=" + base, "--datadir=" + scratch, "--skip-test-db", "--innodb-log-file-size=16M"));
        if (CurrentUser.isRoot()) {
            cmd.add("--user=root");
        }
        Process p = command(base, cmd, root.resolve("install.log")).start();
        if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IllegalStateException("mariadb-install-db failed, see " + root.resolve("install.log"));
        }
        Files.move(scratch, root.resolve("data"));
    }

    int port() {
        return port;
    }

    Path socket() {
        return socket;
    }

    Path errorLog() {
        return dir.resolve("error.log");
    }

    /** Starts and waits until the server answers on its port (or, with skip-networking, on its socket). */
    TestMariaDb start(String... extraArgs) throws IOException, InterruptedException {
        launch(extraArgs);
        long deadline = System.nanoTime() + 60_000_000_000L;
        boolean tcp = !List.of(extraArgs).contains("--skip-networking");
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("test server exited: " + Files.readString(errorLog()));
            }
            if (tcp ? answers(port) : Handshake.unix(socket, 500).kind() == Greeting.Kind.HANDSHAKE) {
                return this;
            }
            Thread.sleep(30);
        }
        throw new IllegalStateException("test server did not answer; log: " + errorLog());
    }

    /** Launches without waiting: for start-ups that are meant to fail. Returns the process. */
    Process launch(String... extraArgs) throws IOException {
        Path init = dir.resolve("init.sql");
        Files.writeString(init, INIT);
        List<String> cmd = new ArrayList<>(List.of(base.resolve("bin/mariadbd").toString(), "--no-defaults",
                "--basedir=" + base, "--datadir=" + installed, "--port=" + port, "--bind-address=127.0.0.1",
                "--socket=" + socket, "--pid-file=" + dir.resolve("mariadbd.pid"), "--log-error=" + errorLog(),
                "--skip-ssl", "--innodb-buffer-pool-size=32M", "--innodb-log-file-size=16M",
                "--character-set-server=utf8mb4", "--innodb-buffer-pool-dump-at-shutdown=0",
                "--innodb-buffer-pool-load-at-startup=0", "--init-file=" + init));
        cmd.addAll(List.of(extraArgs));
        if (CurrentUser.isRoot()) {
            cmd.add("--user=root");
        }
        Files.deleteIfExists(errorLog());
        process = command(base, cmd, dir.resolve("stdout.log")).start();
        return process;
    }

    /** A clean shutdown: the server removes its socket file. */
    void stop() throws InterruptedException {
        if (process != null && process.isAlive()) {
            process.destroy();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        }
    }

    /** kill -9: the socket file stays behind with nothing listening, as after a crash or power loss. */
    void kill() throws InterruptedException {
        if (process != null && process.isAlive()) {
            process.destroyForcibly().waitFor();
        }
    }

    @Override
    public void close() throws InterruptedException {
        stop();
    }

    static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    static boolean answers(int port) {
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress("127.0.0.1", port), 300);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static ProcessBuilder command(Path base, List<String> cmd, Path log) {
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(base.toFile()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        pb.environment().put("LD_LIBRARY_PATH", base.resolve("libs").toString());
        return pb;
    }
}
