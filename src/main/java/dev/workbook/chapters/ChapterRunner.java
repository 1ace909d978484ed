package dev.workbook.chapters;

import java.io.PrintStream;
import java.time.Duration;
import java.util.List;

/**
 * Runs chapters through the JShell API, cell by cell and snippet by snippet, printing each snippet's
 * output. Stops a chapter at the first failure; a cell marked expect-exception / expect-sql-error must
 * fail the way it says, and then the chapter goes on. The cells of the chapter's exercise are skipped (with a line
 * saying how to check it).
 */
public final class ChapterRunner {
    private final ChapterCatalog catalog;
    private final PrintStream out;
    private boolean echo;
    private Duration snippetLimit = Duration.ofMinutes(2);

    public ChapterRunner(ChapterCatalog catalog, PrintStream out) {
        this.catalog = catalog;
        this.out = out;
    }

    /** Also print each snippet's source before its output. */
    public ChapterRunner echo(boolean on) {
        this.echo = on;
        return this;
    }

    /** How long one snippet may run before it is stopped and reported (default 2 minutes). */
    public ChapterRunner snippetLimit(Duration limit) {
        this.snippetLimit = limit;
        return this;
    }

    public ChapterResult run(Chapter chapter) {
        long start = System.nanoTime();
        List<Cell> cells = catalog.cells(chapter);
        out.println("== " + chapter.id() + ": " + chapter.title());
        PrintStream sysOut = System.out;
        PrintStream sysErr = System.err;
        int ran = 0;
        try (ChapterShell cs = ChapterShell.open(out)) {
            // The local engine runs snippets in this JVM: their System.out is ours, so route it to the transcript.
            System.setOut(out);
            System.setErr(out);
            CellExecutor exec = new CellExecutor(cs, chapter, out, echo, snippetLimit);
            java.util.Set<String> exercises = new java.util.HashSet<>();
            for (int i = 0; i < cells.size(); i++) {
                Cell cell = cells.get(i);
                if (cell.isExercise()) {
                    // The exercise is the student's to solve: a tour runs the chapter, not a solution.
                    if (exercises.add(cell.options().exercise())) {
                        out.println("-- exercise " + cell.options().exercise() + ": not run here; solve it in the notebook or in "
                                + ChapterExport.EXERCISE_DIR + "/" + cell.options().exercise() + ".jsh, then: ./workbook check "
                                + cell.options().exercise());
                    }
                    continue;
                }
                if (!cell.runs()) {
                    continue;
                }
                Failure f = exec.run(cell, i + 1);
                ran++;
                if (f != null) {
                    return new ChapterResult(chapter.id(), ran, nanosToMillis(start), f);
                }
            }
        } finally {
            System.setOut(sysOut);
            System.setErr(sysErr);
            out.flush();
        }
        return new ChapterResult(chapter.id(), ran, nanosToMillis(start), null);
    }

    private static long nanosToMillis(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }
}
