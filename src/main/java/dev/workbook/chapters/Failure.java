package dev.workbook.chapters;

import dev.workbook.errors.ExitCode;
import java.util.List;

/**
 * Why a chapter stopped: where (chapter, notebook cell number, source line), the snippet, what went wrong,
 * the exception chain with its SQL error code, and for a known error its troubleshooting page and next step
 * (both from the error catalogue, so they read the same as in {@code workbook sql} or the doctor).
 */
public record Failure(String chapterId, int cell, String sourceFile, int line, String snippet, String problem,
                      List<String> details, String sqlCode, String help, ExitCode exitCode, Throwable error, String next) {

    public Failure {
        details = List.copyOf(details);
    }

    public Failure(String chapterId, int cell, String sourceFile, int line, String snippet, String problem,
                   List<String> details, String sqlCode, String help, ExitCode exitCode, Throwable error) {
        this(chapterId, cell, sourceFile, line, snippet, problem, details, sqlCode, help, exitCode, error, null);
    }

    public Failure(String chapterId, int cell, String sourceFile, int line, String snippet, String problem,
                   List<String> details, String sqlCode, String help, ExitCode exitCode) {
        this(chapterId, cell, sourceFile, line, snippet, problem, details, sqlCode, help, exitCode, null);
    }

    /** The same failure, keeping the exception the snippet threw (for --stacktrace). */
    Failure withError(Throwable t) {
        return new Failure(chapterId, cell, sourceFile, line, snippet, problem, details, sqlCode, help, exitCode, t, next);
    }

    /** The same failure with the catalogue's next step for its error (null when the error is not a known one). */
    Failure withNext(String step) {
        return new Failure(chapterId, cell, sourceFile, line, snippet, problem, details, sqlCode, help, exitCode, error, step);
    }

    /**
     * The script's own method the exception came from, or null: JShell compiles each snippet into a class
     * {@code REPL.$JShell$N}, and the first such frame that is not the snippet's body or a lambda is the method.
     */
    public String thrownInMethod() {
        if (error == null) {
            return null;
        }
        for (StackTraceElement e : error.getStackTrace()) {
            if (e.getClassName().startsWith("REPL.$JShell$")) {
                String m = e.getMethodName();
                return m.equals("do_it$") || m.contains("lambda$") || m.startsWith("<") ? null : m;
            }
        }
        return null;
    }

    /** The report printed to the user. */
    public String render() {
        StringBuilder sb = new StringBuilder();
        sb.append("error: chapter ").append(chapterId).append(" stopped at cell ").append(cell)
                .append(" (").append(sourceFile).append(":").append(line).append("): ").append(problem).append('\n');
        sb.append("  snippet:\n");
        for (String l : snippet.split("\n")) {
            sb.append("    | ").append(l).append('\n');
        }
        for (String d : details) {
            sb.append("  ").append(d).append('\n');
        }
        if (sqlCode != null) {
            sb.append("  sql error: ").append(sqlCode).append('\n');
        }
        if (help != null) {
            sb.append("  help: ").append(help).append('\n');
        }
        sb.append("  next: ").append(next != null ? next + "; then run the cell again" : "fix the cell in your notebook or "
                + "script and run it again").append("; this chapter alone: workbook run ").append(chapterId.substring(0, 2))
                .append('\n');
        return sb.toString();
    }
}
