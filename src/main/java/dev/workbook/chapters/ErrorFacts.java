package dev.workbook.chapters;

import dev.workbook.errors.WorkbookException;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/** What a thrown exception says, read along its cause chain: class names, messages, the SQL error code. */
record ErrorFacts(List<String> chain, Integer vendorCode, String sqlState) {

    static ErrorFacts of(Throwable t) {
        List<String> chain = new ArrayList<>();
        Integer code = null;
        String state = null;
        Map<Throwable, Boolean> seen = new IdentityHashMap<>();
        for (Throwable c = t; c != null && seen.put(c, true) == null; c = c.getCause()) {
            chain.add(c.getClass().getName() + (message(c) == null ? "" : ": " + message(c)));
            if (c instanceof SQLException sql && code == null && (sql.getErrorCode() != 0 || sql.getSQLState() != null)) {
                code = sql.getErrorCode();
                state = sql.getSQLState();
            }
        }
        return new ErrorFacts(chain, code, state);
    }

    /** A WorkbookException's next step and page are shown by the failure itself, so not twice. */
    private static String message(Throwable t) {
        if (t instanceof WorkbookException we) {
            return we.what() + (we.value() == null ? "" : ": " + we.value());
        }
        return t.getMessage();
    }

    /** Whether this chain contains the exception class, by simple or full name. */
    static boolean hasClass(Throwable t, String name) {
        Map<Throwable, Boolean> seen = new IdentityHashMap<>();
        for (Throwable c = t; c != null && seen.put(c, true) == null; c = c.getCause()) {
            for (Class<?> k = c.getClass(); k != null; k = k.getSuperclass()) {
                if (k.getName().equals(name) || k.getSimpleName().equals(name)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether any SQLException in the chain carries this vendor error code. */
    static boolean hasSqlError(Throwable t, int vendorCode) {
        Map<Throwable, Boolean> seen = new IdentityHashMap<>();
        for (Throwable c = t; c != null && seen.put(c, true) == null; c = c.getCause()) {
            for (SQLException s = c instanceof SQLException x ? x : null; s != null; s = s.getNextException()) {
                if (s.getErrorCode() == vendorCode) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The text a student would look for: the deepest message, which is usually the server's own words. */
    String rootMessage() {
        return chain.isEmpty() ? "" : chain.get(chain.size() - 1);
    }

    String sqlCode() {
        return vendorCode == null ? null : "MySQL/MariaDB error " + vendorCode + " (SQLSTATE " + sqlState + ")";
    }
}
