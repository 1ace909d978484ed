package dev.workbook.sandbox.db;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * The accounts of a run, made and removed through its lease's administrative connection: created for the hosts the
 * application user exists for (so the run account can log in from wherever the workbook's own account can: localhost,
 * 127.0.0.1, a container network's address), with the server's per-account limits.
 */
final class RunAccounts {
    private final RunLease lease;
    private final RunDatabaseOptions options;
    private final boolean mariaDb;

    RunAccounts(RunLease lease, RunDatabaseOptions options) throws SQLException {
        this.lease = lease;
        this.options = options;
        try (var st = lease.connection().createStatement(); ResultSet rs = st.executeQuery("SELECT VERSION()")) {
            rs.next();
            this.mariaDb = rs.getString(1).toLowerCase(java.util.Locale.ROOT).contains("mariadb");
        }
    }

    void create(String user, String host, String password) throws SQLException {
        String limits = " WITH MAX_USER_CONNECTIONS " + options.maxConnections()
                + (mariaDb ? " MAX_STATEMENT_TIME " + options.maxStatementSeconds() : "");
        synchronized (lease) {
            try (PreparedStatement ps = lease.connection().prepareStatement("CREATE USER " + account(user, host)
                    + " IDENTIFIED BY ?" + limits)) {
                ps.setString(1, password);
                ps.execute();
            }
        }
    }

    static String account(String user, String host) {
        if (!user.matches("[A-Za-z0-9_]{1,32}") || !host.matches("[A-Za-z0-9_.%:\\-]{1,255}")) {
            throw new IllegalArgumentException("not a plain account: " + user + "@" + host);
        }
        return "'" + user + "'@'" + host + "'";
    }

    /** The hosts the application user exists for ('localhost', '127.0.0.1', '%', a container address...). */
    static List<String> hostsOf(Connection c, String appUser) throws SQLException {
        List<String> hosts = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT Host FROM mysql.user WHERE User = ?")) {
            ps.setString(1, appUser);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    hosts.add(rs.getString(1));
                }
            }
        }
        if (hosts.isEmpty()) {
            throw new SQLException("the application user '" + appUser + "' does not exist on this server");
        }
        return hosts;
    }

    /** Every account of the run: its own and its extra ones ({@code name_suffix}). */
    static List<String[]> accountsOf(Connection c, String name) throws SQLException {
        List<String[]> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT User, Host FROM mysql.user WHERE User = ? OR User LIKE ?")) {
            ps.setString(1, name);
            ps.setString(2, name + "\\_%");
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new String[] {rs.getString(1), rs.getString(2)});
                }
            }
        }
        return out;
    }

    static void dropAll(RunLease lease, String name) throws SQLException {
        for (String[] a : accountsOf(lease.connection(), name)) {
            lease.execute("DROP USER IF EXISTS " + account(a[0], a[1]));
        }
    }

    /** Kills the connections of the run's accounts until none is left (a killed connection may linger a moment). */
    static void killConnections(RunLease lease, String name) throws SQLException {
        killConnections(lease.connection(), name);
    }

    static void killConnections(Connection c, String name) throws SQLException {
        long end = System.currentTimeMillis() + 3000;
        while (true) {
            List<Long> ids = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT ID FROM information_schema.PROCESSLIST WHERE USER = ? OR USER LIKE ?")) {
                ps.setString(1, name);
                ps.setString(2, name + "\\_%");
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        ids.add(rs.getLong(1));
                    }
                }
            }
            if (ids.isEmpty() || System.currentTimeMillis() > end) {
                return;
            }
            for (long id : ids) {
                try (var st = c.createStatement()) {
                    st.execute("KILL CONNECTION " + id);
                } catch (SQLException e) {
                    // It ended by itself in between (unknown thread id).
                }
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
