package dev.workbook.exercises;

import dev.workbook.sandbox.Ending;
import dev.workbook.sandbox.ScriptFailure;
import dev.workbook.sandbox.StepOutcome;
import java.io.PrintWriter;
import java.util.Locale;

/**
 * The plain report of one exercise check, for a terminal and for a notebook's check cell: where the student's code
 * stopped (origin, line, snippet, error), one line per check (✓ or ✗ with the tutor's sentence, expected and found rows),
 * points, the hint for the first failing check, and what to do next. Hidden checks are counted, never named. The reference
 * solution is never shown.
 */
final class TextReport {
    /** How many lines of the student's output a report shows before saying how many more there were. */
    static final int OUTPUT_LINES = 60;

    private TextReport() {
    }

    /** Where the student works, for the "next" line: a file and its check command, or a notebook's cells. */
    record Next(String edit, String check) {
        static Next file(String path, String id) {
            return new Next("edit " + path, "./workbook check " + id);
        }

        static Next notebook() {
            return new Next("edit the exercise's cells above (run them after each change)", "run this check cell again");
        }
    }

    static void print(ExerciseResult r, PrintWriter out, Next next, boolean withOutput) {
        Exercise ex = r.exercise();
        out.println("exercise " + ex.id() + ": " + ex.title());
        out.println("  checked: " + r.source());
        out.println("  ran: " + r.containment() + (r.containment().contains(r.limits().describe()) ? "" : "; " + r.limits().describe()));
        if (withOutput) {
            printOutput(r, out);
        }
        StepOutcome stopped = r.stopped();
        if (stopped != null) {
            printStop(stopped, out);
        }
        int hiddenNumber = 0;
        for (CheckOutcome c : r.checks()) {
            String mark = c.passed() ? "✓ " : "✗ ";
            if (c.hidden()) {
                out.println("  " + mark + "hidden check " + (++hiddenNumber));
                continue;
            }
            out.println("  " + mark + c.name() + (c.points() != 1 ? "  (" + c.points() + " points)" : ""));
            if (!c.passed() && c.message() != null) {
                for (String l : c.message().split("\n")) {
                    out.println("      " + l);
                }
            }
        }
        out.printf(Locale.ROOT, "  %d of %d checks passed, %d of %d points (%.1f s)%n", r.passedChecks(), r.checks().size(),
                r.points(), r.maxPoints(), r.millis() / 1000.0);
        if (r.passed()) {
            out.println("  solved: " + ex.id() + "   (the reference solution: ./workbook exercises solution " + ex.id() + ")");
        } else {
            CheckOutcome first = r.firstFailure();
            ex.hintFor(first == null || first.hidden() ? "" : first.method()).ifPresent(h -> out.println("  hint: " + h.text()));
            if (ex.hintList().size() > 1) {
                out.println("  more hints: ./workbook exercises hint " + ex.id());
            }
            out.println("  next: " + next.edit() + ", then " + next.check());
        }
        out.flush();
    }

    private static void printOutput(ExerciseResult r, PrintWriter out) {
        for (StepOutcome s : r.steps()) {
            if (s.output() == null || s.output().isBlank()) {
                continue;
            }
            out.println("  output of your code" + (s.step().equals("hidden") ? " on the second set of data" : "") + ":");
            String[] lines = s.output().stripTrailing().split("\n");
            for (int i = 0; i < Math.min(lines.length, OUTPUT_LINES); i++) {
                out.println("    " + lines[i]);
            }
            if (lines.length > OUTPUT_LINES) {
                out.println("    (" + (lines.length - OUTPUT_LINES) + " more lines not shown)");
            }
            if (s.outputTruncated()) {
                out.println("    (the output was cut: your code printed more than the run keeps)");
            }
        }
    }

    private static void printStop(StepOutcome s, PrintWriter out) {
        String on = s.step().equals("hidden") ? " on the second set of data" : "";
        ScriptFailure p = s.failure();
        if (p == null) {
            out.println("  ✗ your code" + on + ": " + s.reason());
            out.println("    (the checks below still ran, on what your code had done up to there)");
            return;
        }
        if (p.origin().startsWith(ExerciseChecker.DRIVER_ORIGIN)) {
            // The line is in the chapter's source, which the student never edits: name the call instead.
            out.println("  ✗ your code stopped" + on + " when the check called it: " + p.problem());
        } else if (p.origin().startsWith(ExerciseChecker.SETUP_ORIGIN)) {
            out.println("  ✗ the exercise's own setup stopped" + on + " (not your code) at line " + p.line() + " of "
                    + p.origin().substring(ExerciseChecker.SETUP_ORIGIN.length()).strip() + ": " + p.problem());
        } else {
            out.println("  ✗ your code stopped" + on + (p.line() > 0 ? " at line " + p.line() + " of " : " in ") + p.origin() + ": "
                    + p.problem());
        }
        if (p.snippet() != null && !p.snippet().isBlank()) {
            for (String l : p.snippet().strip().split("\n")) {
                out.println("      | " + l);
            }
        }
        for (String d : p.details()) {
            out.println("    " + d);
        }
        if (p.thrownInMethod() != null) {
            out.println("    thrown inside your method " + p.thrownInMethod() + "(...), which the line above calls");
        }
        if (p.sqlCode() != null) {
            out.println("    sql error: " + p.sqlCode());
        }
        if (p.help() != null) {
            out.println("    help: " + p.help());
        }
        if (s.ending() != Ending.FAILED && s.reason() != null && !s.reason().equals(p.problem())) {
            out.println("    " + s.reason());
        }
        out.println("    (the checks below still ran, on what your code had done up to there)");
    }
}
