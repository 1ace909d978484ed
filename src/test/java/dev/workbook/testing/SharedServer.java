package dev.workbook.testing;

import dev.workbook.Workbook;
import dev.workbook.db.Credentials;
import dev.workbook.db.DatabaseBootstrap;
import dev.workbook.db.DbTarget;
import dev.workbook.db.embedded.EmbeddedProvider;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * One real embedded MariaDB for the whole test JVM (started once, stopped at exit), and throwaway
 * databases on it so tests never see each other's rows. Tests of the server's own life cycle use
 * their own homes instead (see TestHomes).
 */
public final class SharedServer {
    private static DbTarget target;
    private static EmbeddedProvider provider;

    private SharedServer() {
    }

    public static synchronized DbTarget target() {
        if (target == null) {
            Path home = TestHomes.root().resolve("shared");
            provider = new EmbeddedProvider(TestHomes.settings(home), msg -> System.err.println("[shared server] " + msg));
            target = provider.start();
            Runtime.getRuntime().addShutdownHook(new Thread(provider::stop));
            Workbook.use(target);
        }
        return target;
    }

    /**
     * A new empty database (utf8mb4) on the shared server, with the application user granted on it:
     * dropped first if a previous run left it behind. Makes the Workbook facade point at it.
     */
    public static synchronized DbTarget freshDatabase(String name) {
        DbTarget base = target();
        try (Connection c = base.adminDataSource().orElseThrow().getConnection(); Statement st = c.createStatement()) {
            st.execute("DROP DATABASE IF EXISTS " + DatabaseBootstrap.ident(name));
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        try {
            DatabaseBootstrap.ensureDatabaseAndAppUser(base.adminDataSource().orElseThrow(), name, base.app(),
                    List.of("127.0.0.1", "localhost"));
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        DbTarget t = base.withDatabase(name);
        Workbook.use(t);
        return t;
    }

    public static Credentials admin() {
        return target().admin();
    }
}
