package dev.workbook.grading.run;

import java.io.PrintWriter;
import java.util.Locale;

/**
 * A progress bar with the rate and an ETA, on stderr. On a terminal it redraws one line; otherwise (CI logs, pipes) it
 * prints a line per tenth of the batch, so logs stay short.
 */
public final class Progress {
    private static final int WIDTH = 30;

    private final PrintWriter out;
    private final boolean live;
    private final long start = System.nanoTime();
    private int total;
    private int done;
    private int lastTenth = -1;

    public Progress(PrintWriter out, boolean live) {
        this.out = out;
        this.live = live;
    }

    public static Progress silent() {
        return new Progress(new PrintWriter(java.io.OutputStream.nullOutputStream()), false);
    }

    synchronized void start(int total) {
        this.total = total;
        render("");
    }

    synchronized void done(String name, boolean cached) {
        done++;
        render((cached ? "unchanged " : "graded ") + name);
    }

    synchronized void finish() {
        if (live) {
            out.println();
        }
        out.flush();
    }

    /** "[#####.....] 12/40  2.3 s/submission  ETA 1:04" */
    String line() {
        int filled = total == 0 ? WIDTH : done * WIDTH / total;
        double elapsed = (System.nanoTime() - start) / 1e9;
        String rate = done == 0 ? "" : String.format(Locale.ROOT, "  %.1f s/submission", elapsed / done);
        String eta = done == 0 || done == total ? "" : "  ETA " + clock(elapsed / done * (total - done));
        return "[" + "#".repeat(filled) + ".".repeat(WIDTH - filled) + "] " + done + "/" + total + rate + eta;
    }

    private void render(String what) {
        if (live) {
            out.print("\r" + line() + "  " + what + "\033[K");
            out.flush();
            return;
        }
        int tenth = total == 0 ? 10 : done * 10 / total;
        if (tenth != lastTenth) {
            lastTenth = tenth;
            out.println(line());
            out.flush();
        }
    }

    static String clock(double seconds) {
        long s = Math.round(seconds);
        return s >= 3600 ? String.format(Locale.ROOT, "%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60)
                : String.format(Locale.ROOT, "%d:%02d", s / 60, s % 60);
    }
}
