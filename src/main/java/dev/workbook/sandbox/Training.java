package dev.workbook.sandbox;

import dev.workbook.Workbook;
import dev.workbook.chapters.ScriptShell;
import dev.workbook.config.ProviderKind;
import dev.workbook.db.Credentials;
import dev.workbook.db.DbTarget;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.io.OutputStream;
import java.io.PrintStream;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import javax.sql.DataSource;
import org.hibernate.SessionFactory;
import org.hibernate.cfg.AvailableSettings;
import org.hibernate.cfg.Configuration;

/**
 * Warm-up. {@link #run()}: in the one-off JVM whose loaded classes become the class-data-sharing archive
 * ({@link ClassDataArchive}), what a typical run loads: JShell and its compiler, snippets that declare records, classes
 * and lambdas, a Hibernate bootstrap. {@link #warmHibernate()}: in a new worker, Hibernate's first bootstrap (the
 * slowest part of a first run) while the trusted process is still creating databases. Neither needs a database:
 * Hibernate is told the server version and never connects.
 */
final class Training {
    private static final String SCRIPT = String.join("\n",
            "import jakarta.persistence.*;",
            "import java.util.*;",
            "import java.util.stream.*;",
            "import dev.workbook.Workbook;",
            "record Point(int x, int y) { }",
            "@Entity(name = \"Trained\") class Trained { @Id @GeneratedValue Long id; String name; }",
            "int twice(int n) { return 2 * n; }",
            "var names = Stream.of(\"ada\", \"carl\").map(String::toUpperCase).collect(Collectors.toList());",
            "try { Integer.parseInt(\"x\"); } catch (NumberFormatException e) { }",
            "var sf = Workbook.sessionFactory(Trained.class);",
            "sf.close();",
            "String s = \"unfinished\"");

    /** An entity compiled with the workbook, for the worker's warm-up. */
    @Entity(name = "WorkbookWarmUp")
    static class WarmUp {
        @Id
        @GeneratedValue(strategy = GenerationType.IDENTITY)
        Long id;
        String name;
    }

    private Training() {
    }

    /** The one-off archive-making JVM: prints nothing, uses the facade (nothing else runs in that JVM). */
    static void run() {
        PrintStream quiet = new PrintStream(OutputStream.nullOutputStream());
        System.setOut(quiet);
        Workbook.use(new DbTarget(ProviderKind.SERVER, "127.0.0.1", 9, "trained", new Credentials("trained", "x"), null,
                "11.4.5-MariaDB"));
        try (ScriptShell shell = ScriptShell.open(quiet)) {
            shell.run("training.jsh", 1, SCRIPT, Duration.ofMinutes(1));
            shell.run("training.jsh", 20, "int broken = \"x\";", Duration.ofMinutes(1));
        } catch (RuntimeException e) {
            // Whatever loaded until here is archived all the same.
        }
        warmHibernate();
    }

    /**
     * A SessionFactory for {@link WarmUp}, built and closed. Not through the Workbook facade, which a run may be
     * pointing at its database at this very moment; the dialect settings are the ones HibernateSetup gives.
     */
    static void warmHibernate() {
        Configuration cfg = new Configuration().addAnnotatedClass(WarmUp.class);
        cfg.getProperties().put(AvailableSettings.DATASOURCE, new NoDatabase());
        cfg.setProperty(AvailableSettings.ALLOW_METADATA_ON_BOOT, "false");
        cfg.setProperty(AvailableSettings.JAKARTA_HBM2DDL_DB_NAME, "MariaDB");
        cfg.setProperty(AvailableSettings.JAKARTA_HBM2DDL_DB_VERSION, "11.4");
        cfg.setProperty(AvailableSettings.JAKARTA_HBM2DDL_DB_MAJOR_VERSION, "11");
        cfg.setProperty(AvailableSettings.JAKARTA_HBM2DDL_DB_MINOR_VERSION, "4");
        cfg.setProperty(AvailableSettings.HBM2DDL_AUTO, "none");
        try (SessionFactory sf = cfg.buildSessionFactory()) {
            sf.getMetamodel().getEntities();
        } catch (RuntimeException e) {
            // A warm-up that fails only leaves the first run slower.
        }
    }

    /** Never connects: the warm-up must not reach any server. */
    private static final class NoDatabase implements DataSource {
        @Override
        public Connection getConnection() throws SQLException {
            throw new SQLException("the warm-up has no database");
        }

        @Override
        public Connection getConnection(String u, String p) throws SQLException {
            return getConnection();
        }

        @Override
        public java.io.PrintWriter getLogWriter() {
            return null;
        }

        @Override
        public void setLogWriter(java.io.PrintWriter out) {
        }

        @Override
        public void setLoginTimeout(int seconds) {
        }

        @Override
        public int getLoginTimeout() {
            return 0;
        }

        @Override
        public java.util.logging.Logger getParentLogger() {
            return java.util.logging.Logger.getGlobal();
        }

        @Override
        public <T> T unwrap(Class<T> iface) throws SQLException {
            throw new SQLException("not a wrapper");
        }

        @Override
        public boolean isWrapperFor(Class<?> iface) {
            return false;
        }
    }
}
