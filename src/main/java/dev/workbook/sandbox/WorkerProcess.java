package dev.workbook.sandbox;

import java.io.IOException;
import java.io.InputStream;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * One student JVM seen from the trusted process: the process (under bubblewrap or not), its channel, and two reader
 * threads. The channel reader counts output frames into the current run's {@link RunOutput} and queues messages; the
 * pipe reader counts what the JVM wrote to its own stdout/stderr and notices the JVM's OutOfMemoryError message.
 */
final class WorkerProcess implements AutoCloseable {
    /** What the channel reader queues: a message, or the end of the channel. */
    sealed interface Event permits Message, Closed {
    }

    record Message(Map<String, Object> json) implements Event {
    }

    record Closed(String why) implements Event {
    }

    private static final String OOM = "Terminating due to java.lang.OutOfMemoryError";

    private final Process process;
    private final Path dir;
    private final BlockingQueue<Event> events = new LinkedBlockingQueue<>();
    private final DatabaseRelays relays;
    private final StringBuilder strayOutput = new StringBuilder();
    private Frames frames;
    private Thread pipeReader;
    private volatile RunOutput output;
    private volatile boolean oomSeen;
    private volatile Ending killedFor;
    private long readyMillis;

    private WorkerProcess(Process process, Path dir, boolean relayDatabase) {
        this.process = process;
        this.dir = dir;
        this.relays = relayDatabase ? new DatabaseRelays(dir, process.pid()) : null;
    }

