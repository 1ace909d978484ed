package dev.workbook.db;

import dev.workbook.errors.WorkbookException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
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

    /** Turns a failed login into a message that says what failed and what to run next. */
    public static WorkbookException explain(SQLException e, DbTarget target) {
        String where = target.app().user() + "@" + target.host() + ":" + target.port() + "/" + target.database();
        String doctor = "run: workbook doctor";
        int code = e.getErrorCode();
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        if (code == 1045) {
            return WorkbookException.notReady("access denied: wrong user or password").value(where)
                    .next("check db.user / db.password (" + Redactor.MASK + " hidden); " + doctor)
                    .help("troubleshooting/1045-access-denied.md").cause(e).build();
        }
        if (code == 1698) {
            return WorkbookException.notReady("access denied: the account only accepts socket logins (auth_socket/unix_socket)")
                    .value(where).next("use an application user with a password (setup/ creates one); " + doctor)
                    .help("troubleshooting/1698-auth-socket.md").cause(e).build();
        }
        if (code == 1049) {
            return WorkbookException.notReady("unknown database").value(target.database())
                    .next("create it: CREATE DATABASE " + target.database() + " CHARACTER SET utf8mb4; or set admin.user so the "
                            + "workbook creates it; " + doctor)
                    .help("troubleshooting/1049-unknown-database.md").cause(e).build();
        }
        if (code == 1130) {
            return WorkbookException.notReady("this host is not allowed to connect").value(where)
                    .next("create the account for the client's host on the server; " + doctor)
                    .help("troubleshooting/1130-host-not-allowed.md").cause(e).build();
        }
        if (state.startsWith("08") || code == 0) {
            Throwable root = rootCause(e);
            String why = root instanceof ConnectException ? "nothing is listening there (connection refused)"
                    : root instanceof SocketTimeoutException ? "no answer in time"
                    : root instanceof UnknownHostException ? "unknown host"
                    : "communications link failure";
            return WorkbookException.notReady("server unreachable: " + why).value(target.host() + ":" + target.port())
                    .next("start the server or fix db.host/db.port; " + doctor)
                    .help("troubleshooting/2003-cant-connect-tcp.md").cause(e).build();
        }
        return WorkbookException.notReady("login failed with MySQL error " + code + " (SQLSTATE " + state + ")")
                .value(Redactor.redact(e.getMessage(), target.app().password())).next(doctor).cause(e).build();
    }

    private static Throwable rootCause(Throwable t) {
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t;
    }
}
