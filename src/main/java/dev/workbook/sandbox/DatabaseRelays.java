package dev.workbook.sandbox;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * In the trusted process, for a student JVM under bubblewrap: one Unix socket in its private directory (bound into the
 * sandbox) per database server its runs use, each relayed to that server. The student JVM has no other way out.
 */
final class DatabaseRelays implements AutoCloseable {
    private final Path dir;
    private final long pid;
    private final Map<String, Relay> relays = new LinkedHashMap<>();
    private final Map<String, String> sockets = new LinkedHashMap<>();

    DatabaseRelays(Path dir, long pid) {
        this.dir = dir;
        this.pid = pid;
    }

    /** "host:port" of each server the request's steps use, to the socket that reaches it. */
    synchronized Map<String, String> forRequest(RunRequest request) throws IOException {
        Map<String, String> out = new LinkedHashMap<>();
        for (Step s : request.steps()) {
            String key = s.db().host() + ":" + s.db().port();
            if (!relays.containsKey(key)) {
                Path sock = dir.resolve("db-" + (relays.size() + 1) + ".sock");
                ServerSocketChannel server = ServerSocketChannel.open(StandardProtocolFamily.UNIX)
                        .bind(UnixDomainSocketAddress.of(sock));
                relays.put(key, Relay.start(server, new InetSocketAddress(s.db().host(), s.db().port()),
                        "workbook-sandbox-db-relay-" + pid, DatabaseRelays::daemon));
                sockets.put(key, sock.toString());
            }
            out.put(key, sockets.get(key));
        }
        return out;
    }

    private static Thread daemon(String name, Runnable r) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        return t;
    }

    @Override
    public synchronized void close() {
        relays.values().forEach(Relay::close);
    }
}
