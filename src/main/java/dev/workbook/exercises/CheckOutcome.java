package dev.workbook.exercises;

/**
 * One check's result: the method that implements it (what hints name), its plain-language name, pass/fail/error, on
 * failure the tutor's sentence (with expected and actual rows), what it is worth, whether it is hidden from feedback,
 * whether it also ran on the hidden data, whether it failed there (the answer did not come from the query), and the
 * solution part it is about (null when not exactly one).
 */
public record CheckOutcome(String method, String name, Status status, String message, int points, boolean hidden,
                           boolean onHiddenData, boolean failedOnHiddenData, Integer part) {
    public enum Status { PASS, FAIL, ERROR }

    public boolean passed() {
        return status == Status.PASS;
    }

    /** The points this check earned: all when it passed, none otherwise. */
    public int earned() {
        return passed() ? points : 0;
    }

    CheckOutcome failedOnHidden(String why) {
        return new CheckOutcome(method, name, Status.FAIL, why, points, hidden, onHiddenData, true, part);
    }
}
