package dev.workbook.chapters;

import dev.workbook.errors.WorkbookException;
import java.io.PrintStream;
import java.time.Duration;
import java.util.List;
import jdk.jshell.SnippetEvent;

/**
 * A chapter run cell by cell in a JShell that stays open between calls: {@code workbook web} runs chapter 15 up to
 * its cell named {@code app} and keeps the app that cell started; tests and the web benchmark do the same and then
 * look inside ({@link #eval}). Same engine and checks as {@link ChapterRunner}; snippets' {@code System.out} goes to
 * the given stream while cells run.
 */
public final class ChapterSession implements AutoCloseable {
    private final Chapter chapter;
    private final List<Cell> cells;
    private final PrintStream out;
    private final ChapterShell shell;
    private final CellExecutor executor;
    private int next;

    private ChapterSession(ChapterCatalog catalog, Chapter chapter, PrintStream out) {
        this.chapter = chapter;
        this.cells = catalog.cells(chapter);
        this.out = out;
        this.shell = ChapterShell.open(out);
        this.executor = new CellExecutor(shell, chapter, out, false, Duration.ofMinutes(2));
    }

    public static ChapterSession open(ChapterCatalog catalog, Chapter chapter, PrintStream out) {
        return new ChapterSession(catalog, chapter, out);
    }

    /** Runs the cells from where the last call stopped up to, and including, the cell named {@code name}. */
    public Failure runThrough(String name) {
        return runUntil(indexOf(name) + 1);
    }

    /** Runs the cells from where the last call stopped up to the cell named {@code name}, which is not run. */
    public Failure runBefore(String name) {
        return runUntil(indexOf(name));
    }

    /** Runs the named cell again, as a reader re-running it in a notebook (it must have run before). */
    public Failure rerun(String name) {
        int i = indexOf(name);
        if (i >= next) {
            throw WorkbookException.internal("cell '" + name + "' of " + chapter.id() + " has not run yet").build();
        }
        PrintStream sysOut = System.out;
        PrintStream sysErr = System.err;
        try {
            System.setOut(out);
            System.setErr(out);
            return executor.run(cells.get(i), i + 1);
        } finally {
            System.setOut(sysOut);
            System.setErr(sysErr);
            out.flush();
        }
    }

    /** Evaluates one expression in the chapter's shell (after its cells ran) and returns its value as JShell shows it. */
    public String eval(String expression) {
        List<SnippetEvent> events = shell.eval(expression, Duration.ofMinutes(1));
        for (SnippetEvent ev : events) {
            if (ev.exception() != null) {
                throw new IllegalStateException(expression + " threw " + ev.exception(), ev.exception());
            }
            if (ev.status() == jdk.jshell.Snippet.Status.REJECTED) {
                throw new IllegalArgumentException(expression + " does not compile in chapter " + chapter.id());
            }
        }
        return events.isEmpty() ? null : events.get(events.size() - 1).value();
    }

    public Chapter chapter() {
        return chapter;
    }

    private Failure runUntil(int end) {
        PrintStream sysOut = System.out;
        PrintStream sysErr = System.err;
        try {
            System.setOut(out);
            System.setErr(out);
            for (; next < end; next++) {
                Cell cell = cells.get(next);
                if (!cell.runs()) {
                    continue;
                }
                Failure f = executor.run(cell, next + 1);
                if (f != null) {
                    next = cells.size();
                    return f;
                }
            }
            return null;
        } finally {
            System.setOut(sysOut);
            System.setErr(sysErr);
            out.flush();
        }
    }

    private int indexOf(String name) {
        for (int i = 0; i < cells.size(); i++) {
            if (name.equals(cells.get(i).options().name()) && cells.get(i).chapterId().equals(chapter.id())) {
                return i;
            }
        }
        throw WorkbookException.internal("chapter " + chapter.id() + " has no cell named '" + name + "'")
                .next("name the cell in " + chapter.sourcePath() + " with name=" + name).build();
    }

    @Override
    public void close() {
        shell.close();
    }
}
