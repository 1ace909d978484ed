package dev.workbook.sandbox;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * In the student JVM: System.out and System.err, sent to the trusted process as output frames on the channel, in order
 * with the step and snippet messages (so each step's output is exactly its own). Bytes are gathered for up to 50 ms or
 * 32 KB per frame; the trusted process counts them and stops the JVM past the output limit.
 */
final class CapturedOutput extends OutputStream {
    private static final int CHUNK = 32 * 1024;

    private final Frames frames;
    private final byte[] buf = new byte[CHUNK];
    private int used;
    private volatile boolean broken;

    private CapturedOutput(Frames frames) {
        this.frames = frames;
    }

    /** Replaces System.out and System.err; a daemon thread sends what is gathered every 50 ms. */
    static CapturedOutput install(Frames frames) {
        CapturedOutput sink = new CapturedOutput(frames);
        PrintStream ps = new PrintStream(sink, false, StandardCharsets.UTF_8);
        System.setOut(ps);
        System.setErr(ps);
        Thread flusher = WorkerThreads.daemon("wbx-output-flusher", () -> {
            while (true) {
                try {
                    Thread.sleep(50);
                    ps.flush();
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        flusher.start();
        // System.exit runs hooks: what the script printed just before exiting still reaches the report.
        Runtime.getRuntime().addShutdownHook(new Thread(ps::flush, "wbx-output-at-exit"));
        return sink;
    }

    @Override
    public synchronized void write(int b) throws IOException {
        if (used == CHUNK) {
            flush();
        }
        buf[used++] = (byte) b;
    }

    @Override
    public synchronized void write(byte[] b, int off, int len) throws IOException {
        while (len > 0) {
            if (used == CHUNK) {
                flush();
            }
            int n = Math.min(len, CHUNK - used);
            System.arraycopy(b, off, buf, used, n);
            used += n;
            off += n;
            len -= n;
        }
    }

    @Override
    public synchronized void flush() throws IOException {
        if (used == 0 || broken) {
            used = 0;
            return;
        }
        try {
            frames.write(Frames.OUTPUT, buf, 0, used);
        } catch (IOException e) {
            // The trusted process is gone or stopped listening; nothing printed from now on can matter.
            broken = true;
        } finally {
            used = 0;
        }
    }
}
