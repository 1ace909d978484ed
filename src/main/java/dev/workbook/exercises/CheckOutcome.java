package dev.workbook.exercises;

/**
 * One check's result: its plain-language name, pass/fail/error, and on failure the assertion's sentence
 * (with expected and actual values where the check gives them).
 */
public record CheckOutcome(String name, Status status, String message) {
    public enum Status { PASS, FAIL, ERROR }

    public boolean passed() {
        return status == Status.PASS;
    }
}
