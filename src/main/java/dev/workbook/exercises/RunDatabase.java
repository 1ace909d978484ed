package dev.workbook.exercises;

import dev.workbook.db.Credentials;
import dev.workbook.db.DatabaseBootstrap;
import dev.workbook.db.DbTarget;
import dev.workbook.exercises.checks.CheckContext;
import dev.workbook.exercises.checks.Seed;
import dev.workbook.exercises.checks.Variant;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

/**
 * One throwaway database of a run and the accounts made for it: the run account (every privilege on this database,
 * WITH GRANT OPTION, nothing else; server-side connection and statement limits) that the student's code logs in as, and
 * any account the exercise asks for (exercise 14's writer, with no privileges). Created and dropped through the
 * administrative account; never handed to student code. {@link RunSet} holds the lease that lets the next run sweep it
 * if this process dies.
 */
final class RunDatabase {
    private static final SecureRandom RANDOM = new SecureRandom();

    private final DbTarget base;
    private final DataSource admin;
    private final String name;
    private final Variant variant;
    private final Credentials runAccount;
    private final List<String> hosts;
    private final Map<String, Exercises.Account> accounts = new LinkedHashMap<>();
    private Seed seed;
    private boolean accessRevoked;

    private RunDatabase(DbTarget base, DataSource admin, String name, Variant variant, Credentials runAccount, List<String> hosts) {
        this.base = base;
        this.admin = admin;
        this.name = name;
        this.variant = variant;
        this.runAccount = runAccount;
        this.hosts = hosts;
    }

    /** Creates database {@code name} and its run account (user = the database's name) for the application user's hosts. */
    static RunDatabase create(DbTarget base, DataSource admin, String name, Variant variant) throws SQLException {
        Credentials account = new Credentials(name, password());
        try (Connection c = admin.getConnection(); Statement st = c.createStatement()) {
            List<String> hosts = RunSweeper.hostsOf(c, base.app().user());
            st.execute("CREATE DATABASE " + DatabaseBootstrap.ident(name) + " CHARACTER SET " + DatabaseBootstrap.CHARSET
                    + " COLLATE " + DatabaseBootstrap.COLLATION);
            RunDatabase db = new RunDatabase(base, admin, name, variant, account, hosts);
            boolean mariaDb = base.serverVersion() != null && base.serverVersion().contains("MariaDB");
            // Limits the server enforces on the student's account, whatever its code does: a few connections, and on
            // MariaDB a cap on each statement's time (MySQL has no per-account one).
            String limits = " WITH MAX_USER_CONNECTIONS 10" + (mariaDb ? " MAX_STATEMENT_TIME 15" : "");
            for (String host : hosts) {
                String who = account(name, host);
                try (PreparedStatement ps = c.prepareStatement("CREATE USER " + who + " IDENTIFIED BY ?" + limits)) {
                    ps.setString(1, account.password());
                    ps.execute();
                }
                st.execute("GRANT ALL PRIVILEGES ON " + DatabaseBootstrap.ident(name) + ".* TO " + who + " WITH GRANT OPTION");
            }
            return db;
        }
    }

    /** Fills the database with the seed, as the administrative account. */
    void seed(Seed s) throws SQLException {
        try (Connection c = adminDataSource().getConnection()) {
            s.applyTo(c);
        }
        this.seed = s;
    }

    /** Creates an account with no privileges for the exercise's code to grant to ("writer" becomes wbw_NN_xxxxxxxx). */
    Exercises.Account createAccount(String role) throws SQLException {
        String user = "wb" + role.charAt(0) + name.substring(RunSweeper.PREFIX.length() - 1);
        String password = password();
        try (Connection c = admin.getConnection()) {
            for (String host : hosts) {
                try (PreparedStatement ps = c.prepareStatement("CREATE USER " + account(user, host) + " IDENTIFIED BY ?")) {
                    ps.setString(1, password);
                    ps.execute();
                }
            }
        }
        Exercises.Account a = new Exercises.Account(role, user, password, hosts);
        accounts.put(role, a);
        return a;
    }

    /** Where the student's code works: this database, as the run account, with no administrative account at all. */
    DbTarget studentTarget() {
        return new DbTarget(base.provider(), base.host(), base.port(), name, runAccount, null, base.serverVersion());
    }

    DataSource adminDataSource() {
        return base.dataSource(name, base.admin());
    }

    /** What the checks of this database may read (bound by the checker for the thread that runs them). */
    CheckContext context() {
        Map<String, String> users = new LinkedHashMap<>();
        accounts.forEach((role, a) -> users.put(role, a.user()));
        return new CheckContext(adminDataSource(), name, variant, seed, users);
    }

    String name() {
        return name;
    }

    Map<String, Exercises.Account> accounts() {
        return accounts;
    }

    /**
     * Drops the run account and ends its connections, and locks the exercise's accounts (their grants are what exercise 14's
     * checks read) and ends theirs, so that nothing the student's code left running can change the database while the
     * checks read it.
     */
    void revokeAccess() {
        if (accessRevoked) {
            return;
        }
        accessRevoked = true;
        try (Connection c = admin.getConnection(); Statement st = c.createStatement()) {
            for (Exercises.Account a : accounts.values()) {
                for (String host : a.hosts()) {
                    st.execute("ALTER USER " + account(a.user(), host) + " ACCOUNT LOCK");
                }
            }
            List<String> users = new ArrayList<>();
            accounts.values().forEach(a -> users.add(a.user()));
            RunSweeper.killConnections(c, users);
            RunSweeper.dropUsers(c, List.of(runAccount.user()));
        } catch (SQLException e) {
            System.err.println("warning: could not close the run's accounts: " + e.getMessage() + " (the next check removes them)");
        }
    }

    /** Drops the database and every account of it (after revoking access). */
    void drop() {
        revokeAccess();
        try (Connection c = admin.getConnection(); Statement st = c.createStatement()) {
            RunSweeper.dropUsers(c, accounts.values().stream().map(Exercises.Account::user).toList());
            st.execute("DROP DATABASE IF EXISTS " + DatabaseBootstrap.ident(name));
        } catch (SQLException e) {
            System.err.println("warning: could not drop the throwaway database " + name + ": " + e.getMessage()
                    + " (the next check removes it)");
        }
    }

    static String account(String user, String host) {
        if (!user.matches("[a-z0-9_]{1,32}") || !host.matches("[A-Za-z0-9_.%:\\-]{1,255}")) {
            throw new IllegalArgumentException("not a plain account: " + user + "@" + host);
        }
        return "'" + user + "'@'" + host + "'";
    }

    /** A random suffix for names: 8 hex digits. */
    static String suffix() {
        byte[] b = new byte[4];
        RANDOM.nextBytes(b);
        return HexFormat.of().formatHex(b);
    }

    private static String password() {
        byte[] b = new byte[18];
        RANDOM.nextBytes(b);
        return "Wb1-" + HexFormat.of().formatHex(b);
    }
}
