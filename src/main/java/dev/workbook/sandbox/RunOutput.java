package dev.workbook.sandbox;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * What one run printed, counted in the trusted process: the output frames of the channel (System.out and System.err)
 * and whatever reached the JVM's own stdout/stderr (the JVM's messages, a script writing to the file descriptor). Past
 * the limit the run is stopped; the first {@code limit} bytes are kept, split by step.
 */
final class RunOutput {
    record Segment(String text, boolean truncated) {
    }

    private final long limit;
    private final Runnable onLimit;
    private final ByteArrayOutputStream step = new ByteArrayOutputStream();
    private long total;
    private boolean stepTruncated;
    private boolean limitHit;

    RunOutput(long limit, Runnable onLimit) {
        this.limit = limit;
        this.onLimit = onLimit;
    }

    void add(byte[] b, int off, int len) {
        boolean hit;
        synchronized (this) {
            long room = limit - total;
            if (room > 0) {
                step.write(b, off, (int) Math.min(len, room));
            }
            total += len;
            if (total > limit && !limitHit) {
                limitHit = true;
                stepTruncated = true;
            }
            hit = limitHit && total - len <= limit;
        }
        if (hit) {
            onLimit.run();
        }
    }

    /** The current step's output so far; the next bytes belong to the next step. */
    synchronized Segment takeStep() {
        Segment s = new Segment(step.toString(StandardCharsets.UTF_8), stepTruncated);
        step.reset();
        stepTruncated = false;
        return s;
    }
}
