package dev.workbook.exercises.checks;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import javax.sql.DataSource;

/**
 * What the checks of one run may look at, bound by the trusted checker for the thread that runs them: the run's own
 * database (through the administrative account, so accounts and grants are readable), the seed that filled it, and the
 * accounts the checker made for the exercise. Checks never go through the Workbook facade, which student code can
 * point elsewhere.
 */
public final class CheckContext {
    private static final ThreadLocal<CheckContext> CURRENT = new ThreadLocal<>();

    private final DataSource db;
    private final String database;
    private final Variant variant;
    private final Seed seed;
    private final Map<String, String> accounts;

    /**
     * @param db       the run database, as the administrative account
     * @param seed     what was seeded (null when the exercise has no seed)
     * @param accounts account role ("writer") to the user name the checker created for this run
     */
    public CheckContext(DataSource db, String database, Variant variant, Seed seed, Map<String, String> accounts) {
        this.db = db;
        this.database = database;
        this.variant = variant;
        this.seed = seed;
        this.accounts = Map.copyOf(accounts);
    }

    /** Binds the context for checks that run on this thread until {@link #unbind()}. */
    public static void bind(CheckContext context) {
        CURRENT.set(context);
    }

    public static void unbind() {
        CURRENT.remove();
    }

    static CheckContext current() {
        CheckContext c = CURRENT.get();
        if (c == null) {
            throw new IllegalStateException("exercise checks run only inside the checker, which tells them which database to read");
        }
        return c;
    }

    Connection connect() throws SQLException {
        return db.getConnection();
    }

    String database() {
        return database;
    }

    public Variant variant() {
        return variant;
    }

    /** The seed of this run's database (empty tables when the exercise has none). */
    Seed seed() {
        return seed != null ? seed : new Seed("", variant, 0, java.util.List.of(), java.util.List.of(), java.util.List.of());
    }

    /** The user name of an account the checker created for this run ("writer" in exercise 14). */
    String account(String role) {
        String user = accounts.get(role);
        if (user == null) {
            throw new IllegalStateException("the checker made no '" + role + "' account for this run");
        }
        return user;
    }
}
