package dev.workbook.db.embedded;

import dev.workbook.platform.CurrentUser;
import dev.workbook.errors.WorkbookException;
import java.io.File;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Runs the MariaDB binaries as a server process that outlives the JVM that started it, so every
 * process of the user (CLI, notebooks, tests) shares one server. Knows how to find it again from its pid.
 */
final class MariaDbProcess {
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(60);

    private MariaDbProcess() {
    }

    /** Runs mariadb-install-db into {@code dataDir} (which must not exist yet). */
    static void install(Path base, Path dataDir, Path logFile) throws IOException, InterruptedException {
        EmbeddedLayout.Os os = EmbeddedLayout.Os.current();
        List<String> cmd = new ArrayList<>();
        if (os == EmbeddedLayout.Os.WINDOWS) {
            cmd.add(base.resolve("bin").resolve(os.exe("mariadb-install-db")).toString());
            cmd.add("--datadir=" + dataDir);
        } else {
            cmd.add(base.resolve("scripts").resolve("mariadb-install-db").toString());
            cmd.add("--no-defaults");
            cmd.add("--basedir=" + base);
            cmd.add("--datadir=" + dataDir);
            cmd.add("--skip-test-db");
            cmd.add("--skip-name-resolve");
            cmd.add("--innodb-log-file-size=16M");
            if (CurrentUser.isRoot()) {
                cmd.add("--user=root");
            }
        }
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(base.toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()))
                .redirectInput(ProcessBuilder.Redirect.from(nullDevice()));
        pb.environment().put("LD_LIBRARY_PATH", base.resolve("libs").toString());
        Process p = pb.start();
        if (!p.waitFor(5, java.util.concurrent.TimeUnit.MINUTES) || p.exitValue() != 0) {
            p.destroyForcibly();
            throw WorkbookException.notReady("mariadb-install-db failed").value(dataDir)
                    .next("read " + logFile + "; then run: workbook db start")
                    .help("troubleshooting/workbook-embedded-server.md").build();
        }
    }

    /** Starts the server detached from this JVM (its own session where setsid exists) and returns its pid. */
    static long launch(Path base, EmbeddedLayout layout, int port, Path initFile) throws IOException {
        EmbeddedLayout.Os os = EmbeddedLayout.Os.current();
        List<String> cmd = new ArrayList<>();
        Optional<Path> setsid = os == EmbeddedLayout.Os.LINUX ? which("setsid") : Optional.empty();
        setsid.ifPresent(s -> cmd.add(s.toString()));
        cmd.add(base.resolve("bin").resolve(os.exe("mariadbd")).toString());
        cmd.add("--no-defaults"); // must come first
        cmd.add("--basedir=" + base);
        cmd.add("--datadir=" + layout.dataDir());
        cmd.add("--tmpdir=" + layout.tmpDir());
        cmd.add("--port=" + port);
        cmd.add("--bind-address=127.0.0.1");
        if (os != EmbeddedLayout.Os.WINDOWS) {
            cmd.add("--socket=" + layout.socket());
        }
        cmd.add("--pid-file=" + layout.pidFile());
        cmd.add("--log-error=" + layout.errorLog());
        // Without it the server spends seconds on reverse DNS at start-up and per connection.
        cmd.add("--skip-name-resolve");
        // MariaDB 11.4 otherwise generates a TLS certificate on every start (about 6 s here). The server
        // listens on loopback only, where TLS protects nothing.
        cmd.add("--skip-ssl");
        cmd.add("--character-set-server=utf8mb4");
        cmd.add("--collation-server=utf8mb4_unicode_ci");
        cmd.add("--innodb-log-file-size=16M");
        cmd.add("--innodb-buffer-pool-size=128M");
        cmd.add("--max-allowed-packet=64M");
        cmd.add("--max-connections=300");
        if (initFile != null) {
            cmd.add("--init-file=" + initFile);
        }
        if (CurrentUser.isRoot()) {
            cmd.add("--user=root"); // mariadbd refuses to run as root otherwise
        }
        Files.createDirectories(layout.tmpDir());
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(base.toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(layout.errorLog().toFile()))
                .redirectInput(ProcessBuilder.Redirect.from(nullDevice()));
        pb.environment().put("LD_LIBRARY_PATH", base.resolve("libs").toString());
        Process p = pb.start();
        return p.pid(); // setsid execs in place, so this is mariadbd's own pid
    }

    /** The live mariadbd process with this pid serving this data directory, if there is one. */
    static Optional<ProcessHandle> find(long pid, Path dataDir) {
        return ProcessHandle.of(pid).filter(ProcessHandle::isAlive).filter(h -> servesDataDir(h, dataDir));
    }

    private static boolean servesDataDir(ProcessHandle h, Path dataDir) {
        Optional<String[]> args = h.info().arguments();
        if (args.isEmpty()) {
            // Some systems hide other processes' arguments; fall back to the command name.
            return h.info().command().map(c -> c.contains("mariadbd")).orElse(false);
        }
        for (String a : args.get()) {
            if (a.equals("--datadir=" + dataDir)) {
                return true;
            }
        }
        return false;
    }

    /** The port a running mariadbd was started with, read from its command line. */
    static Optional<Integer> portOf(ProcessHandle h) {
        for (String a : h.info().arguments().orElse(new String[0])) {
            if (a.startsWith("--port=")) {
                return Optional.of(Integer.parseInt(a.substring("--port=".length())));
            }
        }
        return Optional.empty();
    }

    /** Asks the server to shut down cleanly (SIGTERM); kills it only if it ignores that for a minute. */
    static boolean stop(ProcessHandle h) throws InterruptedException {
        h.destroy();
        long deadline = System.nanoTime() + STOP_TIMEOUT.toNanos();
        while (h.isAlive() && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        if (h.isAlive()) {
            h.destroyForcibly();
            return false;
        }
        return true;
    }

    static boolean portAnswers(int port, int timeoutMillis) {
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress("127.0.0.1", port), timeoutMillis);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static Optional<Path> which(String name) {
        String path = System.getenv("PATH");
        if (path == null) {
            return Optional.empty();
        }
        for (String dir : path.split(File.pathSeparator)) {
            Path p = Path.of(dir, name);
            if (Files.isExecutable(p)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }

    private static File nullDevice() {
        return new File(EmbeddedLayout.Os.current() == EmbeddedLayout.Os.WINDOWS ? "NUL" : "/dev/null");
    }
}
