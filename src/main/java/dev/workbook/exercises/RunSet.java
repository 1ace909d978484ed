package dev.workbook.exercises;

import dev.workbook.db.DbTarget;
import dev.workbook.errors.WorkbookException;
import dev.workbook.exercises.checks.Seed;
import dev.workbook.exercises.checks.Seeds;
import dev.workbook.exercises.checks.Variant;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import javax.sql.DataSource;

/**
 * The databases of one check run, under one lease: the VISIBLE database (the chapter's data) and, for an exercise with
 * checks on hidden data, a HIDDEN one generated from a random seed that the result records. Opening sweeps what earlier
 * runs left; closing drops everything, and a run that dies is swept by the next one.
 */
final class RunSet implements AutoCloseable {
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Connection lease;
    private final RunDatabase visible;
    private final RunDatabase hidden;
    private final long hiddenSeed;

    private RunSet(Connection lease, RunDatabase visible, RunDatabase hidden, long hiddenSeed) {
        this.lease = lease;
        this.visible = visible;
        this.hidden = hidden;
        this.hiddenSeed = hiddenSeed;
    }

    /**
     * Sweeps leftovers, takes the lease, creates and seeds the databases, and makes the accounts the exercise asks for.
     * A server without an administrative account cannot give throwaway databases: environment not ready.
     */
    static RunSet open(DbTarget base, Exercise exercise, boolean withHidden) {
        DataSource admin = base.adminDataSource().orElseThrow(() -> WorkbookException
                .notReady("checking an exercise needs the server's administrative account, to create a throwaway database")
                .value("provider " + base.provider() + " without admin.user / admin.password")
                .next("use the embedded or docker provider, or set admin.user and admin.password (workbook config)")
                .build());
        String run = RunSweeper.PREFIX + exercise.number() + "_" + RunDatabase.suffix();
        Connection lease = null;
        RunDatabase visible = null;
        RunDatabase hidden = null;
        try {
            RunSweeper.sweep(admin);
            lease = admin.getConnection();
            try (PreparedStatement ps = lease.prepareStatement("SELECT GET_LOCK(?, 0)")) {
                ps.setString(1, run);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next() || rs.getInt(1) != 1) {
                        throw new SQLException("could not take the lease " + run);
                    }
                }
            }
            RunDatabase v = RunDatabase.create(base, admin, run, Variant.VISIBLE);
            visible = v;
            Seeds.of(exercise.id(), Variant.VISIBLE, 0).ifPresent(s -> seed(v, s));
            for (String role : exercise.accounts()) {
                v.createAccount(role);
            }
            long seed = RANDOM.nextLong();
            if (withHidden) {
                RunDatabase h = RunDatabase.create(base, admin, run + "_h", Variant.HIDDEN);
                hidden = h;
                Seeds.of(exercise.id(), Variant.HIDDEN, seed).ifPresent(s -> seed(h, s));
            }
            return new RunSet(lease, visible, hidden, withHidden ? seed : 0);
        } catch (SQLException | RuntimeException e) {
            if (hidden != null) {
                hidden.drop();
            }
            if (visible != null) {
                visible.drop();
            }
            closeQuietly(lease);
            if (e instanceof WorkbookException we) {
                throw we;
            }
            throw WorkbookException.notReady("could not create a throwaway database for the check")
                    .value(run + ": " + e.getMessage()).next("workbook doctor").cause(e).build();
        }
    }

    private static void seed(RunDatabase db, Seed s) {
        try {
            db.seed(s);
        } catch (SQLException e) {
            throw new IllegalStateException("could not seed " + db.name() + " for " + s.exercise() + ": " + e.getMessage(), e);
        }
    }

    RunDatabase visible() {
        return visible;
    }

    /** The hidden database, or null when the exercise has no checks on hidden data. */
    RunDatabase hidden() {
        return hidden;
    }

    long hiddenSeed() {
        return hiddenSeed;
    }

    /** Revokes the student's access to every database of the run (before the checks read them). */
    void revokeAccess() {
        visible.revokeAccess();
        if (hidden != null) {
            hidden.revokeAccess();
        }
    }

    List<RunDatabase> databases() {
        return hidden == null ? List.of(visible) : List.of(visible, hidden);
    }

    @Override
    public void close() {
        if (hidden != null) {
            hidden.drop();
        }
        visible.drop();
        closeQuietly(lease); // releases the lease: nothing is left for a sweep to find
    }

    private static void closeQuietly(Connection c) {
        if (c != null) {
            try {
                c.close();
            } catch (SQLException e) {
                // the server releases the lock with the connection either way
            }
        }
    }
}
