package dev.workbook.sandbox;

import java.io.IOException;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.SocketChannel;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;

/**
 * The student JVM's main class (started by {@link StudentJvm}; not an API). It blocks process creation, connects to
 * the trusted process's Unix socket given as its argument, sends its output over that channel, then runs requests one
 * at a time. When the channel closes (the trusted process ended or was killed) it halts at once.
 */
public final class WorkerMain {
    private WorkerMain() {
    }

    public static void main(String[] args) throws Exception {
        boolean blocked = ProcessBlocker.install();
        // Libraries on the class path (Connector/J's OpenTelemetry probe) log INFO lines through java.util.logging,
        // which would land in every student's output.
        java.util.logging.Logger.getLogger("").setLevel(java.util.logging.Level.WARNING);
        if (args.length == 1 && args[0].equals("--train")) {
            Training.run();
            System.exit(0);
        }
        if (args.length != 1) {
            System.err.println("usage: WorkerMain CONTROL_SOCKET (started by the workbook, not by hand)");
            System.exit(2);
        }
        SocketChannel channel = SocketChannel.open(UnixDomainSocketAddress.of(args[0]));
        Frames frames = new Frames(channel);
        CapturedOutput.install(frames);
        BlockingQueue<Map<String, Object>> inbox = new LinkedBlockingQueue<>();
        WorkerThreads.daemon("wbx-channel", () -> {
            try {
                while (true) {
                    Frames.Frame f = frames.read();
                    if (f.kind() == Frames.JSON) {
                        inbox.put(f.json());
                    }
                }
            } catch (IOException | InterruptedException | RuntimeException e) {
                // Nobody is listening any more: whatever the script is doing, stop now.
                Runtime.getRuntime().halt(0);
            }
        }).start();
        WorkerSession session = new WorkerSession(frames);
        session.prepareFirst();
        frames.send(Map.of("type", "ready", "pid", ProcessHandle.current().pid(), "processesBlocked", blocked));
        while (true) {
            Map<String, Object> m = inbox.take();
            String type = Messages.str(m, "type");
            if ("run".equals(type)) {
                try {
                    session.run(Messages.runRequest(m), Messages.relays(m));
                } catch (Throwable t) {
                    // The worker itself failed (not the script, whose failures are caught as a step's): say why on the
                    // JVM's own stderr, which the trusted process keeps as this run's output, and stop.
                    t.printStackTrace(new java.io.PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.err), true));
                    Runtime.getRuntime().halt(70);
                }
            }
        }
    }
}
