package dev.workbook.exercises;

import dev.workbook.db.DatabaseBootstrap;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;

/**
 * Removes what runs left behind. Every run holds a server-side named lock (its lease, {@code GET_LOCK(run id)}) on an
 * administrative connection for as long as it lives; the server releases it when that connection ends, even when the
 * process was killed with kill -9. A run database or account whose lock is free belongs to a run that is over:
 * the sweep drops it. Runs of other processes (another student's check) hold their locks and are left alone.
 */
final class RunSweeper {
    static final String PREFIX = "wbrun_";
    /** Databases of the checker before run accounts existed: nothing holds a lease on them. */
    private static final String OLD_PREFIX = "workbook_check_";

    private RunSweeper() {
    }

    /** Drops leftovers of finished runs; returns what it dropped ("database x", "account y"). */
    static List<String> sweep(DataSource admin) throws SQLException {
        List<String> dropped = new ArrayList<>();
        try (Connection c = admin.getConnection(); Statement st = c.createStatement()) {
            Map<String, Set<String>> dbsByRun = new LinkedHashMap<>();
            for (String db : strings(c, "SHOW DATABASES")) {
                if (db.startsWith(PREFIX)) {
                    dbsByRun.computeIfAbsent(runId(db), k -> new LinkedHashSet<>()).add(db);
                } else if (db.startsWith(OLD_PREFIX)) {
                    st.execute("DROP DATABASE IF EXISTS " + DatabaseBootstrap.ident(db));
                    dropped.add("database " + db);
                }
            }
            Map<String, Set<String>> usersByRun = new LinkedHashMap<>();
            for (String user : strings(c, "SELECT DISTINCT User FROM mysql.user WHERE User LIKE 'wb%'")) {
                if (user.matches("wb[a-z]{1,3}_\\d{2}_[0-9a-f]{8}(_h)?")) {
                    usersByRun.computeIfAbsent(runId(PREFIX + user.substring(user.indexOf('_') + 1)), k -> new LinkedHashSet<>()).add(user);
                }
            }
            Set<String> runs = new LinkedHashSet<>(dbsByRun.keySet());
            runs.addAll(usersByRun.keySet());
            for (String run : runs) {
                if (!lockIsFree(c, run)) {
                    continue;
                }
                List<String> users = new ArrayList<>(usersByRun.getOrDefault(run, Set.of()));
                dropUsers(c, users);
                users.forEach(u -> dropped.add("account " + u));
                for (String db : dbsByRun.getOrDefault(run, Set.of())) {
                    st.execute("DROP DATABASE IF EXISTS " + DatabaseBootstrap.ident(db));
                    dropped.add("database " + db);
                }
            }
        }
        return dropped;
    }

    /** "wbrun_05_1a2b3c4d_h" belongs to run "wbrun_05_1a2b3c4d". */
    static String runId(String name) {
        return name.endsWith("_h") ? name.substring(0, name.length() - 2) : name;
    }

    private static boolean lockIsFree(Connection c, String run) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT IS_FREE_LOCK(?)")) {
            ps.setString(1, run);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() && rs.getInt(1) == 1;
            }
        }
    }

    /** Drops every host's account of each user, then ends their connections (dropped first, so none comes back). */
    static void dropUsers(Connection c, List<String> users) throws SQLException {
        if (users.isEmpty()) {
            return;
        }
        String in = String.join(", ", users.stream().map(u -> "?").toList());
        List<String[]> accounts = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT User, Host FROM mysql.user WHERE User IN (" + in + ")")) {
            for (int i = 0; i < users.size(); i++) {
                ps.setString(i + 1, users.get(i));
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    accounts.add(new String[] {rs.getString(1), rs.getString(2)});
                }
            }
        }
        try (Statement st = c.createStatement()) {
            for (String[] a : accounts) {
                st.execute("DROP USER IF EXISTS " + RunDatabase.account(a[0], a[1]));
            }
        }
        killConnections(c, users);
    }

    /** Ends every connection of these users. */
    static void killConnections(Connection c, List<String> users) throws SQLException {
        if (users.isEmpty()) {
            return;
        }
        List<Long> ids = new ArrayList<>();
        String in = String.join(", ", users.stream().map(u -> "?").toList());
        try (PreparedStatement ps = c.prepareStatement("SELECT ID FROM information_schema.PROCESSLIST WHERE USER IN (" + in + ")")) {
            for (int i = 0; i < users.size(); i++) {
                ps.setString(i + 1, users.get(i));
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getLong(1));
                }
            }
        }
        try (Statement st = c.createStatement()) {
            for (long id : ids) {
                try {
                    st.execute("KILL CONNECTION " + id);
                } catch (SQLException gone) {
                    // ended on its own meanwhile
                }
            }
        }
    }

    /** The hosts an account exists for ('localhost', '127.0.0.1', '%'): run accounts get the same ones. */
    static List<String> hostsOf(Connection c, String user) throws SQLException {
        List<String> hosts = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT Host FROM mysql.user WHERE User = ? ORDER BY Host")) {
            ps.setString(1, user);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    hosts.add(rs.getString(1));
                }
            }
        }
        if (hosts.isEmpty()) {
            throw new SQLException("the application user '" + user + "' does not exist on this server");
        }
        return hosts;
    }

    private static List<String> strings(Connection c, String sql) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }
}
