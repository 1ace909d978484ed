package dev.workbook.errors;

/**
 * What the catalogue made of one error: the entry it matched (null when none did), the vendor code, SQLSTATE and
 * message it read, and from those the next step, the troubleshooting page and whether the environment is not ready.
 * Without an entry, a {@link WorkbookException} in the chain still gives its own next step and page.
 */
public record Diagnosis(KnownError error, Integer code, String sqlState, String message, String next, String help,
                        boolean environmentNotReady) {

    static Diagnosis of(KnownError k, Integer code, String state, String message) {
        return new Diagnosis(k, code, state, message, k.next(), k.help(), k.environmentNotReady());
    }

    static Diagnosis of(WorkbookException e) {
        return new Diagnosis(null, null, null, e.getMessage(), e.next(), e.help(),
                e.exitCode() == ExitCode.ENVIRONMENT_NOT_READY);
    }

    /** Not in the catalogue: only a connection-class SQLSTATE (08...) says the environment is not ready. */
    static Diagnosis unknown(Integer code, String state, String message) {
        return new Diagnosis(null, code, state, message, null, null, state != null && state.startsWith("08"));
    }

    public boolean known() {
        return error != null;
    }

    /** "MySQL/MariaDB error 1146 (SQLSTATE 42S02)", or null when no SQL error was read. */
    public String sqlCode() {
        return code == null ? null : "MySQL/MariaDB error " + code + " (SQLSTATE " + sqlState + ")";
    }

    public ExitCode exitCode() {
        return environmentNotReady ? ExitCode.ENVIRONMENT_NOT_READY : ExitCode.BAD_INPUT;
    }

    /**
     * A user-facing exception: {@code what} failed, on {@code value} (a statement, an address); the next step and
     * page from the catalogue, else {@code fallbackNext}; exit code 3 when the environment is not ready, else 2.
     */
    public WorkbookException exception(String what, Object value, String fallbackNext, Throwable cause) {
        return builder(what, value, fallbackNext, cause).build();
    }

    /** As {@link #exception}, left open for more (e.g. {@link WorkbookException.Builder#detailedMessage()}). */
    public WorkbookException.Builder builder(String what, Object value, String fallbackNext, Throwable cause) {
        WorkbookException.Builder b = environmentNotReady ? WorkbookException.notReady(what) : WorkbookException.badInput(what);
        return b.value(value).next(next != null ? next : fallbackNext).help(help).cause(cause);
    }
}
