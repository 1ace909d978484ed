package dev.workbook.sandbox;

import dev.workbook.json.Json;
import java.io.EOFException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * The private channel between the trusted process and the student JVM: frames of a 4-byte length, a 1-byte kind and
 * the payload, JSON messages ({@link #JSON}) or the script's output bytes ({@link #OUTPUT}). Reads and writes go
 * straight to the SocketChannel: JDK 17's Channels.newInputStream/newOutputStream on one blocking SocketChannel
 * share its blocking lock, so a read waiting for a frame would stop every write until it returns.
 */
final class Frames implements AutoCloseable {
    static final byte JSON = 'J';
    static final byte OUTPUT = 'O';
    /** Larger than any message (scripts are small; output travels in chunks), small enough to refuse garbage. */
    static final int MAX_FRAME = 16 * 1024 * 1024;

    record Frame(byte kind, byte[] payload) {
        Map<String, Object> json() {
            return Json.parseObject(new String(payload, StandardCharsets.UTF_8));
        }
    }

    private final SocketChannel channel;
    private final Object writeLock = new Object();
    private final ByteBuffer header = ByteBuffer.allocate(5);

    Frames(SocketChannel channel) {
        this.channel = channel;
    }

    void send(Map<String, ?> message) throws IOException {
        write(JSON, Json.compact(message).getBytes(StandardCharsets.UTF_8), 0, -1);
    }

    void write(byte kind, byte[] bytes, int off, int len) throws IOException {
        int n = len < 0 ? bytes.length : len;
        ByteBuffer head = ByteBuffer.allocate(5).putInt(n + 1).put(kind).flip();
        ByteBuffer body = ByteBuffer.wrap(bytes, off, n);
        synchronized (writeLock) {
            while (head.hasRemaining() || body.hasRemaining()) {
                channel.write(new ByteBuffer[] {head, body});
            }
        }
    }

    /** The next frame; EOFException when the other side closed the channel. Called from one thread only. */
    Frame read() throws IOException {
        header.clear();
        fill(header);
        int length = header.flip().getInt();
        if (length < 1 || length > MAX_FRAME + 1) {
            throw new IOException("not a frame of this protocol (length " + length + ")");
        }
        byte kind = header.get();
        ByteBuffer body = ByteBuffer.allocate(length - 1);
        fill(body);
        return new Frame(kind, body.array());
    }

    private void fill(ByteBuffer buf) throws IOException {
        while (buf.hasRemaining()) {
            if (channel.read(buf) < 0) {
                throw new EOFException("the channel was closed");
            }
        }
    }

    @Override
    public void close() {
        try {
            channel.close();
        } catch (IOException e) {
            // Closing is best effort: the other side sees the end of the stream either way.
        }
    }
}
