package dev.workbook.sandbox;

import java.io.IOException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Starts student JVMs from one thread that lives as long as this process. bubblewrap's {@code --die-with-parent} uses
 * Linux's parent-death signal, which fires when the thread that forked the child ends, not the process: started from a
 * short-lived thread, the sandbox would be killed as soon as that thread finished.
 */
final class Spawner {
    private static final ExecutorService THREAD = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "workbook-sandbox-spawner");
        t.setDaemon(true);
        return t;
    });

    private Spawner() {
    }

    static Process start(ProcessBuilder pb) throws IOException {
        try {
            return THREAD.submit(pb::start).get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            throw new IOException("could not start " + pb.command().get(0) + ": " + e.getCause(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while starting " + pb.command().get(0), e);
        }
    }
}
