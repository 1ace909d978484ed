package dev.workbook.grading;

/**
 * One check's outcome inside a grade: its plain-language name, how it went, the tutor-style message on failure, and
 * the points it earned out of those it is worth. A hidden check counts like any other but is never named or explained
 * to the student ({@link #shownName()}, {@link #shownMessage()}).
 */
public record CheckGrade(String name, Outcome outcome, String message, double points, double maxPoints, boolean hidden) {
    public enum Outcome { PASS, FAIL, ERROR }

    public boolean passed() {
        return outcome == Outcome.PASS;
    }

    /** What a student may read as the check's name. */
    public String shownName() {
        return hidden ? "a hidden check" : name;
    }

    /** What a student may read as the reason: nothing for a hidden check, whose message could give it away. */
    public String shownMessage() {
        return hidden ? null : message;
    }
}
