package dev.workbook.chapters;

import java.io.PrintStream;
import java.time.Duration;
import java.util.List;

/**
 * A JShell session for a script assembled from pieces of several files (an exercise's setup, the student's parts, a
 * driver), run by the same snippet runner as the chapters. Each piece keeps its origin and first line, so a failure
 * points at the line in the file the piece came from. Declarations persist across pieces until the shell is closed.
 * The sandbox's worker uses it inside the student JVM; like the chapter runner it runs snippets on the local
 * execution engine, so their {@code System.out} is this JVM's.
 */
public final class ScriptShell implements AutoCloseable {
    /** Told about each snippet just before it runs: its first line in the piece's origin and its source. */
    @FunctionalInterface
    public interface SnippetListener {
        void beforeSnippet(int line, String source);
    }

    private final ChapterShell cs;
    private final PrintStream out;
    private final ClassLoader snippetLoader;
    private SnippetListener listener;
    private int pieces;

    private ScriptShell(ChapterShell cs, PrintStream out, ClassLoader snippetLoader) {
        this.cs = cs;
        this.out = out;
        this.snippetLoader = snippetLoader;
    }

    /**
     * A fresh shell on this JVM's class path; {@code out} receives expression values ({@code $1 ==> 42}). JShell's local
     * engine makes the loader of the snippets' classes the context class loader of the thread that builds it; the
     * shell keeps it and runs snippets with it whichever thread calls {@link #run}, because Hibernate loads entity
     * classes ({@code REPL.$JShell$4$Pet}) by name through the context class loader.
     */
    public static ScriptShell open(PrintStream out) {
        Thread t = Thread.currentThread();
        ClassLoader before = t.getContextClassLoader();
        try {
            ChapterShell cs = ChapterShell.open(out);
            return new ScriptShell(cs, out, t.getContextClassLoader());
        } finally {
            t.setContextClassLoader(before);
        }
    }

    public ScriptShell onSnippet(SnippetListener l) {
        this.listener = l;
        return this;
    }

    /**
     * Runs one piece; null when it ran to its end, otherwise why it stopped. {@code firstLine} is the 1-based line of
     * the piece's first line in {@code origin}; a snippet running longer than {@code limit} is stopped (where JShell
     * can stop it: a loop that catches {@code Throwable} cannot be, which is why the sandbox also has a wall time).
     */
    public Failure run(String origin, int firstLine, String code, Duration limit) {
        Chapter chapter = new Chapter(origin, "0", origin, origin, List.of());
        Cell cell = new Cell(Cell.Kind.CODE, code, CellOptions.NONE, origin, firstLine);
        Thread t = Thread.currentThread();
        ClassLoader before = t.getContextClassLoader();
        t.setContextClassLoader(snippetLoader);
        try {
            return new CellExecutor(cs, chapter, out, false, limit).forScript(origin).onSnippet(listener).run(cell, ++pieces);
        } finally {
            t.setContextClassLoader(before);
        }
    }

    @Override
    public void close() {
        cs.close();
    }
}
