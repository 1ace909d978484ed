package dev.workbook.sandbox;

import dev.workbook.Workbook;
import dev.workbook.chapters.Failure;
import dev.workbook.chapters.ScriptShell;
import dev.workbook.config.ProviderKind;
import dev.workbook.db.Credentials;
import dev.workbook.db.DbTarget;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * In the student JVM: runs one request at a time. Each run gets a fresh JShell (opened ahead of time, while the trusted
 * process is still creating databases) that persists across the run's steps; each step points the Workbook facade at
 * its database. What this side reports describes the script run only. A script can reach this JVM's classes and so
 * could send messages of its own on the channel; it gains nothing by it, because the verdict comes from the checks the
 * trusted process runs on the database, and every limit is enforced from outside.
 */
final class WorkerSession {
    /** The wall time is enforced by the trusted process (a kill); JShell's own stop is only a later backstop. */
    private static final Duration SNIPPET_LIMIT = Duration.ofHours(1);

    private final Frames frames;
    private final ExecutorService opener = Executors.newSingleThreadExecutor(r -> WorkerThreads.daemon("wbx-shell-opener", r));
    private final Map<String, String> serverVersions = new HashMap<>();
    private final Map<String, InetSocketAddress> localRelays = new HashMap<>();
    private Future<ScriptShell> spare;

    WorkerSession(Frames frames) {
        this.frames = frames;
    }

    /** Opens the next run's JShell in the background (the compiler's start is the largest part of a first run). */
    void prepare() {
        spare = opener.submit(() -> ScriptShell.open(System.out));
    }

    /** A new worker's first shell comes after a warm-up (see {@link Training#warm()}). */
    void prepareFirst() {
        spare = opener.submit(() -> {
            Training.warm();
            return ScriptShell.open(System.out);
        });
    }

    void run(RunRequest request, Map<String, String> relays) throws IOException {
        Map<String, String> saved = setProperties(request.systemProperties());
        ScriptShell shell;
        try {
            shell = spare == null ? ScriptShell.open(System.out) : spare.get();
        } catch (Exception e) {
            shell = ScriptShell.open(System.out);
        }
        spare = null;
        ThreadCensus census = ThreadCensus.take();
        boolean tainted = false;
        try {
            for (Step step : request.steps()) {
                Ending ending = runStep(shell, step, relays);
                if (ending == Ending.CRASHED) {
                    tainted = true;
                }
                if (ending.endsRun()) {
                    break;
                }
            }
        } finally {
            try {
                shell.close();
            } catch (RuntimeException e) {
                tainted = true;
            }
            restoreProperties(saved);
        }
        ThreadCensus.Left left = census.leftSince(300);
        Map<String, Object> done = new LinkedHashMap<>();
        done.put("type", "done");
        done.put("threadsLeft", left.nonDaemon());
        done.put("daemonThreadsLeft", left.daemon());
        done.put("tainted", tainted || left.any());
        send(done);
        if (!tainted && !left.any()) {
            prepare();
        }
    }

    private Ending runStep(ScriptShell shell, Step step, Map<String, String> relays) throws IOException {
        long start = System.nanoTime();
        Ending ending = Ending.COMPLETED;
        String reason = null;
        ScriptFailure failure = null;
        try {
            Workbook.use(target(step.db(), relays));
            for (Piece piece : step.pieces()) {
                shell.onSnippet((line, source) -> snippet(step.name(), piece.origin(), line, source));
                Failure f = shell.run(piece.origin(), piece.firstLine(), piece.code(), SNIPPET_LIMIT);
                if (f != null) {
                    boolean blocked = ProcessBlocker.isBlockedStart(f.error())
                            || f.details().stream().anyMatch(d -> d.contains("java.lang.ProcessImpl"));
                    ending = blocked ? Ending.PROCESS_BLOCKED : Ending.FAILED;
                    failure = Failures.of(f, blocked);
                    reason = blocked ? "the script tried to start a process at line " + f.line() + " of " + f.sourceFile()
                            + "; student code may not start programs" : failure.problem();
                    break;
                }
            }
        } catch (RuntimeException | LinkageError e) {
            ending = Ending.CRASHED;
            reason = "the workbook's runner failed inside the student JVM: " + e;
        }
        System.out.flush();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("type", "step");
        m.put("step", step.name());
        m.put("ending", ending.name());
        m.put("reason", reason);
        m.put("failure", failure == null ? null : Messages.failure(failure));
        m.put("millis", (System.nanoTime() - start) / 1_000_000);
        send(m);
        return ending;
    }

    private void snippet(String step, String origin, int line, String source) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("type", "snippet");
        m.put("step", step);
        m.put("origin", origin);
        m.put("line", line);
        m.put("source", source.length() > 2000 ? source.substring(0, 2000) : source);
        try {
            send(m);
        } catch (IOException e) {
            // The trusted process is gone; the channel reader halts this JVM.
        }
    }

    private void send(Map<String, Object> m) throws IOException {
        System.out.flush();
        frames.send(m);
    }

    /** The step's database as the facade sees it; under bubblewrap through this JVM's loopback relay. */
    private DbTarget target(DbLogin db, Map<String, String> relays) throws IOException {
        String key = db.host() + ":" + db.port();
        String host = db.host();
        int port = db.port();
        String socket = relays.get(key);
        if (socket != null) {
            InetSocketAddress local = localRelays.get(key);
            if (local == null) {
                ServerSocketChannel server = ServerSocketChannel.open()
                        .bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
                Relay r = Relay.start(server, UnixDomainSocketAddress.of(socket), "wbx-db-relay", WorkerThreads::daemon);
                local = (InetSocketAddress) r.localAddress();
                localRelays.put(key, local);
            }
            host = local.getAddress().getHostAddress();
            port = local.getPort();
        }
        DbTarget t = new DbTarget(ProviderKind.SERVER, host, port, db.database(),
                new Credentials(db.user(), db.password()), null, null);
        String version = serverVersions.computeIfAbsent(key, k -> version(t));
        return version == null ? t : t.withServerVersion(version);
    }

    /** Read once per server, so that each SessionFactory the script builds does not ask again. */
    private static String version(DbTarget t) {
        try (Connection c = t.connect(); Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT VERSION()")) {
            return rs.next() ? rs.getString(1) : null;
        } catch (Exception e) {
            return null;
        }
    }

    private static Map<String, String> setProperties(Map<String, String> props) {
        Map<String, String> saved = new HashMap<>();
        props.forEach((k, v) -> {
            saved.put(k, System.getProperty(k));
            System.setProperty(k, v);
        });
        return saved;
    }

    private static void restoreProperties(Map<String, String> saved) {
        saved.forEach((k, v) -> {
            if (v == null) {
                System.clearProperty(k);
            } else {
                System.setProperty(k, v);
            }
        });
    }

    /** Turns the chapters runner's failure into the channel's. */
    static final class Failures {
        private Failures() {
        }

        static ScriptFailure of(Failure f, boolean blocked) {
            List<String> details = new ArrayList<>(f.details());
            if (details.stream().anyMatch(d -> d.contains("java.lang.StackOverflowError"))) {
                details.add("hint: StackOverflowError means a method kept calling itself (or two methods each other) "
                        + "without reaching a case that stops: check the condition that should end the recursion");
            }
            String problem = blocked ? "the script tried to start a process, which student code may not do" : f.problem();
            return new ScriptFailure(f.sourceFile(), f.line(), f.snippet(), problem, details, f.sqlCode(), f.help(),
                    f.thrownInMethod());
        }
    }
}
