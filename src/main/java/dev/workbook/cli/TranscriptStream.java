package dev.workbook.cli;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/** A PrintStream onto a command's PrintWriter, for code that prints through System.out (JShell snippets). */
final class TranscriptStream extends OutputStream {
    private final PrintWriter target;
    private final ByteArrayOutputStream buffer = new ByteArrayOutputStream();

    private TranscriptStream(PrintWriter target) {
        this.target = target;
    }

    static PrintStream of(PrintWriter target) {
        return new PrintStream(new TranscriptStream(target), true, StandardCharsets.UTF_8);
    }

    @Override
    public synchronized void write(int b) {
        buffer.write(b);
        if (b == '\n') {
            flush();
        }
    }

    @Override
    public synchronized void write(byte[] b, int off, int len) {
        buffer.write(b, off, len);
    }

    @Override
    public synchronized void flush() {
        if (buffer.size() > 0) {
            target.write(buffer.toString(StandardCharsets.UTF_8));
            buffer.reset();
        }
        target.flush();
    }
}
