package dev.workbook.chapters;

import dev.workbook.errors.Diagnosis;
import dev.workbook.errors.ErrorCatalogue;
import dev.workbook.errors.ExitCode;
import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import jdk.jshell.DeclarationSnippet;
import jdk.jshell.Diag;
import jdk.jshell.ExpressionSnippet;
import jdk.jshell.JShell;
import jdk.jshell.Snippet;
import jdk.jshell.SnippetEvent;
import jdk.jshell.UnresolvedReferenceException;
import jdk.jshell.VarSnippet;

/** Evaluates one code cell snippet by snippet and decides whether it did what the chapter says. */
final class CellExecutor {
    private final ChapterShell cs;
    private final JShell shell;
    private final Chapter chapter;
    private final PrintStream out;
    private final boolean echo;
    private final Duration limit;
    /** Null for a chapter cell; otherwise the file a script piece came from (no "-- cell" header, failures name it). */
    private String scriptOrigin;
    private ScriptShell.SnippetListener listener;

    CellExecutor(ChapterShell cs, Chapter chapter, PrintStream out, boolean echo, Duration limit) {
        this.cs = cs;
        this.shell = cs.shell;
        this.chapter = chapter;
        this.out = out;
        this.echo = echo;
        this.limit = limit;
    }

    /** Runs pieces of a script rather than chapter cells: failures name {@code origin}, no cell headers are printed. */
    CellExecutor forScript(String origin) {
        this.scriptOrigin = origin;
        return this;
    }

    /** Called before each snippet is evaluated (the sandbox reports progress, so an exit or a kill names the line). */
    CellExecutor onSnippet(ScriptShell.SnippetListener l) {
        this.listener = l;
        return this;
    }

    /** Runs the cell; null when it behaved as expected, otherwise why it did not. */
    Failure run(Cell cell, int number) {
        CellOptions opts = cell.options();
        List<Pending> pending = new ArrayList<>();
        if (scriptOrigin == null) {
            out.println("-- cell " + number + (opts.expectsFailure() ? " (fails on purpose: " + JshWriter.expected(opts) + ")" : ""));
        }
        for (SnippetSplitter.Piece piece : SnippetSplitter.split(shell.sourceCodeAnalysis(), cell.text())) {
            Where where = new Where(cell, number, piece);
            if (piece.incomplete()) {
                return where.failure("the cell ends in the middle of a statement", List.of(
                        "hint: a '(', '{' or '\"' is not closed, or the last statement is unfinished"), null, null);
            }
            if (echo) {
                piece.source().strip().lines().forEach(l -> out.println("jshell> " + l));
            }
            if (listener != null) {
                listener.beforeSnippet(where.firstLine(), piece.source());
            }
            cs.engine.takeThrown();
            List<SnippetEvent> events = cs.eval(piece.source(), limit);
            if (cs.wasStopped()) {
                return where.failure("the snippet ran longer than " + limit.toSeconds() + " s and was stopped", List.of(
                        "hint: a query waiting for a lock held by another open transaction, or an endless loop"), null, null);
            }
            Thrown thrown = null;
            for (SnippetEvent ev : events) {
                if (ev.causeSnippet() != null) {
                    continue;
                }
                Failure f = check(ev, where, pending);
                if (f != null) {
                    return f;
                }
                if (ev.exception() != null) {
                    thrown = new Thrown(ev, cs.engine.takeThrown());
                    break;
                }
                printValue(ev);
            }
            if (thrown != null) {
                return opts.expectsFailure() ? expected(thrown, where, opts) : unexpected(thrown, where);
            }
        }
        for (Pending p : pending) {
            // A class may use one declared later in the same cell (Author <-> Post); only what is still unresolved
            // once the whole cell ran is an error.
            Snippet.Status now = shell.status(p.snippet());
            if (now == Snippet.Status.RECOVERABLE_DEFINED || now == Snippet.Status.RECOVERABLE_NOT_DEFINED) {
                return unresolved(p.snippet(), p.where());
            }
        }
        if (opts.expectsFailure()) {
            return new Where(cell, number, null).failure("the cell was expected to fail with " + JshWriter.expected(opts)
                    + " but it ran without error", List.of(), null, null);
        }
        return null;
    }

    /** Compile errors; unresolved names are collected in pending and judged at the end of the cell. */
    private Failure check(SnippetEvent ev, Where where, List<Pending> pending) {
        Snippet s = ev.snippet();
        switch (ev.status()) {
            case REJECTED -> {
                List<String> details = new ArrayList<>();
                shell.diagnostics(s).filter(Diag::isError).forEach(d -> {
                    int line = where.lineInCell(ev.snippet().source(), (int) d.getStartPosition());
                    details.add("compile error (line " + line + "): " + d.getMessage(Locale.ENGLISH).replace("\n", "\n    "));
                    if (d.getMessage(Locale.ENGLISH).contains("cannot find symbol")) {
                        details.add("hint: a missing import, a typo, or a cell above that was not run (run the chapter from its first cell)");
                    }
                    if (d.getMessage(Locale.ENGLISH).contains("expected") && where.spansLines()) {
                        details.add("hint: JShell read lines " + where.firstLine() + "-" + where.lastLine()
                                + " as one statement; a line missing its ';' joins the next line to it");
                    }
                });
                return where.failure("the snippet does not compile", details, null, null);
            }
            case RECOVERABLE_DEFINED, RECOVERABLE_NOT_DEFINED -> {
                pending.add(new Pending((DeclarationSnippet) s, where));
                return null;
            }
            default -> {
                if (ev.exception() instanceof UnresolvedReferenceException u) {
                    return unresolved(u.getSnippet(), where);
                }
                return null;
            }
        }
    }