    /** Starts the JVM with {@code command} (which names {@code dir}/control.sock) and waits until it says it is ready. */
    static WorkerProcess launch(List<String> command, Path dir, boolean relayDatabase, long readyTimeoutMillis) throws IOException {
        long start = System.nanoTime();
        Path socket = dir.resolve("control.sock");
        ServerSocketChannel server = ServerSocketChannel.open(StandardProtocolFamily.UNIX).bind(UnixDomainSocketAddress.of(socket));
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true).directory(dir.resolve("work").toFile());
        JvmCommand.environment(pb.environment(), dir);
        Process p;
        try {
            p = Spawner.start(pb);
        } catch (IOException e) {
            server.close();
            throw e;
        }
        WorkerProcess w = new WorkerProcess(p, dir, relayDatabase);
        p.getOutputStream().close();
        w.pipeReader = new Thread(w::readPipe, "workbook-sandbox-pipe-" + p.pid());
        w.pipeReader.setDaemon(true);
        w.pipeReader.start();
        // accept() does not time out: a dying JVM or the deadline closes the server socket instead.
        p.onExit().thenRun(() -> closeQuietly(server));
        Thread timer = new Thread(() -> {
            try {
                Thread.sleep(readyTimeoutMillis);
            } catch (InterruptedException e) {
                return;
            }
            closeQuietly(server);
        }, "workbook-sandbox-start-timer");
        timer.setDaemon(true);
        timer.start();
        try {
            SocketChannel ch = server.accept();
            // One connection only: the worker connects before any script runs; nobody can connect after it.
            closeQuietly(server);
            timer.interrupt();
            w.frames = new Frames(ch);
            Frames.Frame first = w.frames.read();
            if (first.kind() != Frames.JSON || !"ready".equals(Messages.str(first.json(), "type"))) {
                throw new IOException("the student JVM did not introduce itself");
            }
            w.readyMillis = (System.nanoTime() - start) / 1_000_000;
        } catch (IOException e) {
            w.kill(Ending.CRASHED);
            try {
                w.pipeReader.join(1000);
            } catch (InterruptedException ie) {
                Thread.currentThread().interrupt();
            }
            throw new IOException("the student JVM did not start: " + e.getMessage() + w.diagnostics(), e);
        } finally {
            closeQuietly(server);
            java.nio.file.Files.deleteIfExists(socket);
        }
        Thread reader = new Thread(w::readChannel, "workbook-sandbox-channel-" + p.pid());
        reader.setDaemon(true);
        reader.start();
        return w;
    }

    long readyMillis() {
        return readyMillis;
    }

    boolean alive() {
        return process.isAlive() && killedFor == null;
    }

    void beginRun(RunOutput out) {
        events.clear();
        this.output = out;
    }

    void endRun() {
        this.output = null;
    }

    void send(Map<String, ?> message) throws IOException {
        frames.send(message);
    }

    /** The next event, or null when none came within {@code millis}. */
    Event poll(long millis) throws InterruptedException {
        return events.poll(Math.max(0, millis), TimeUnit.MILLISECONDS);
    }

    /** The Unix sockets relaying to the run's database servers, under bubblewrap; none otherwise. */
    Map<String, String> relaysFor(RunRequest request) throws IOException {
        return relays == null ? Map.of() : relays.forRequest(request);
    }

    /** Kills the JVM and everything it started (bubblewrap's children too), remembering why. */
    void kill(Ending why) {
        if (killedFor == null) {
            killedFor = why;
        }
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
    }

    Ending killedFor() {
        return killedFor;
    }

    boolean oomSeen() {
        return oomSeen;
    }

    /** The exit code once the process has ended (waiting up to {@code millis}), or null while it still runs. */
    Integer exitCode(long millis) throws InterruptedException {
        if (!process.waitFor(millis, TimeUnit.MILLISECONDS)) {
            return null;
        }
        pipeReader.join(2000);
        return process.exitValue();
    }

    @Override
    public void close() {
        // Killed at once, not asked to exit: between runs it holds nothing (a run's output is in before its "done"), and
        // a JVM asked to exit while threads wait in native code (the channel's reader, the database relay's accept)
        // ends about 300 ms later (HotSpot waits for such threads), which every check would pay.
        kill(Ending.NOT_RUN);
        try {
            process.waitFor(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (relays != null) {
            relays.close();
        }
        if (frames != null) {
            frames.close();
        }
        SandboxFiles.delete(dir);
    }

    /** CPU time the JVM (and, under bubblewrap, its sandbox) has used so far; the benchmark prints it. */
    long cpuMillis() {
        long total = process.info().totalCpuDuration().map(java.time.Duration::toMillis).orElse(0L);
        for (ProcessHandle p : process.descendants().toList()) {
            total += p.info().totalCpuDuration().map(java.time.Duration::toMillis).orElse(0L);
        }
        return total;
    }

    private void readChannel() {
        try {
            while (true) {
                Frames.Frame f = frames.read();
                if (f.kind() == Frames.OUTPUT) {
                    RunOutput out = output;
                    if (out != null) {
                        out.add(f.payload(), 0, f.payload().length);
                    }
                } else if (f.kind() == Frames.JSON) {
                    events.add(new Message(f.json()));
                }
            }
        } catch (IOException | RuntimeException e) {
            events.add(new Closed(e.getMessage()));
        }
    }

    private void readPipe() {
        byte[] buf = new byte[8192];
        String tail = "";
        try (InputStream in = process.getInputStream()) {
            int n;
            while ((n = in.read(buf)) > 0) {
                RunOutput out = output;
                if (out != null) {
                    out.add(buf, 0, n);
                } else if (strayOutput.length() < 8192) {
                    synchronized (strayOutput) {
                        strayOutput.append(new String(buf, 0, Math.min(n, 8192), StandardCharsets.UTF_8));
                    }
                }
                String text = tail + new String(buf, 0, n, StandardCharsets.ISO_8859_1);
                if (text.contains(OOM)) {
                    oomSeen = true;
                }
                tail = text.substring(Math.max(0, text.length() - OOM.length()));
            }
        } catch (IOException e) {
            // The process ended.
        }
    }

    private String diagnostics() {
        synchronized (strayOutput) {
            return strayOutput.length() == 0 ? "" : "; it printed: " + strayOutput.toString().strip();
        }
    }

    private static void closeQuietly(java.io.Closeable c) {
        try {
            c.close();
        } catch (IOException e) {
            // Already closed.
        }
    }
}
