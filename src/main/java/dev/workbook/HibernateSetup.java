package dev.workbook;

import dev.workbook.db.ServerVersion;
import dev.workbook.db.DbTarget;
import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.hibernate.SessionFactory;
import org.hibernate.cfg.AvailableSettings;
import org.hibernate.cfg.Configuration;
import org.hibernate.tool.schema.Action;

/**
 * Builds a Hibernate SessionFactory on the workbook database. Short by default, explicit when asked. The factory's
 * connections follow the facade: each is opened on the database {@link Workbook#target()} names at that moment.
 */
public final class HibernateSetup {
    static {
        // Without this, JBoss Logging picks java.util.logging and Hibernate prints INFO lines into every notebook;
        // through SLF4J it follows simplelogger.properties (warnings only).
        if (System.getProperty("org.jboss.logging.provider") == null) {
            System.setProperty("org.jboss.logging.provider", "slf4j");
        }
    }

    private final Supplier<DbTarget> target;
    private final List<Class<?>> entities;
    private boolean showSql;
    private Action schemaAction = Action.NONE;
    private boolean statistics;
    private final java.util.Map<String, Object> extra = new java.util.LinkedHashMap<>();

    private HibernateSetup(Supplier<DbTarget> target, List<Class<?>> entities) {
        this.target = target;
        this.entities = entities;
    }

    /** The database comes from {@code target} when built (Workbook passes its own), so this class never calls back. */
    static HibernateSetup of(Supplier<DbTarget> target, Class<?>... entities) {
        return new HibernateSetup(target, new ArrayList<>(List.of(entities)));
    }

    /** Prints every SQL statement Hibernate sends, formatted. */
    public HibernateSetup showSql() {
        this.showSql = true;
        return this;
    }

    /** What to do to the schema at start: CREATE (drop and create), UPDATE, VALIDATE or NONE (default). */
    public HibernateSetup schema(Action action) {
        this.schemaAction = action;
        return this;
    }

    /** Collects statistics (statement counts) readable through sessionFactory.getStatistics(). */
    public HibernateSetup statistics() {
        this.statistics = true;
        return this;
    }

    /** Any other Hibernate or Jakarta Persistence setting (e.g. schema-generation scripts); applied last. */
    public HibernateSetup property(String key, Object value) {
        extra.put(key, value);
        return this;
    }

    public SessionFactory build() {
        // Hibernate also looks entity classes up by name. A JShell declares them in a class loader of its own, and in a JVM
        // that ran an earlier JShell (the student JVM, a kernel) the thread's context loader may be that one's: name the
        // entities' own loaders first.
        org.hibernate.boot.registry.BootstrapServiceRegistryBuilder bootstrap = new org.hibernate.boot.registry.BootstrapServiceRegistryBuilder();
        entities.stream().map(Class::getClassLoader).distinct().forEach(bootstrap::applyClassLoader);
        Configuration cfg = new Configuration(bootstrap.build());
        entities.forEach(cfg::addAnnotatedClass);
        DbTarget db = target.get();
        cfg.getProperties().put(AvailableSettings.DATASOURCE, new FollowingDataSource(target));
        applyDialect(cfg, serverVersion(db));
        cfg.setProperty(AvailableSettings.SHOW_SQL, Boolean.toString(showSql));
        cfg.setProperty(AvailableSettings.FORMAT_SQL, Boolean.toString(showSql));
        cfg.setProperty(AvailableSettings.HIGHLIGHT_SQL, "false");
        cfg.setProperty(AvailableSettings.GENERATE_STATISTICS, Boolean.toString(statistics));
        cfg.setProperty(AvailableSettings.HBM2DDL_AUTO, schemaAction.getExternalHbm2ddlName());
        extra.forEach((k, v) -> cfg.getProperties().put(k, v));
        return cfg.buildSessionFactory();
    }

    /**
     * Connections to wherever {@link Workbook#target()} (the supplier Workbook passes) points at the moment each one is
     * opened, so that a SessionFactory built before {@code Workbook.use(other)} then works on {@code other}: an
     * exercise check points the facade at its throwaway database and the student's {@code sf} from an earlier cell
     * follows it there.
     */
    private static final class FollowingDataSource implements DataSource {
        private final Supplier<DbTarget> target;
        private volatile Current current;

        FollowingDataSource(Supplier<DbTarget> target) {
            this.target = target;
        }

        private record Current(DbTarget target, DataSource dataSource) {
        }

        private DataSource now() {
            DbTarget t = target.get();
            Current c = current;
            if (c == null || !c.target().equals(t)) {
                c = new Current(t, t.dataSource());
                current = c;
            }
            return c.dataSource();
        }

        @Override
        public Connection getConnection() throws SQLException {
            return now().getConnection();
        }

        @Override
        public Connection getConnection(String user, String password) throws SQLException {
            return now().getConnection(user, password);
        }

        @Override
        public PrintWriter getLogWriter() throws SQLException {
            return now().getLogWriter();
        }

        @Override
        public void setLogWriter(PrintWriter out) throws SQLException {
            now().setLogWriter(out);
        }

        @Override
        public void setLoginTimeout(int seconds) throws SQLException {
            now().setLoginTimeout(seconds);
        }

        @Override
        public int getLoginTimeout() throws SQLException {
            return now().getLoginTimeout();
        }

        @Override
        public Logger getParentLogger() throws SQLFeatureNotSupportedException {
            throw new SQLFeatureNotSupportedException("no parent logger");
        }

        @Override
        public <T> T unwrap(Class<T> iface) throws SQLException {
            if (iface.isInstance(this)) {
                return iface.cast(this);
            }
            return now().unwrap(iface);
        }

        @Override
        public boolean isWrapperFor(Class<?> iface) throws SQLException {
            return iface.isInstance(this) || now().isWrapperFor(iface);
        }
    }

    /**
     * Names the database product and version instead of letting Hibernate read JDBC metadata: MySQL
     * Connector/J 9 asks MariaDB for INFORMATION_SCHEMA.KEYWORDS, which only MySQL has, and Hibernate
     * would then fail with "Unable to determine Dialect without JDBC metadata".
     */
    static void applyDialect(Configuration cfg, String version) {
        ServerVersion v = ServerVersion.parse(version);
        cfg.setProperty(AvailableSettings.ALLOW_METADATA_ON_BOOT, "false");
        cfg.setProperty(AvailableSettings.JAKARTA_HBM2DDL_DB_NAME, v.isMariaDb() ? "MariaDB" : "MySQL");
        cfg.setProperty(AvailableSettings.JAKARTA_HBM2DDL_DB_VERSION, v.major() + "." + v.minor());
        cfg.setProperty(AvailableSettings.JAKARTA_HBM2DDL_DB_MAJOR_VERSION, Integer.toString(v.major()));
        cfg.setProperty(AvailableSettings.JAKARTA_HBM2DDL_DB_MINOR_VERSION, Integer.toString(v.minor()));
    }

    private static String serverVersion(DbTarget target) {
        if (target.serverVersion() != null) {
            return target.serverVersion();
        }
        try (Connection c = target.connect(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT VERSION()")) {
            rs.next();
            return rs.getString(1);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the server version: " + e.getMessage(), e);
        }
    }
}
