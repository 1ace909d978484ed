package dev.workbook.sandbox;

import java.util.Collections;
import java.util.Set;
import java.util.WeakHashMap;

/**
 * In the student JVM: the threads the worker itself starts (output flusher, relays, channel reader). They are known
 * by identity, not by name, so a script cannot hide a thread of its own from {@link ThreadCensus} by naming it alike.
 */
final class WorkerThreads {
    private static final Set<Thread> OWN = Collections.synchronizedSet(Collections.newSetFromMap(new WeakHashMap<>()));

    private WorkerThreads() {
    }

    static Thread daemon(String name, Runnable body) {
        Thread t = new Thread(body, name);
        t.setDaemon(true);
        OWN.add(t);
        return t;
    }

    static boolean isOwn(Thread t) {
        return OWN.contains(t);
    }
}
