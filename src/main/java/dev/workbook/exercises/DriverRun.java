package dev.workbook.exercises;

import dev.workbook.Workbook;
import dev.workbook.db.DbTarget;
import dev.workbook.sandbox.Ending;
import dev.workbook.sandbox.Limits;
import dev.workbook.sandbox.ScriptFailure;
import dev.workbook.sandbox.StepOutcome;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs a notebook check cell's driver in the student's own kernel: on a thread of its own, with the Workbook facade on
 * the run database as the run account, its output captured (bounded), and a wall-time limit. A driver still running at
 * the limit has its database connections killed, is interrupted, and then stopped.
 */
final class DriverRun {
    private DriverRun() {
    }

    /** {@code onTimeout} ends the run account's connections (so a driver blocked in the database returns). */
    static StepOutcome run(String step, Exercises.Driver driver, DbTarget target, Limits limits, Runnable onTimeout) {
        long t0 = System.nanoTime();
        Bounded captured = new Bounded(limits.maxOutputBytes());
        PrintStream capture = new PrintStream(captured, true, StandardCharsets.UTF_8);
        PrintStream out = System.out;
        PrintStream err = System.err;
        Throwable[] thrown = new Throwable[1];
        Thread t = new Thread(() -> {
            try {
                driver.run();
            } catch (Throwable e) {
                thrown[0] = e;
            }
        }, "workbook-check-" + step);
        t.setDaemon(true);
        Workbook.use(target);
        System.setOut(capture);
        System.setErr(capture);
        boolean timedOut = false;
        try {
            t.start();
            t.join(limits.wallTimePerRun().toMillis());
            if (t.isAlive()) {
                timedOut = true;
                onTimeout.run();
                t.interrupt();
                t.join(2000);
                stop(t);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
        long millis = (System.nanoTime() - t0) / 1_000_000;
        String output = captured.text();
        if (timedOut) {
            return new StepOutcome(step, Ending.TIMED_OUT, "your code was still running after " + limits.wallTimePerRun().toSeconds()
                    + " s and was stopped (an endless loop, or a query waiting for a lock?)", null, output, captured.truncated, millis);
        }
        if (thrown[0] != null) {
            return new StepOutcome(step, Ending.FAILED, "your code threw " + thrown[0].getClass().getName(), problem(thrown[0]),
                    output, captured.truncated, millis);
        }
        return new StepOutcome(step, Ending.COMPLETED, null, null, output, captured.truncated, millis);
    }

    @SuppressWarnings({"deprecation", "removal"})
    private static void stop(Thread t) {
        if (!t.isAlive()) {
            return;
        }
        try {
            t.stop(); // Java 17 still stops a thread that ignores interrupts; later JDKs refuse and the thread is left behind
        } catch (UnsupportedOperationException e) {
            // nothing more can be done in the student's own kernel; the report says the code was stopped
        }
    }

    /** What a notebook can say about an exception: the chain, the SQL error code, the student's method it came from. */
    static ScriptFailure problem(Throwable t) {
        List<String> details = new ArrayList<>();
        String sql = null;
        Map<Throwable, Boolean> seen = new IdentityHashMap<>();
        int i = 0;
        for (Throwable c = t; c != null && seen.put(c, true) == null; c = c.getCause(), i++) {
            details.add((i == 0 ? "exception: " : "caused by: ") + c.getClass().getName() + (c.getMessage() == null ? "" : ": " + c.getMessage()));
            if (sql == null && c instanceof SQLException s && s.getErrorCode() != 0) {
                sql = "MySQL/MariaDB error " + s.getErrorCode() + " (SQLSTATE " + s.getSQLState() + ")";
            }
        }
        return new ScriptFailure("the check cell (calling your code)", 0, "", "your code threw " + t.getClass().getName(), details,
                sql, null, studentMethod(t));
    }

    /** The innermost method of the student's own (a JShell snippet class, REPL.$JShell$N) the exception came from. */
    static String studentMethod(Throwable t) {
        for (StackTraceElement e : t.getStackTrace()) {
            if (e.getClassName().startsWith("REPL.$JShell$")) {
                String m = e.getMethodName();
                if (!m.equals("do_it$") && !m.contains("lambda$") && !m.startsWith("<")) {
                    return m;
                }
            }
        }
        return null;
    }

    /** Keeps the first {@code max} bytes and notes that more came. */
    static final class Bounded extends OutputStream {
        private final ByteArrayOutputStream kept = new ByteArrayOutputStream();
        private final long max;
        volatile boolean truncated;

        Bounded(long max) {
            this.max = max;
        }

        @Override
        public synchronized void write(int b) {
            if (kept.size() < max) {
                kept.write(b);
            } else {
                truncated = true;
            }
        }

        @Override
        public synchronized void write(byte[] b, int off, int len) {
            int room = (int) Math.max(0, Math.min(len, max - kept.size()));
            kept.write(b, off, room);
            if (room < len) {
                truncated = true;
            }
        }

        synchronized String text() {
            return kept.toString(StandardCharsets.UTF_8);
        }
    }
}
