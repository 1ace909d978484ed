package dev.workbook.sandbox;

import java.io.IOException;
import java.net.SocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiFunction;

/**
 * Forwards every connection accepted on one socket to a fresh connection to another address, byte for byte. Under
 * bubblewrap the student JVM has no network: the worker listens on 127.0.0.1 inside its namespace and relays to a Unix
 * socket bound into the sandbox, where the trusted process relays on to the database server. Nothing else is reachable.
 */
final class Relay implements AutoCloseable {
    private final ServerSocketChannel server;
    private final SocketAddress target;
    private final BiFunction<String, Runnable, Thread> threads;
    private final AtomicInteger connections = new AtomicInteger();

    private Relay(ServerSocketChannel server, SocketAddress target, BiFunction<String, Runnable, Thread> threads) {
        this.server = server;
        this.target = target;
        this.threads = threads;
    }

    /** Starts accepting on {@code server}; each connection is relayed to {@code target}. */
    static Relay start(ServerSocketChannel server, SocketAddress target, String name,
                       BiFunction<String, Runnable, Thread> threads) {
        Relay r = new Relay(server, target, threads);
        threads.apply(name + "-accept", r::acceptLoop).start();
        return r;
    }

    SocketAddress localAddress() throws IOException {
        return server.getLocalAddress();
    }

    private void acceptLoop() {
        while (server.isOpen()) {
            SocketChannel in;
            try {
                in = server.accept();
            } catch (IOException e) {
                return;
            }
            SocketChannel out;
            try {
                out = SocketChannel.open(target);
            } catch (IOException e) {
                closeQuietly(in);
                continue;
            }
            int n = connections.incrementAndGet();
            AtomicInteger open = new AtomicInteger(2);
            Runnable done = () -> {
                if (open.decrementAndGet() == 0) {
                    closeQuietly(in);
                    closeQuietly(out);
                }
            };
            threads.apply("wbx-relay-" + n + "-up", () -> pump(in, out, done)).start();
            threads.apply("wbx-relay-" + n + "-down", () -> pump(out, in, done)).start();
        }
    }

    private static void pump(SocketChannel from, SocketChannel to, Runnable done) {
        ByteBuffer buf = ByteBuffer.allocateDirect(64 * 1024);
        try {
            while (from.read(buf) >= 0) {
                buf.flip();
                while (buf.hasRemaining()) {
                    to.write(buf);
                }
                buf.clear();
            }
            to.shutdownOutput();
        } catch (IOException e) {
            // One side went away (a killed connection, the end of a run): close both.
            closeQuietly(from);
            closeQuietly(to);
        } finally {
            done.run();
        }
    }

    private static void closeQuietly(SocketChannel c) {
        try {
            c.close();
        } catch (IOException e) {
            // Already closed.
        }
    }

    @Override
    public void close() {
        try {
            server.close();
        } catch (IOException e) {
            // Already closed.
        }
    }
}
