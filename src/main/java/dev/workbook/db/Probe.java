package dev.workbook.db;

import dev.workbook.errors.ErrorCatalogue;
import dev.workbook.errors.KnownError;
import dev.workbook.errors.WorkbookException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;

/** A bounded login that never hangs, and the plain-language reading of why a login failed. */
public final class Probe {
    private Probe() {
    }

    /** Logs in with short timeouts (even a port that accepts and never answers gives up) and returns VERSION(). */
    public static String version(DbTarget target, String database, Credentials who) throws SQLException {
        Properties p = new Properties();
        p.setProperty("user", who.user());
        p.setProperty("password", who.password() == null ? "" : who.password());
        p.setProperty("connectTimeout", "3000");
        p.setProperty("socketTimeout", "5000");
        try (Connection c = DriverManager.getConnection(target.jdbcUrl(database), p);
             Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT VERSION()")) {
            rs.next();
            return rs.getString(1);
        }
    }

    /** Turns a failed login into a message that says what failed and what to run next, from the error catalogue. */
    public static WorkbookException explain(SQLException e, DbTarget target) {
        String where = target.app().user() + "@" + target.host() + ":" + target.port() + "/" + target.database();
        KnownError k = ErrorCatalogue.explain(e).error();
        if (k == null) {
            return WorkbookException.notReady("login failed with MySQL error " + e.getErrorCode() + " (SQLSTATE "
                            + e.getSQLState() + ")").value(Redactor.redact(e.getMessage(), target.app().password()))
                    .next("run: workbook doctor").cause(e).build();
        }
        String what = switch (k) {
            case ACCESS_DENIED, AUTH_SOCKET, DATABASE_ACCESS_DENIED -> "access denied: " + k.meaning();
            case UNKNOWN_DATABASE -> "unknown database";
            case TCP_REFUSED, TCP_UNREACHABLE, PORT_SILENT -> "server unreachable: " + k.meaning();
            default -> "cannot log in: " + k.meaning();
        };
        Object value = switch (k) {
            case UNKNOWN_DATABASE -> target.database();
            case TCP_REFUSED, TCP_UNREACHABLE, PORT_SILENT -> target.host() + ":" + target.port();
            default -> where;
        };
        // A login that fails is always "not ready", whatever the same code means inside a script.
        return WorkbookException.notReady(what).value(value).next(k.next()).help(k.help()).cause(e).build();
    }
}
