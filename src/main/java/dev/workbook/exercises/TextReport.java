package dev.workbook.exercises;

import dev.workbook.chapters.Failure;
import java.io.PrintWriter;
import java.util.Locale;

/**
 * The plain report of one exercise check: where the script stopped (line, snippet, error), one line per check
 * (✓ or ✗ with the assertion's sentence and expected vs actual), and on failure the first hint and what to run
 * next. Reference solutions are never shown.
 */
final class TextReport {
    private TextReport() {
    }

    static void print(ExerciseResult r, PrintWriter out) {
        Exercise ex = r.exercise();
        out.println("exercise " + ex.id() + ": " + ex.title());
        out.println("  script: " + r.script());
        if (r.scriptFailure() != null) {
            printFailure(r.scriptFailure(), out);
        } else {
            out.println("  the script ran to its end");
        }
        for (CheckOutcome c : r.checks()) {
            out.println("  " + (c.passed() ? "✓ " : "✗ ") + c.name());
            if (!c.passed() && c.message() != null) {
                for (String l : c.message().split("\n")) {
                    out.println("      " + l);
                }
            }
        }
        out.printf(Locale.ROOT, "  %d of %d checks passed (%.1f s)%n", r.passedChecks(), r.checks().size(), r.millis() / 1000.0);
        if (r.passed()) {
            out.println("  solved: " + ex.id());
        } else {
            if (!ex.hints().isEmpty()) {
                out.println("  hint: " + ex.hints().get(0));
                if (ex.hints().size() > 1) {
                    out.println("  more hints: workbook exercises hint " + ex.id());
                }
            }
            out.println("  next: edit " + r.script() + ", then run: ./workbook check " + ex.id());
        }
        out.flush();
    }

    private static void printFailure(Failure f, PrintWriter out) {
        // The runner points at the first non-blank line; the snippet it keeps may start with blank ones.
        String[] lines = f.snippet().split("\n");
        int blank = 0;
        while (blank < lines.length - 1 && lines[blank].isBlank()) {
            blank++;
        }
        out.println("  ✗ the script stopped at line " + f.line() + ": " + f.problem());
        for (String l : java.util.Arrays.copyOfRange(lines, blank, lines.length)) {
            out.println("      | " + l);
        }
        for (String d : f.details()) {
            out.println("    " + d);
        }
        String method = thrownInMethod(f.error());
        if (method != null) {
            out.println("    thrown inside your method " + method + "(...), which the line above calls");
        }
        if (f.sqlCode() != null) {
            out.println("    sql error: " + f.sqlCode());
        }
        if (f.help() != null) {
            out.println("    help: " + f.help());
        }
        out.println("    (the checks below still ran, on what the script had done up to there)");
    }

    /** The script's own method the exception came from: JShell compiles each snippet into a class REPL.$JShell$N. */
    private static String thrownInMethod(Throwable t) {
        if (t == null) {
            return null;
        }
        for (StackTraceElement e : t.getStackTrace()) {
            if (e.getClassName().startsWith("REPL.$JShell$")) {
                String m = e.getMethodName();
                return m.equals("do_it$") || m.contains("lambda$") || m.startsWith("<") ? null : m;
            }
        }
        return null;
    }
}
