package dev.workbook.sandbox.db;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.function.Supplier;
import javax.sql.DataSource;

/**
 * A run's lease: an administrative connection holding the named lock {@code GET_LOCK(name, 0)} for the run's life.
 * The server frees the lock when that connection ends, also when its process is killed with -9, so a free lock means
 * the run is over. The same connection creates and drops the run's database and accounts.
 */
final class RunLease {
    private final Connection connection;
    private final String name;

    private RunLease(Connection connection, String name) {
        this.connection = connection;
        this.name = name;
    }

    static RunLease take(DataSource admin, Supplier<String> names) {
        Connection c = null;
        try {
            c = admin.getConnection();
            try (Statement st = c.createStatement()) {
                // A DROP waiting for a metadata lock held by a stuck statement gives up instead of hanging the checker.
                st.execute("SET SESSION lock_wait_timeout = 10");
            }
            for (int i = 0; i < 5; i++) {
                String name = names.get();
                if (getLock(c, name)) {
                    return new RunLease(c, name);
                }
            }
            throw new SQLException("five random run names were all taken");
        } catch (SQLException e) {
            closeQuietly(c);
            throw dev.workbook.errors.WorkbookException.notReady("could not take a lease for a run database")
                    .value(e.getMessage()).next("workbook doctor").cause(e).build();
        }
    }

    private static boolean getLock(Connection c, String name) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT GET_LOCK(?, 0)")) {
            ps.setString(1, name);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() && rs.getInt(1) == 1;
            }
        }
    }

    String name() {
        return name;
    }

    Connection connection() {
        return connection;
    }

    synchronized void execute(String sql) throws SQLException {
        try (Statement st = connection.createStatement()) {
            st.execute(sql);
        }
    }

    synchronized void release() {
        try (PreparedStatement ps = connection.prepareStatement("SELECT RELEASE_LOCK(?)")) {
            ps.setString(1, name);
            ps.execute();
        } catch (SQLException e) {
            // Closing the connection releases it as well.
        }
        closeQuietly(connection);
    }

    private static void closeQuietly(Connection c) {
        if (c == null) {
            return;
        }
        try {
            c.close();
        } catch (SQLException e) {
            // Gone already: the server has released the lock.
        }
    }
}
