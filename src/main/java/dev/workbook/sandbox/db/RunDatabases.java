package dev.workbook.sandbox.db;

import dev.workbook.db.DatabaseBootstrap;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;

/**
 * Removes what runs left behind when their process died before cleaning up (kill -9, a power cut): every
 * {@code wbx_…} database and account whose lease lock is free, and the {@code workbook_check_…} databases of the
 * checker's earlier, in-process versions. A run still going holds its lock, so the sweep leaves it alone; it is safe
 * to sweep before every check.
 */
public final class RunDatabases {
    private static final Pattern RUN = Pattern.compile("^(wbx_[0-9a-f]{12})(_[a-z0-9]{1,10})?$");

    private RunDatabases() {
    }

    /** What a sweep removed. */
    public record Swept(List<String> databases, List<String> accounts) {
        public boolean nothing() {
            return databases.isEmpty() && accounts.isEmpty();
        }
    }

    public static Swept sweep(DataSource admin) {
        List<String> dbs = new ArrayList<>();
        List<String> accounts = new ArrayList<>();
        try (Connection c = admin.getConnection(); Statement st = c.createStatement()) {
            st.execute("SET SESSION lock_wait_timeout = 10");
            Set<String> runs = new LinkedHashSet<>();
            Set<String> runDatabases = new LinkedHashSet<>();
            List<String> legacy = new ArrayList<>();
            try (ResultSet rs = st.executeQuery("SHOW DATABASES")) {
                while (rs.next()) {
                    String db = rs.getString(1);
                    Matcher m = RUN.matcher(db);
                    if (m.matches() && m.group(2) == null) {
                        runs.add(db);
                        runDatabases.add(db);
                    } else if (db.startsWith("workbook_check_")) {
                        legacy.add(db);
                    }
                }
            }
            List<String[]> runAccounts = new ArrayList<>();
            try (ResultSet rs = st.executeQuery("SELECT User, Host FROM mysql.user WHERE User LIKE 'wbx\\_%'")) {
                while (rs.next()) {
                    Matcher m = RUN.matcher(rs.getString(1));
                    if (m.matches()) {
                        runs.add(m.group(1));
                        runAccounts.add(new String[] {rs.getString(1), rs.getString(2), m.group(1)});
                    }
                }
            }
            for (String run : runs) {
                if (!lockFree(c, run)) {
                    continue;
                }
                for (String[] a : runAccounts) {
                    if (a[2].equals(run)) {
                        st.execute("DROP USER IF EXISTS " + RunAccounts.account(a[0], a[1]));
                        accounts.add(a[0] + "@" + a[1]);
                    }
                }
                RunAccounts.killConnections(c, run);
                if (runDatabases.contains(run)) {
                    st.execute("DROP DATABASE IF EXISTS " + DatabaseBootstrap.ident(run));
                    dbs.add(run);
                }
            }
            for (String db : legacy) {
                st.execute("DROP DATABASE IF EXISTS " + DatabaseBootstrap.ident(db));
                dbs.add(db);
            }
        } catch (SQLException e) {
            throw dev.workbook.errors.WorkbookException.notReady("could not remove what earlier runs left on the server")
                    .value(e.getMessage()).next("workbook doctor").cause(e).build();
        }
        return new Swept(dbs, accounts);
    }

    private static boolean lockFree(Connection c, String name) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT IS_FREE_LOCK(?)")) {
            ps.setString(1, name);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() && rs.getInt(1) == 1;
            }
        }
    }
}
