package dev.workbook.grading.report;

import dev.workbook.grading.Catalog;
import dev.workbook.grading.SubmissionGrade;
import dev.workbook.json.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes every output of {@code --out DIR} from the grade records alone, so a single run and a merge of shards write
 * the same files: gradebook.csv, canvas.csv, moodle.csv, junit.xml, report.html, and per submission
 * feedback/NAME/{feedback.md, feedback.html, results.json, junit.xml}.
 */
public final class Outputs {
    private Outputs() {
    }

    public static void write(OutLayout out, Catalog catalog, List<SubmissionGrade> grades, RunSummary run) {
        ClassView view = new ClassView(catalog, grades);
        clearFeedback(out);
        OutLayout.write(out.gradebook(), Gradebook.gradebook(view));
        OutLayout.write(out.canvas(), Gradebook.canvas(view));
        OutLayout.write(out.moodle(), Gradebook.moodle(view));
        OutLayout.write(out.junit(), JUnitXml.of(view.submissions, true));
        for (SubmissionGrade g : view.submissions) {
            OutLayout.write(out.feedback(g.submission()).resolve("feedback.md"), Feedback.markdown(view, g));
            OutLayout.write(out.feedback(g.submission()).resolve("feedback.html"), Feedback.html(view, g));
            OutLayout.write(out.feedback(g.submission()).resolve("results.json"), ResultsJson.of(g));
            OutLayout.write(out.feedback(g.submission()).resolve("junit.xml"), JUnitXml.of(List.of(g), false));
        }
        OutLayout.write(out.report(), ReportHtml.of(view, run, Files.exists(out.similarityHtml())));
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("wall_millis", run.wallMillis());
        r.put("workers", run.workers());
        r.put("graded", run.graded());
        r.put("reused", run.reused());
        r.put("shard", run.shard());
        r.put("fingerprint", run.fingerprint());
        r.put("workbook_version", run.workbookVersion());
        r.put("submissions", view.submissions.stream().map(SubmissionGrade::submission).toList());
        OutLayout.write(out.runJson(), Json.write(r));
    }

    /** Reads what {@link #write} recorded about the run, for a merge. */
    public static RunSummary readRun(OutLayout out) {
        try {
            Map<String, Object> m = Json.parseObject(Files.readString(out.runJson()));
            return new RunSummary(((Number) m.get("wall_millis")).longValue(), ((Number) m.get("workers")).intValue(),
                    ((Number) m.get("graded")).intValue(), ((Number) m.get("reused")).intValue(), (String) m.get("shard"),
                    (String) m.get("fingerprint"), (String) m.get("workbook_version"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Feedback of submissions no longer in the batch must not linger for a student to be handed. */
    private static void clearFeedback(OutLayout out) {
        try {
            dev.workbook.platform.FileTrees.delete(out.root().resolve("feedback"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