    private Failure unresolved(DeclarationSnippet s, Where where) {
        String names = shell.unresolvedDependencies(s).collect(Collectors.joining(", "));
        return where.failure("'" + s.name() + "' uses something that is not defined: " + names,
                List.of("hint: define it in an earlier cell (or import it); JShell accepts a declaration that uses an "
                        + "undefined name, then fails when it is used"), null, null);
    }

    private Failure expected(Thrown t, Where where, CellOptions opts) {
        boolean ok = opts.expectException() != null
                ? (t.real != null ? ErrorFacts.hasClass(t.real, opts.expectException()) : t.className().endsWith(opts.expectException()))
                : t.real != null && ErrorFacts.hasSqlError(t.real, opts.expectSqlError());
        if (!ok) {
            Failure f = unexpected(t, where);
            return where.failure("the cell was expected to fail with " + JshWriter.expected(opts) + " but failed otherwise",
                    f.details(), f.sqlCode(), f.help()).withNext(f.next());
        }
        ErrorFacts facts = t.real == null ? new ErrorFacts(List.of(t.className() + ": " + t.ev.exception().getMessage()), null, null)
                : ErrorFacts.of(t.real);
        out.println("expected error: " + facts.chain().get(0));
        if (facts.chain().size() > 1) {
            out.println("  caused by: " + facts.rootMessage());
        }
        if (facts.sqlCode() != null) {
            out.println("  " + facts.sqlCode());
        }
        return null;
    }

    private Failure unexpected(Thrown t, Where where) {
        if (t.real == null) {
            return where.failure("the snippet threw " + t.className(),
                    List.of("exception: " + t.ev.exception().getMessage()), null, null);
        }
        ErrorFacts facts = ErrorFacts.of(t.real);
        List<String> details = new ArrayList<>();
        for (int i = 0; i < facts.chain().size(); i++) {
            details.add((i == 0 ? "exception: " : "caused by: ") + facts.chain().get(i));
        }
        Diagnosis d = ErrorCatalogue.explain(t.real);
        Failure f = where.failure("the snippet threw " + t.real.getClass().getName(), details, facts.sqlCode(), d.help())
                .withError(t.real).withNext(d.next());
        return d.environmentNotReady() ? where.withExit(f, ExitCode.ENVIRONMENT_NOT_READY) : f;
    }

    /** Like a notebook, shows the value of expressions (JShell keeps those in $N variables), not of declarations. */
    private void printValue(SnippetEvent ev) {
        if (ev.value() == null) {
            return;
        }
        if (ev.snippet() instanceof ExpressionSnippet e && !"void".equals(e.typeName())) {
            out.println(e.name() + " ==> " + ev.value());
        } else if (ev.snippet() instanceof VarSnippet v && v.subKind() == Snippet.SubKind.TEMP_VAR_EXPRESSION_SUBKIND) {
            out.println(v.name() + " ==> " + ev.value());
        }
    }

    /** A declaration waiting for a name that a later snippet of the same cell may define. */
    private record Pending(DeclarationSnippet snippet, Where where) {
    }

    private record Thrown(SnippetEvent ev, Throwable real) {
        String className() {
            return ev.exception() instanceof jdk.jshell.EvalException ee ? ee.getExceptionClassName()
                    : ev.exception().getClass().getName();
        }
    }

    /** Where a snippet sits: chapter, notebook cell number and source lines. */
    private final class Where {
        final Cell cell;
        final int number;
        final SnippetSplitter.Piece piece;

        Where(Cell cell, int number, SnippetSplitter.Piece piece) {
            this.cell = cell;
            this.number = number;
            this.piece = piece;
        }

        int firstLine() {
            return cell.line() + (piece == null ? 0 : piece.firstLine());
        }

        int lastLine() {
            return cell.line() + (piece == null ? 0 : piece.lastLine());
        }

        boolean spansLines() {
            return piece != null && piece.lastLine() > piece.firstLine();
        }

        /**
         * The source line of a compiler diagnostic. JShell's snippet source keeps the blank lines before the statement,
         * which firstLine() already skipped: count only the line breaks after them.
         */
        int lineInCell(String source, int pos) {
            int leading = source.length() - source.stripLeading().length();
            int end = Math.max(leading, Math.min(pos, source.length()));
            return firstLine() + (int) source.substring(leading, end).chars().filter(c -> c == '\n').count();
        }

        Failure failure(String problem, List<String> details, String sqlCode, String help) {
            String snippet = piece == null ? cell.text() : piece.source();
            String file = scriptOrigin != null ? scriptOrigin : "chapters/" + cell.chapterId() + ".md";
            return new Failure(chapter.id(), number, file, firstLine(), snippet, problem,
                    details, sqlCode, help, ExitCode.CHECKS_FAILED);
        }

        Failure withExit(Failure f, ExitCode code) {
            return new Failure(f.chapterId(), f.cell(), f.sourceFile(), f.line(), f.snippet(), f.problem(), f.details(),
                    f.sqlCode(), f.help(), code, f.error(), f.next());
        }
    }
}
