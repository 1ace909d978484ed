package dev.workbook.chapters;

import dev.workbook.errors.ExitCode;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/** Runs several chapters in order (a tour or a list), stopping at the first failure, with a summary. */
public final class ChapterRuns {
    private ChapterRuns() {
    }

    /** Runs the chapters; returns the exit code: OK, or the failure's (details already printed to err). */
    public static ExitCode run(ChapterCatalog catalog, List<Chapter> chapters, PrintStream out, PrintWriter err,
                               boolean echo) {
        return run(catalog, chapters, out, err, echo, false);
    }

    /** As above; with {@code stacktrace}, also prints the stack trace of the exception that stopped a chapter. */
    public static ExitCode run(ChapterCatalog catalog, List<Chapter> chapters, PrintStream out, PrintWriter err,
                               boolean echo, boolean stacktrace) {
        if (chapters.isEmpty()) {
            throw dev.workbook.errors.WorkbookException.badInput("no chapters to run").next("list them: workbook chapters list").build();
        }
        ChapterRunner runner = new ChapterRunner(catalog, out).echo(echo);
        List<ChapterResult> results = new ArrayList<>();
        long start = System.nanoTime();
        for (Chapter c : chapters) {
            ChapterResult r = runner.run(c);
            results.add(r);
            out.println(r.passed() ? "ok: " + c.id() + " (" + r.cellsRun() + " cells, " + seconds(r.millis()) + ")"
                    : "FAILED: " + c.id());
            out.println();
            if (!r.passed()) {
                break;
            }
        }
        long total = (System.nanoTime() - start) / 1_000_000;
        printSummary(chapters, results, total, out);
        out.flush();
        ChapterResult last = results.get(results.size() - 1);
        if (last.passed()) {
            return ExitCode.OK;
        }
        err.print(last.failure().render());
        if (stacktrace && last.failure().error() != null) {
            last.failure().error().printStackTrace(err);
        }
        err.flush();
        return last.failure().exitCode();
    }

    private static void printSummary(List<Chapter> chapters, List<ChapterResult> results, long totalMillis, PrintStream out) {
        out.println("chapter                              cells   time    result");
        for (int i = 0; i < chapters.size(); i++) {
            Chapter c = chapters.get(i);
            ChapterResult r = i < results.size() ? results.get(i) : null;
            String status = r == null ? "not run" : r.passed() ? "ok" : "FAILED";
            out.printf("%-36s %5s %7s    %s%n", c.id(), r == null ? "" : Integer.toString(r.cellsRun()),
                    r == null ? "" : seconds(r.millis()), status);
        }
        long passed = results.stream().filter(ChapterResult::passed).count();
        out.println(passed + " of " + chapters.size() + " chapters passed in " + seconds(totalMillis));
    }

    static String seconds(long millis) {
        return String.format(java.util.Locale.ROOT, "%.1f s", millis / 1000.0);
    }
}
