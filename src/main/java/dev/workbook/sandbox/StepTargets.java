package dev.workbook.sandbox;

import dev.workbook.config.ProviderKind;
import dev.workbook.db.Credentials;
import dev.workbook.db.DbTarget;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;

/**
 * In the student JVM: the DbTarget a step's Workbook facade points at. Under bubblewrap there is no network, so the
 * first step on a server opens a loopback port here that relays to the Unix socket the trusted process bound into the
 * sandbox; the facade then connects to that port. The server's version is read once, so that each SessionFactory the
 * script builds does not ask again.
 */
final class StepTargets {
    private final Map<String, String> serverVersions = new HashMap<>();
    private final Map<String, InetSocketAddress> localRelays = new HashMap<>();

    DbTarget of(DbLogin db, Map<String, String> relays) throws IOException {
        String key = db.host() + ":" + db.port();
        String host = db.host();
        int port = db.port();
        String socket = relays.get(key);
        if (socket != null) {
            InetSocketAddress local = localRelays.get(key);
            if (local == null) {
                ServerSocketChannel server = ServerSocketChannel.open()
                        .bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
                Relay r = Relay.start(server, UnixDomainSocketAddress.of(socket), "wbx-db-relay", WorkerThreads::daemon);
                local = (InetSocketAddress) r.localAddress();
                localRelays.put(key, local);
            }
            host = local.getAddress().getHostAddress();
            port = local.getPort();
        }
        DbTarget t = new DbTarget(ProviderKind.SERVER, host, port, db.database(),
                new Credentials(db.user(), db.password()), null, null);
        String version = serverVersions.computeIfAbsent(key, k -> version(t));
        return version == null ? t : t.withServerVersion(version);
    }

    private static String version(DbTarget t) {
        try (Connection c = t.connect(); Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT VERSION()")) {
            return rs.next() ? rs.getString(1) : null;
        } catch (Exception e) {
            return null;
        }
    }
}
