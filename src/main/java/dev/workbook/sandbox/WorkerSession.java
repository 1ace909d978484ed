package dev.workbook.sandbox;

import dev.workbook.Workbook;
import dev.workbook.chapters.Failure;
import dev.workbook.chapters.ScriptShell;
import java.io.IOException;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
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
    private final StepTargets targets = new StepTargets();
    private Future<ScriptShell> spare;

    WorkerSession(Frames frames) {
        this.frames = frames;
    }

    /** Opens the next run's JShell in the background (the compiler's start is the largest part of a first run). */
    void prepare() {
        spare = opener.submit(() -> ScriptShell.open(System.out));
    }

    /** A new worker also bootstraps Hibernate once meanwhile, on another thread (see {@link Training#warmHibernate()}). */
    void prepareFirst() {
        WorkerThreads.daemon("wbx-warm-up", Training::warmHibernate).start();
        prepare();
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
        // The wall time starts now: a JShell still opening (a new JVM's warm-up) is not the script's time.
        send(Map.of("type", "started"));
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
            Workbook.use(targets.of(step.db(), relays));
            for (Piece piece : step.pieces()) {
                shell.onSnippet((line, source) -> snippet(step.name(), piece.origin(), line, source));
                Failure f = shell.run(piece.origin(), piece.firstLine(), piece.code(), SNIPPET_LIMIT);
                if (f != null) {
                    boolean blocked = ProcessBlocker.isBlockedStart(f.error())
                            || f.details().stream().anyMatch(d -> d.contains("java.lang.ProcessImpl"));
                    ending = blocked ? Ending.PROCESS_BLOCKED : Ending.FAILED;
                    failure = ScriptFailures.of(f, blocked);
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
}
