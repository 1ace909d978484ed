package dev.workbook.exercises;

import dev.workbook.db.DbTarget;
import dev.workbook.errors.WorkbookException;
import dev.workbook.exercises.checks.CheckContext;
import dev.workbook.exercises.checks.Seed;
import dev.workbook.exercises.checks.Seeds;
import dev.workbook.exercises.checks.Variant;
import dev.workbook.sandbox.DbLogin;
import dev.workbook.sandbox.db.RunDatabase;
import dev.workbook.sandbox.db.RunDatabaseOptions;
import dev.workbook.sandbox.db.RunDatabases;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The run databases of one check (the sandbox's {@link RunDatabase}s, each with its own run account and lease): the
 * VISIBLE one seeded with the chapter's data, with the accounts the exercise asks for, and for an exercise with checks on
 * hidden data a HIDDEN one seeded from a random seed that the result records. Opening sweeps what dead runs left.
 */
final class RunSet implements AutoCloseable {
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Side visible;
    private final Side hidden;
    private final long hiddenSeed;

    /** One database of the run, its seed and the accounts made for it. */
    record Side(RunDatabase db, Variant variant, Seed seed, Map<String, Exercises.Account> accounts) {
        DbLogin login() {
            return db.login();
        }

        /** Where the student's code works in the student's own kernel: this database as the run account, no admin. */
        DbTarget studentTarget(DbTarget base) {
            DbLogin l = db.login();
            return new DbTarget(base.provider(), l.host(), l.port(), l.database(), new dev.workbook.db.Credentials(l.user(), l.password()),
                    null, base.serverVersion());
        }

        CheckContext context() {
            Map<String, String> users = new LinkedHashMap<>();
            accounts.forEach((role, a) -> users.put(role, a.user()));
            return new CheckContext(db.checkTarget().dataSource(), db.name(), variant, seed, users);
        }
    }

    private RunSet(Side visible, Side hidden, long hiddenSeed) {
        this.visible = visible;
        this.hidden = hidden;
        this.hiddenSeed = hiddenSeed;
    }

    /** Sweeps, creates and seeds the databases, and makes the exercise's accounts; environment not ready without an admin. */
    static RunSet open(DbTarget base, Exercise exercise, boolean withHidden) {
        if (base.adminDataSource().isEmpty()) {
            throw WorkbookException.notReady("checking an exercise needs the server's administrative account, to create a throwaway"
                            + " database").value("provider " + base.provider() + " without admin.user / admin.password")
                    .next("use the embedded or docker provider, or set admin.user and admin.password (workbook config)").build();
        }
        RunDatabases.sweep(base.adminDataSource().get());
        RunDatabaseOptions options = RunDatabaseOptions.DEFAULTS;
        for (String role : exercise.accounts()) {
            options = options.withExtraAccount(role);
        }
        List<RunDatabase> made = new ArrayList<>();
        try {
            RunDatabase v = RunDatabase.create(base, options);
            made.add(v);
            Side visible = side(v, exercise, Variant.VISIBLE, 0);
            long seed = RANDOM.nextLong();
            Side hidden = null;
            if (withHidden) {
                RunDatabase h = RunDatabase.create(base, RunDatabaseOptions.DEFAULTS);
                made.add(h);
                hidden = side(h, exercise, Variant.HIDDEN, seed);
            }
            return new RunSet(visible, hidden, withHidden ? seed : 0);
        } catch (RuntimeException e) {
            made.forEach(RunDatabase::close);
            throw e;
        }
    }

    private static Side side(RunDatabase db, Exercise exercise, Variant variant, long randomSeed) {
        Seed seed = Seeds.of(exercise.id(), variant, randomSeed).orElse(null);
        Map<String, Exercises.Account> accounts = new LinkedHashMap<>();
        try (Connection c = db.checkTarget().connect()) {
            if (seed != null) {
                seed.applyTo(c);
            }
            if (variant == Variant.VISIBLE) {
                for (String role : exercise.accounts()) {
                    DbLogin l = db.extraLogin(role);
                    accounts.put(role, new Exercises.Account(role, l.user(), l.password(), hostsOf(c, l.user())));
                }
            }
        } catch (SQLException e) {
            throw WorkbookException.internal("could not seed the throwaway database of " + exercise.id())
                    .value(db.name() + ": " + e.getMessage()).cause(e).build();
        }
        return new Side(db, variant, seed, accounts);
    }

    private static List<String> hostsOf(Connection c, String user) throws SQLException {
        List<String> hosts = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT Host FROM mysql.user WHERE User = ? ORDER BY Host")) {
            ps.setString(1, user);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    hosts.add(rs.getString(1));
                }
            }
        }
        return hosts;
    }

    Side visible() {
        return visible;
    }

    /** The hidden side, or null when the exercise has no checks on hidden data. */
    Side hidden() {
        return hidden;
    }

    long hiddenSeed() {
        return hiddenSeed;
    }

    /** Takes the databases away from the student's code (run accounts dropped, exercise accounts locked, connections killed). */
    void revokeAccess() {
        visible.db().revokeAndKill();
        if (hidden != null) {
            hidden.db().revokeAndKill();
        }
    }

    @Override
    public void close() {
        if (hidden != null) {
            hidden.db().close();
        }
        visible.db().close();
    }
}
