package dev.workbook.exercises;

import dev.workbook.Workbook;
import dev.workbook.db.Credentials;
import dev.workbook.db.DbTarget;
import dev.workbook.exercises.checks.Checks;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.sql.DataSource;

/**
 * What an exercise's cells call: {@code Exercises.seed("ID")} in a setup cell, {@code Exercises.check("ID", () -> {...})}
 * in the check cell, {@code Exercises.account("writer")} in a driver. Plain Java calls, so they work on any Java kernel
 * and in plain {@code jshell}.
 */
public final class Exercises {
    /** Set by the student JVM of a checker run (the sandbox passes it as a system property): the checker seeded already. */
    static final String RUN_PROPERTY = "workbook.exercise.run";
    static final String ACCOUNT_PROPERTY = "workbook.exercise.account.";
    private static final Map<String, Account> RUN_ACCOUNTS = new ConcurrentHashMap<>();
    private static volatile boolean checking;

    private Exercises() {
    }

    /** The check cell's body: the exercise's driver, which calls the student's code. It may throw anything. */
    @FunctionalInterface
    public interface Driver {
        void run() throws Exception;
    }

    /**
     * An account the checker made for this run, with no privileges until the student's code grants some: its user name,
     * the hosts it exists for, and its password.
     */
    public record Account(String role, String user, String password, List<String> hosts) {
        public Account {
            hosts = List.copyOf(hosts);
        }

        /** The account names to grant to, one per host: 'wbx_3f2a9c1b04de_writer'@'localhost'. */
        public List<String> accounts() {
            return hosts.stream().map(h -> "'" + user + "'@'" + h + "'").toList();
        }

        /** A connection to the current database as this account. */
        public DataSource dataSource() {
            DbTarget t = Workbook.target();
            return t.dataSource(t.database(), new Credentials(user, password));
        }

        /** The form a system property carries it in: user, password, hosts separated by tabs and commas. */
        String encode() {
            return user + "\t" + password + "\t" + String.join(",", hosts);
        }

        static Account decode(String role, String text) {
            String[] p = text.split("\t", 3);
            return new Account(role, p[0], p[1], List.of(p[2].split(",")));
        }

        @Override
        public String toString() {
            return "Account[" + role + ": " + String.join(", ", accounts()) + "]";
        }
    }

    /**
     * Loads the exercise's data (its VISIBLE seed: the chapter's rows) into the current database, replacing the tables it
     * names, so the cells of the exercise can be tried by hand. Inside a check it does nothing: the checker seeded the
     * run's throwaway database already.
     */
    public static void seed(String id) {
        if (checking || System.getProperty(RUN_PROPERTY) != null) {
            return;
        }
        ExerciseSeeding.seed(id);
        // The check cell comes a few cells later: have its JUnit engine and checks loaded by then, not when it runs.
        CheckRunner.warmInBackground(Checks.forExercise(Checks.ALL, id), id);
    }

    /**
     * Checks the exercise in this JVM, the student's own kernel: runs the driver (the code above it in the cell) on a
     * throwaway database seeded with the exercise's data, then the exercise's checks, and prints a ✓/✗ table with the hint
     * for the first failing check. Records progress when every check passed. Never throws, so Run All goes on.
     */
    public static void check(String id, Driver driver) {
        InKernelCheck.run(id, driver, System.out);
    }

    /** The account the checker made for this run under this role (exercise 14's "writer"). */
    public static Account account(String role) {
        Account a = RUN_ACCOUNTS.get(role);
        if (a != null) {
            return a;
        }
        String encoded = System.getProperty(ACCOUNT_PROPERTY + role);
        if (encoded != null) {
            return Account.decode(role, encoded);
        }
        throw new IllegalStateException("the '" + role + "' account is made by the check, new for every run: it exists only while"
                + " the check cell (or ./workbook check) runs this code");
    }

    /** While an in-kernel check runs: seeding is its job, and its accounts are the ones to hand out. */
    static void checking(boolean on, Map<String, Account> accounts) {
        RUN_ACCOUNTS.clear();
        if (on) {
            RUN_ACCOUNTS.putAll(accounts);
        }
        checking = on;
    }
}
