package dev.workbook.sandbox.db;

import dev.workbook.db.DatabaseBootstrap;
import dev.workbook.db.DbTarget;
import dev.workbook.errors.WorkbookException;
import dev.workbook.sandbox.DbLogin;
import java.security.SecureRandom;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

/**
 * A throwaway database for one run of untrusted code, {@code wbx_<12 hex>}, and an account of the same name that may
 * use that database only (created for every host the application user exists for, with the server's per-account
 * limits). Held by a lease: the named lock {@code GET_LOCK('wbx_…', 0)} on an administrative connection kept open
 * for the run's life, so that {@link RunDatabases#sweep} can tell a live run from one whose process died (kill -9).
 * <pre>
 *   try (RunDatabase db = RunDatabase.create(base)) {
 *       jvm.run(... new Step("visible", pieces, db.login()) ...);
 *       db.revokeAndKill();                  // the script's account is gone before the checks look
 *       runChecks(db.checkTarget());          // administrative account, on this database
 *   }                                         // database and accounts dropped, lease released
 * </pre>
 */
public final class RunDatabase implements AutoCloseable {
    static final String PREFIX = "wbx_";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final DbTarget base;
    private final RunLease lease;
    private final String name;
    private final String password;
    private final List<String> hosts;
    private final Map<String, String> extraPasswords;
    private boolean revoked;
    private boolean closed;

    private RunDatabase(DbTarget base, RunLease lease, String name, String password, List<String> hosts,
                        Map<String, String> extraPasswords) {
        this.base = base;
        this.lease = lease;
        this.name = name;
        this.password = password;
        this.hosts = hosts;
        this.extraPasswords = extraPasswords;
    }

    /** A run database with the default limits and no extra account. */
    public static RunDatabase create(DbTarget base) {
        return create(base, RunDatabaseOptions.DEFAULTS);
    }

    public static RunDatabase create(DbTarget base, RunDatabaseOptions options) {
        DataSource admin = adminOf(base);
        RunLease lease = RunLease.take(admin, () -> PREFIX + hex(6));
        String name = lease.name();
        try {
            List<String> hosts = RunAccounts.hostsOf(lease.connection(), base.app().user());
            String password = password();
            lease.execute("CREATE DATABASE " + DatabaseBootstrap.ident(name) + " CHARACTER SET " + DatabaseBootstrap.CHARSET
                    + " COLLATE " + DatabaseBootstrap.COLLATION);
            RunAccounts accounts = new RunAccounts(lease, options);
            for (String host : hosts) {
                accounts.create(name, host, password);
                lease.execute("GRANT ALL PRIVILEGES ON " + DatabaseBootstrap.ident(name) + ".* TO " + RunAccounts.account(name, host)
                        + (options.grantOption() ? " WITH GRANT OPTION" : ""));
            }
            Map<String, String> extras = new LinkedHashMap<>();
            for (String suffix : options.extraAccounts()) {
                String user = name + "_" + suffix;
                String pw = password();
                for (String host : hosts) {
                    accounts.create(user, host, pw);
                }
                extras.put(suffix, pw);
            }
            return new RunDatabase(base, lease, name, password, hosts, extras);
        } catch (SQLException e) {
            RunDatabase partial = new RunDatabase(base, lease, name, null, List.of(), Map.of());
            partial.close();
            throw WorkbookException.notReady("could not create a throwaway database and account for the run")
                    .value(name + ": " + e.getMessage()).next("workbook doctor").cause(e).build();
        }
    }

    static DataSource adminOf(DbTarget base) {
        return base.adminDataSource().orElseThrow(() -> WorkbookException
                .notReady("checking code needs the server's administrative account, to create a throwaway database and account")
                .value("provider " + base.provider().id() + " without admin.user / admin.password")
                .next("use the embedded or docker provider, or set admin.user and admin.password (workbook config)")
                .build());
    }

    /** The database's (and its account's) name, {@code wbx_} and 12 hex digits. */
    public String name() {
        return name;
    }

    /** The run account: all privileges on this database, nothing else. For the student's code. */
    public DbLogin login() {
        return new DbLogin(base.host(), base.port(), name, name, password);
    }

    /** The extra account made for {@code suffix} (exercise 14): {@code wbx_…_suffix}, no privileges until granted. */
    public DbLogin extraLogin(String suffix) {
        String pw = extraPasswords.get(suffix);
        if (pw == null) {
            throw new IllegalArgumentException("no extra account '" + suffix + "' was asked for: " + extraPasswords.keySet());
        }
        return new DbLogin(base.host(), base.port(), name, name + "_" + suffix, pw);
    }

    /** The administrative account on this database, for the trusted checks; student code never gets it. */
    public DbTarget checkTarget() {
        return new DbTarget(base.provider(), base.host(), base.port(), name, base.admin(), base.admin(), base.serverVersion());
    }

    /**
     * Cuts the student's code off: drops the run account (so nothing can log in as it), locks the extra accounts (they
     * keep their grants for the checks to read), then kills every connection of those accounts. A connection that is
     * already open survives a DROP USER on both servers, hence the kill.
     */
    public synchronized void revokeAndKill() {
        if (revoked || closed) {
            return;
        }
        revoked = true;
        try {
            for (String host : hosts) {
                lease.execute("DROP USER IF EXISTS " + RunAccounts.account(name, host));
                for (String suffix : extraPasswords.keySet()) {
                    lease.execute("ALTER USER IF EXISTS " + RunAccounts.account(name + "_" + suffix, host) + " ACCOUNT LOCK");
                }
            }
            RunAccounts.killConnections(lease, name);
        } catch (SQLException e) {
            throw WorkbookException.internal("could not take the run account away from the student's code before the checks")
                    .value(name + ": " + e.getMessage()).cause(e).build();
        }
    }

    /** Drops the database and every account of the run, then releases the lease. Never throws: the sweep is the backstop. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        List<String> problems = new ArrayList<>();
        try {
            if (!revoked && password != null) {
                revokeAndKill();
            }
        } catch (RuntimeException e) {
            problems.add(e.getMessage());
        }
        closed = true;
        try {
            RunAccounts.dropAll(lease, name);
            RunAccounts.killConnections(lease, name);
            lease.execute("DROP DATABASE IF EXISTS " + DatabaseBootstrap.ident(name));
        } catch (SQLException e) {
            problems.add(e.getMessage());
        }
        lease.release();
        if (!problems.isEmpty()) {
            // Left behind, it is named for what it is and the next sweep removes it; the student's result stands.
            System.err.println("warning: could not remove the run database " + name + " completely (the next check removes it): "
                    + String.join("; ", problems));
        }
    }

    private static String password() {
        // Upper and lower case, digits and a symbol, for servers with a password policy.
        return "Wb-" + hex(10) + "-" + HexFormat.of().withUpperCase().formatHex(randomBytes(4));
    }

    static String hex(int bytes) {
        return HexFormat.of().formatHex(randomBytes(bytes));
    }

    private static byte[] randomBytes(int n) {
        byte[] b = new byte[n];
        RANDOM.nextBytes(b);
        return b;
    }
}
