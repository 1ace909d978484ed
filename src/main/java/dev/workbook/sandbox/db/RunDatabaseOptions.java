package dev.workbook.sandbox.db;

import java.util.List;

/**
 * Limits and extras of a run database's accounts. {@code maxConnections} and {@code maxStatementSeconds} are set on
 * the server, per account ({@code MAX_STATEMENT_TIME} on MariaDB only; it also bounds lock waits there; MySQL has no
 * per-account statement limit, and the run's wall time bounds it). {@code grantOption} lets the run account grant its
 * database's privileges to others (exercise 14 grants them to its extra account); {@code extraAccounts} are suffixes
 * of accounts {@code wbx_…_suffix} made with no privileges.
 */
public record RunDatabaseOptions(int maxConnections, int maxStatementSeconds, boolean grantOption, List<String> extraAccounts) {
    public static final RunDatabaseOptions DEFAULTS = new RunDatabaseOptions(20, 15, false, List.of());

    public RunDatabaseOptions {
        extraAccounts = List.copyOf(extraAccounts);
        for (String s : extraAccounts) {
            if (!s.matches("[a-z0-9]{1,10}")) {
                throw new IllegalArgumentException("an extra account's suffix is 1-10 lower-case letters or digits: " + s);
            }
        }
        if (maxConnections < 1 || maxStatementSeconds < 1) {
            throw new IllegalArgumentException("limits must be positive");
        }
    }

    public RunDatabaseOptions withExtraAccount(String suffix) {
        List<String> l = new java.util.ArrayList<>(extraAccounts);
        l.add(suffix);
        return new RunDatabaseOptions(maxConnections, maxStatementSeconds, true, l);
    }

    public RunDatabaseOptions withGrantOption(boolean on) {
        return new RunDatabaseOptions(maxConnections, maxStatementSeconds, on, extraAccounts);
    }

    public RunDatabaseOptions withLimits(int connections, int statementSeconds) {
        return new RunDatabaseOptions(connections, statementSeconds, grantOption, extraAccounts);
    }
}
