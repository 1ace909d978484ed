package dev.workbook.exercises;

import java.io.PrintWriter;
import java.io.StringWriter;

/** Reports as a student reads them, for assertions and failure messages. */
final class Reports {
    private Reports() {
    }

    static String text(ExerciseResult r) {
        StringWriter w = new StringWriter();
        TextReport.print(r, new PrintWriter(w), TextReport.Next.file(r.source(), r.exercise().id()), false);
        return w.toString();
    }

    /** The report with what the student's code printed, for failure messages. */
    static String full(ExerciseResult r) {
        StringWriter w = new StringWriter();
        TextReport.print(r, new PrintWriter(w), TextReport.Next.file(r.source(), r.exercise().id()), true);
        return w.toString();
    }
}
