package dev.workbook.sandbox;

import dev.workbook.errors.WorkbookException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

/**
 * The {@link StudentJvm}: decides the containment once, keeps one worker JVM for its principal, and replaces it after
 * a run that killed or tainted it. A replacement is started right away in the background, so that the next run of a
 * {@code check --all} does not wait for it.
 */
final class SandboxedJvm implements StudentJvm {
    private final Limits limits;
    private final Path bwrap;
    private final String containment;
    private CompletableFuture<WorkerProcess> next;
    private WorkerProcess current;
    private boolean closed;
    private volatile long lastReadyMillis;

    private SandboxedJvm(Limits limits, Path bwrap, String containment) {
        this.limits = limits;
        this.bwrap = bwrap;
        this.containment = containment;
    }

    static SandboxedJvm start(Limits limits, Containment wanted) {
        return start(limits, wanted, wanted == Containment.PROCESS ? null : Bubblewrap.probe());
    }

    /** As above, with what is known about bubblewrap here (tests pass a probe that failed). */
    static SandboxedJvm start(Limits limits, Containment wanted, Bubblewrap.Probe p) {
        SandboxedJvm jvm;
        if (wanted == Containment.PROCESS) {
            jvm = new SandboxedJvm(limits, null, "process only (as asked): " + processWords(limits));
        } else {
            if (p.works()) {
                jvm = new SandboxedJvm(limits, p.executable(), "bubblewrap: a separate JVM in its own namespaces, with no "
                        + "network but the database, a read-only JDK and class path, no home directory, a private /tmp; "
                        + limits.describe());
            } else if (wanted == Containment.BUBBLEWRAP) {
                throw WorkbookException.notReady("bubblewrap containment was asked for, but it does not work here")
                        .value(p.reason())
                        .next("install bubblewrap (Debian/Ubuntu: sudo apt-get install bubblewrap), or use containment AUTO")
                        .build();
            } else {
                jvm = new SandboxedJvm(limits, null, "process only (" + p.reason() + "): " + processWords(limits));
            }
        }
        jvm.prestart();
        return jvm;
    }

    private static String processWords(Limits limits) {
        return "a separate JVM with limits (" + limits.describe() + ") and no process creation; its code can read what "
                + "this user can read and reach the network";
    }

    @Override
    public String containment() {
        return containment;
    }

    /** How long the last student JVM took from launch to ready (the benchmark prints it). */
    long lastReadyMillis() {
        return lastReadyMillis;
    }

    /** CPU time the current student JVM has used, or -1 when there is none (the benchmark prints it). */
    synchronized long cpuMillis() {
        return current == null ? -1 : current.cpuMillis();
    }

    @Override
    public synchronized RunOutcome run(RunRequest request) {
        if (closed) {
            throw new IllegalStateException("this student JVM is closed");
        }
        long start = System.nanoTime();
        WorkerProcess w = worker();
        RunDriver.Result r;
        try {
            r = new RunDriver(w, limits).run(request);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            w.kill(Ending.CRASHED);
            retire(w);
            throw new IllegalStateException("interrupted while the student JVM ran " + request.label(), e);
        }
        if (r.retire()) {
            retire(w);
            prestart();
        }
        return new RunOutcome(request.label(), r.steps(), containment, limits, (System.nanoTime() - start) / 1_000_000);
    }

    private WorkerProcess worker() {
        if (current != null && current.alive()) {
            return current;
        }
        if (current != null) {
            retire(current);
        }
        if (next == null) {
            prestart();
        }
        try {
            current = next.get();
        } catch (ExecutionException e) {
            Throwable c = e.getCause() instanceof CompletionException ce && ce.getCause() != null ? ce.getCause() : e.getCause();
            throw WorkbookException.notReady("the student JVM, which runs the exercise code, did not start")
                    .value(String.valueOf(c.getMessage())).next("workbook doctor; then run the check again").cause(c).build();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the student JVM", e);
        } finally {
            next = null;
        }
        lastReadyMillis = current.readyMillis();
        return current;
    }

    private void retire(WorkerProcess w) {
        if (w == current) {
            current = null;
        }
        w.close();
    }

    private void prestart() {
        next = new CompletableFuture<>();
        CompletableFuture<WorkerProcess> f = next;
        Thread t = new Thread(() -> {
            try {
                f.complete(launch());
            } catch (IOException | RuntimeException e) {
                f.completeExceptionally(e);
            }
        }, "workbook-sandbox-launch");
        t.setDaemon(true);
        t.start();
    }

    private WorkerProcess launch() throws IOException {
        Path cache = SandboxFiles.cacheDir();
        List<Path> cp;
        try {
            cp = ChildClasspath.get(cache);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        Path archive = ClassDataArchive.archive(cache, cp, limits.heapMb());
        Path dir = SandboxFiles.newJvmDir();
        List<String> cmd = new ArrayList<>();
        if (bwrap != null) {
            List<Path> files = new ArrayList<>(cp);
            if (archive != null) {
                files.add(archive);
            }
            cmd.addAll(Bubblewrap.args(bwrap, dir, files));
        }
        cmd.addAll(JvmCommand.worker(limits, cp, archive, dir));
        if (Boolean.getBoolean("workbook.sandbox.debug")) {
            System.err.println("[sandbox] " + String.join(" ", cmd));
        }
        try {
            return WorkerProcess.launch(cmd, dir, bwrap != null, 60_000);
        } catch (IOException | RuntimeException e) {
            SandboxFiles.delete(dir);
            throw e;
        }
    }

    @Override
    public synchronized void close() {
        closed = true;
        if (current != null) {
            retire(current);
        }
        CompletableFuture<WorkerProcess> f = next;
        next = null;
        if (f != null) {
            // A JVM still starting is closed as soon as it is up; nobody waits for it.
            f.thenAccept(WorkerProcess::close);
        }
    }
}
