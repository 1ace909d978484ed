package dev.workbook.chapters;

import dev.workbook.errors.WorkbookException;
import dev.workbook.Workbook;
import java.io.PrintStream;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.List;
import java.util.Map;
import jdk.jshell.JShell;
import jdk.jshell.SnippetEvent;

/**
 * A fresh JShell for one chapter, on the capturing local engine, with the workbook's class path. Checks
 * that snippets see the very same Workbook class as this JVM (so they use the database the runner was
 * told to use, not a second copy of the facade reading the environment).
 */
final class ChapterShell implements AutoCloseable {
    private static final ScheduledExecutorService WATCHDOG = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "workbook-snippet-watchdog");
        t.setDaemon(true);
        return t;
    });

    final JShell shell;
    final CapturingEngine engine;
    private volatile boolean stopped;

    private ChapterShell(JShell shell, CapturingEngine engine) {
        this.shell = shell;
        this.engine = engine;
    }

    static ChapterShell open(PrintStream out) {
        CapturingEngine engine = new CapturingEngine();
        JShell shell = JShell.builder().executionEngine(engine, Map.of()).out(out).err(out)
                .compilerOptions("-Xlint:none", "-proc:none").build();
        for (String entry : ClasspathEntries.current()) {
            shell.addToClasspath(entry);
        }
        ChapterShell cs = new ChapterShell(shell, engine);
        cs.checkSharedFacade();
        return cs;
    }

    private void checkSharedFacade() {
        String expected = Integer.toString(System.identityHashCode(Workbook.class));
        // A named variable, so that the chapter's own expressions still start at $1.
        List<SnippetEvent> ev = shell.eval("int workbook$facade = System.identityHashCode(dev.workbook.Workbook.class);");
        String got = ev.isEmpty() ? null : ev.get(0).value();
        ev.forEach(e -> shell.drop(e.snippet()));
        if (!expected.equals(got)) {
            throw WorkbookException.internal("JShell snippets do not see this program's Workbook class, so they would not "
                            + "use the database the runner was given")
                    .value(got == null ? "dev.workbook.Workbook not found on the class path" : "another copy of the class")
                    .next("start the workbook with its classes on the class path (./workbook run ...), not from a "
                            + "separate class loader").build();
        }
    }

    /** Evaluates one snippet; one that runs longer than the limit is stopped (see {@link #wasStopped()}). */
    List<SnippetEvent> eval(String source, Duration limit) {
        stopped = false;
        ScheduledFuture<?> alarm = WATCHDOG.schedule(() -> {
            stopped = true;
            shell.stop();
        }, limit.toMillis(), TimeUnit.MILLISECONDS);
        try {
            return shell.eval(source);
        } finally {
            alarm.cancel(false);
        }
    }

    boolean wasStopped() {
        return stopped;
    }

    @Override
    public void close() {
        shell.close();
    }
}
