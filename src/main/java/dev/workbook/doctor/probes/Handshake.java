package dev.workbook.doctor.probes;

import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.NoRouteToHostException;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.net.UnknownHostException;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import java.nio.file.Path;
import java.util.Locale;

/** Reads a server's greeting over TCP or a Unix socket without logging in, within a time limit. */
public final class Handshake {
    private static final int MAX_PACKET = 1 << 16;

    private Handshake() {
    }

    public static Greeting tcp(String host, int port, int timeoutMillis) {
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress(host, port), timeoutMillis);
            s.setSoTimeout(timeoutMillis);
            return read(s.getInputStream());
        } catch (ConnectException e) {
            return Greeting.of(Greeting.Kind.REFUSED, "connection refused: nothing listens on " + host + ":" + port);
        } catch (SocketTimeoutException e) {
            return Greeting.of(Greeting.Kind.UNREACHABLE, "no answer from " + host + ":" + port + " within "
                    + timeoutMillis + " ms (firewall, or a host that drops packets)");
        } catch (UnknownHostException e) {
            return Greeting.of(Greeting.Kind.UNREACHABLE, "unknown host " + host);
        } catch (NoRouteToHostException e) {
            return Greeting.of(Greeting.Kind.UNREACHABLE, "no route to host " + host);
        } catch (IOException e) {
            return Greeting.of(Greeting.Kind.UNREACHABLE, host + ":" + port + ": " + e.getMessage());
        }
    }

    /** The read side, where a port that accepts and never answers ends as SILENT when the socket times out. */
    static Greeting read(InputStream in) throws IOException {
        byte[] header = new byte[4];
        int n;
        try {
            n = in.readNBytes(header, 0, 4);
        } catch (SocketTimeoutException e) {
            return Greeting.of(Greeting.Kind.SILENT, "accepted the connection but sent nothing");
        }
        if (n < 4) {
            return Greeting.of(n == 0 ? Greeting.Kind.SILENT : Greeting.Kind.NOT_MYSQL,
                    n == 0 ? "accepted the connection and closed it without a word" : "a " + n + "-byte reply");
        }
        int len = (header[0] & 0xff) | (header[1] & 0xff) << 8 | (header[2] & 0xff) << 16;
        if (len == 0 || len > MAX_PACKET || header[3] != 0) {
            byte[] more = new byte[36];
            int m = 0;
            try {
                m = Math.max(0, in.read(more, 0, more.length)); // whatever already arrived, not a full buffer
            } catch (SocketTimeoutException ignored) {
                // the preview is only a courtesy
            }
            byte[] all = new byte[4 + m];
            System.arraycopy(header, 0, all, 0, 4);
            System.arraycopy(more, 0, all, 4, m);
            return Greeting.of(Greeting.Kind.NOT_MYSQL, "not MySQL's protocol: \"" + Greeting.preview(all, all.length) + "\"");
        }
        byte[] payload;
        try {
            payload = in.readNBytes(len);
        } catch (SocketTimeoutException e) {
            return Greeting.of(Greeting.Kind.NOT_MYSQL, "a packet header and then silence");
        }
        return Greeting.parse(payload);
    }

    /** The same over a Unix socket: errno 2 (no such file), 13 (permission denied) and 111 (refused) told apart. */
    public static Greeting unix(Path socket, int timeoutMillis) {
        try (SocketChannel ch = SocketChannel.open(StandardProtocolFamily.UNIX)) {
            ch.connect(UnixDomainSocketAddress.of(socket));
            ch.configureBlocking(false);
            return read(new ChannelStream(ch, timeoutMillis));
        } catch (UnsupportedOperationException e) {
            return Greeting.of(Greeting.Kind.UNREACHABLE, "Unix sockets are not supported here");
        } catch (IOException e) {
            String m = String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT);
            if (m.contains("refused")) {
                return Greeting.of(Greeting.Kind.REFUSED, "connection refused (errno 111)");
            }
            if (m.contains("permission") || m.contains("access")) {
                return Greeting.of(Greeting.Kind.PERMISSION_DENIED, "permission denied (errno 13)");
            }
            if (m.contains("no such file")) {
                return Greeting.of(Greeting.Kind.NO_SUCH_FILE, "no such file (errno 2)");
            }
            return Greeting.of(Greeting.Kind.UNREACHABLE, e.getMessage());
        }
    }

    /** A non-blocking channel read as a stream whose reads give up at a deadline, like a socket timeout. */
    private static final class ChannelStream extends InputStream {
        private final SocketChannel ch;
        private final long deadline;

        ChannelStream(SocketChannel ch, int timeoutMillis) {
            this.ch = ch;
            this.deadline = System.nanoTime() + timeoutMillis * 1_000_000L;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (len == 0) {
                return 0;
            }
            ByteBuffer buf = ByteBuffer.wrap(b, off, len);
            try (Selector sel = Selector.open()) {
                ch.register(sel, SelectionKey.OP_READ);
                while (true) {
                    int n = ch.read(buf);
                    if (n != 0) {
                        return n;
                    }
                    long left = (deadline - System.nanoTime()) / 1_000_000L;
                    if (left <= 0 || sel.select(left) == 0 && System.nanoTime() >= deadline) {
                        throw new SocketTimeoutException("read timed out");
                    }
                    sel.selectedKeys().clear();
                }
            }
        }
    }
}
