package dev.workbook.sandbox;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinWorkerThread;

/**
 * In the student JVM: which threads a run left behind. A non-daemon thread still running after the script ended is
 * reported (THREADS_LEFT); a daemon thread started from the script's code (JShell runs snippets in its own thread
 * group, and new threads join their creator's group) taints the JVM, which is then retired quietly. Daemon threads of
 * the runtime itself (JShell's, the common fork-join pool's) are not counted: they end or idle by themselves.
 */
final class ThreadCensus {
    record Left(List<String> nonDaemon, List<String> daemon) {
        boolean any() {
            return !nonDaemon.isEmpty() || !daemon.isEmpty();
        }
    }

    private final Set<Thread> before;

    private ThreadCensus(Set<Thread> before) {
        this.before = before;
    }

    static ThreadCensus take() {
        return new ThreadCensus(Thread.getAllStackTraces().keySet());
    }

    /** Threads started since the census and still alive, after giving finishing ones up to {@code graceMillis}. */
    Left leftSince(long graceMillis) {
        long end = System.currentTimeMillis() + graceMillis;
        List<Thread> fresh = fresh();
        while (!fresh.isEmpty() && System.currentTimeMillis() < end) {
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            fresh = fresh();
        }
        List<String> nonDaemon = new ArrayList<>();
        List<String> daemon = new ArrayList<>();
        for (Thread t : fresh) {
            if (!t.isDaemon()) {
                nonDaemon.add(t.getName());
            } else if (inScriptGroup(t)) {
                daemon.add(t.getName());
            }
        }
        return new Left(nonDaemon, daemon);
    }

    private List<Thread> fresh() {
        List<Thread> out = new ArrayList<>();
        for (Thread t : Thread.getAllStackTraces().keySet()) {
            if (t.isAlive() && !before.contains(t) && !WorkerThreads.isOwn(t) && t != Thread.currentThread()
                    && !isCommonPoolWorker(t)) {
                out.add(t);
            }
        }
        return out;
    }

    /** JShell's local execution engine runs every snippet in a thread of this group. */
    private static boolean inScriptGroup(Thread t) {
        for (ThreadGroup g = t.getThreadGroup(); g != null; g = g.getParent()) {
            if (g.getName().startsWith("JShell")) {
                return true;
            }
        }
        return false;
    }

    private static boolean isCommonPoolWorker(Thread t) {
        return t instanceof ForkJoinWorkerThread w && w.getPool() == ForkJoinPool.commonPool();
    }
}
