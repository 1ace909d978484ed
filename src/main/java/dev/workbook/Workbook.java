package dev.workbook;

import dev.workbook.config.Settings;
import dev.workbook.db.Credentials;
import dev.workbook.db.DbTarget;
import dev.workbook.db.Probe;
import dev.workbook.db.providers.Providers;
import dev.workbook.errors.ErrorCatalogue;
import dev.workbook.errors.WorkbookException;
import dev.workbook.sql.SqlRunner;
import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.hibernate.SessionFactory;

/**
 * The one-line entry point for notebooks, JShell scripts and tests:
 * <pre>
 *   var ds = Workbook.dataSource();                       // JDBC, server started if needed
 *   var sf = Workbook.sessionFactory(Student.class);      // Hibernate
 *   Workbook.sql("SHOW TABLES");                          // prints a table
 * </pre>
 * Settings come from the environment and the config file (see README); the embedded server is the default.
 */
public final class Workbook {
    private static volatile DbTarget target;

    private Workbook() {
    }

    /** The configured workbook database, starting the embedded server (or attaching to it) on first use. */
    public static DbTarget target() {
        DbTarget t = target;
        if (t == null) {
            synchronized (Workbook.class) {
                t = target;
                if (t == null) {
                    t = Providers.forSettings(Settings.fromEnvironment()).start();
                    target = t;
                }
            }
        }
        return t;
    }

    /** Uses these settings instead of the environment's (tests, tools). */
    public static synchronized DbTarget use(Settings settings) {
        target = Providers.forSettings(settings).start();
        return target;
    }

    /** Uses an already started database. */
    public static synchronized void use(DbTarget t) {
        target = t;
    }

    public static DataSource dataSource() {
        return target().dataSource();
    }

    public static Connection connect() throws SQLException {
        return target().connect();
    }

    /** A Hibernate SessionFactory for these entity classes; the schema is left as it is. */
    public static SessionFactory sessionFactory(Class<?>... entities) {
        return HibernateSetup.of(Workbook::target, entities).build();
    }

    /** Hibernate with more choices: showing the SQL, creating the schema, counting statements. */
    public static HibernateSetup hibernate(Class<?>... entities) {
        return HibernateSetup.of(Workbook::target, entities);
    }

    /**
     * Prints the full error of the last notebook cell that failed (its stack trace and every cause), which the
     * workbook's Java kernel keeps while it shows the short form; elsewhere (JShell, other kernels) says so.
     */
    public static void lastError() {
        Object e = System.getProperties().get("workbook.cell.lastError");
        System.out.println(e != null ? e : "no failed cell recorded: only the workbook's Java kernel (rapaio) records them");
    }

    /**
     * Runs SQL (one or more statements) on the workbook database and prints results as tables. A failing statement
     * throws a {@link dev.workbook.errors.WorkbookException} naming the statement, the server's error code and, for a
     * known error, the next step and its troubleshooting page.
     */
    public static void sql(String script) {
        PrintWriter out = new PrintWriter(System.out, true);
        try (Connection c = connect()) {
            SqlRunner.run(c, script, out);
        } catch (SqlRunner.StatementFailedException e) {
            throw SqlRunner.failure(e);
        } catch (SQLException e) {
            throw Probe.explain(e, target());
        } finally {
            out.flush();
        }
    }

    /**
     * The server's administrative account, for the statements the application user may not run (CREATE DATABASE,
     * CREATE USER). The embedded and Docker servers have one; an installed server only when admin.user and
     * admin.password are set. Chapters use it instead of reaching into the provider's classes.
     */
    public static DataSource adminDataSource() {
        DbTarget t = target();
        return t.adminDataSource().orElseThrow(() -> WorkbookException
                .notReady("this server has no administrative account in the workbook settings")
                .value("provider " + t.provider().id())
                .next("use the embedded or docker provider, or set admin.user and admin.password (./workbook config); "
                        + "or run the statement in the mysql client as an administrator")
                .help("troubleshooting/workbook-providers.md").build());
    }

    /** The workbook database as another account, e.g. one a chapter just created with CREATE USER. */
    public static DataSource dataSource(String user, String password) {
        DbTarget t = target();
        return t.dataSource(t.database(), new Credentials(user, password));
    }

    /** Like {@link #sql(String)}, on a connection from {@code ds}: another account, or {@link #adminDataSource()}. */
    public static void sql(DataSource ds, String script) {
        PrintWriter out = new PrintWriter(System.out, true);
        try (Connection c = ds.getConnection()) {
            SqlRunner.run(c, script, out);
        } catch (SqlRunner.StatementFailedException e) {
            throw SqlRunner.failure(e);
        } catch (SQLException e) {
            // The login of that account failed (its own name is in the server's message).
            throw ErrorCatalogue.explain(e).builder("cannot log in: SQL error " + e.getErrorCode() + " (SQLSTATE "
                    + e.getSQLState() + "): " + e.getMessage(), null, "run: workbook doctor", e).detailedMessage().build();
        } finally {
            out.flush();
        }
    }
}
