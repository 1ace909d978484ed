package dev.workbook.doctor.reports;

import java.io.PrintWriter;

/** One line per check, in the style of flutter doctor and MySQLTuner, then the fix and page under each problem. */
public final class TextReport {
    private TextReport() {
    }

    public static void print(Report r, PrintWriter out) {
        for (Finding f : r.findings()) {
            out.printf("%s %-11s %s%n", f.status().mark(), f.check(), f.found());
            if (f.fix() != null) {
                out.println("     fix:  " + f.fix());
            }
            if (f.help() != null) {
                out.println("     help: " + f.help());
            }
        }
        out.println(r.summary());
        out.flush();
    }
}
