package dev.workbook.grading.report;

import dev.workbook.grading.CheckGrade;
import dev.workbook.grading.ExerciseGrade;
import dev.workbook.grading.ExerciseInfo;
import dev.workbook.grading.Finding;
import dev.workbook.grading.Points;
import dev.workbook.grading.SubmissionGrade;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The instructor's class overview, one self-contained HTML page: score distribution per exercise (inline SVG), the
 * hardest checks (hidden ones named, marked hidden), submissions that errored and why, bad input and tampering, time
 * and resources, and the containment in force. Everything but the {@code #run} section (wall time of this run) follows
 * from the grade records alone, so a merged report equals the single run's.
 */
final class ReportHtml {
    private ReportHtml() {
    }

    static String of(ClassView view, RunSummary run, boolean similarity) {
        StringBuilder b = new StringBuilder();
        b.append("<h1>Class report</h1>\n");
        summary(b, view);
        if (similarity) {
            b.append("<p>Similarity between submissions (instructor only): <a href=\"similarity.html\">similarity.html</a></p>\n");
        }
        distributions(b, view);
        hardest(b, view);
        errored(b, view);
        findings(b, view);
        resources(b, view);
        containment(b, view);
        runSection(b, run);
        return Html.page("Class report", b.toString());
    }

    private static void summary(StringBuilder b, ClassView view) {
        List<Double> totals = view.byStudent.keySet().stream().map(view::total).sorted().toList();
        long refused = view.submissions.stream().filter(SubmissionGrade::rejected).count();
        b.append("<section id=\"summary\"><table>\n");
        row(b, "submissions", String.valueOf(view.submissions.size()));
        row(b, "students", String.valueOf(view.byStudent.size()));
        row(b, "refused submissions", String.valueOf(refused));
        row(b, "exercises", view.catalog.exercises().size() + " (" + Points.format(view.catalog.maxPoints()) + " points in all)");
        if (!totals.isEmpty()) {
            row(b, "total points: median / mean", Points.format(totals.get(totals.size() / 2)) + " / "
                    + Points.format(totals.stream().mapToDouble(Double::doubleValue).average().orElse(0)));
        }
        b.append("</table></section>\n");
    }

    private static void distributions(StringBuilder b, ClassView view) {
        b.append("<section id=\"distributions\"><h2>Score distribution per exercise</h2>\n<div class=\"charts\">\n");
        chart(b, "all exercises (total)", view.catalog.maxPoints(), view.byStudent.keySet().stream().map(view::total).toList(), "");
        for (ExerciseInfo ex : view.catalog.exercises()) {
            List<Double> pts = view.byStudent.keySet().stream().map(s -> view.points(s, ex)).toList();
            long full = pts.stream().filter(p -> p >= ex.maxPoints() && ex.maxPoints() > 0).count();
            chart(b, ex.id(), ex.maxPoints(), pts, full + " of " + pts.size() + " with full marks");
        }
        b.append("</div></section>\n");
    }

    private static void chart(StringBuilder b, String name, double max, List<Double> points, String extra) {
        int buckets = max <= 12 ? (int) Math.ceil(max) + 1 : 10;
        List<String> labels = new ArrayList<>();
        int[] counts = new int[buckets];
        for (int i = 0; i < buckets; i++) {
            labels.add(max <= 12 ? String.valueOf(i) : Points.format(Math.floor(max * i / buckets)) + "+");
        }
        for (double p : points) {
            int i = max <= 12 ? (int) Math.floor(p) : (int) Math.min(buckets - 1, Math.floor(p * buckets / max));
            counts[Math.max(0, Math.min(buckets - 1, i))]++;
        }
        double mean = points.stream().mapToDouble(Double::doubleValue).average().orElse(0);
        b.append("<figure class=\"distribution\" data-exercise=\"").append(Html.esc(name)).append("\">")
                .append(Svg.bars(name + ": students per points", labels, counts, "points (of " + Points.format(max) + ")"))
                .append("<figcaption><strong>").append(Html.esc(name)).append("</strong>: mean ")
                .append(Points.format(mean)).append(" of ").append(Points.format(max))
                .append(extra.isEmpty() ? "" : "; " + Html.esc(extra)).append("</figcaption></figure>\n");
    }

    private static void hardest(StringBuilder b, ClassView view) {
        Map<String, int[]> rates = new LinkedHashMap<>();
        Map<String, String> names = new LinkedHashMap<>();
        for (SubmissionGrade g : view.submissions) {
            for (ExerciseGrade e : g.exercises()) {
                for (CheckGrade c : e.checks()) {
                    String k = e.exerciseId() + "\u0000" + c.name();
                    names.put(k, c.name() + (c.hidden() ? " (hidden)" : ""));
                    int[] r = rates.computeIfAbsent(k, x -> new int[2]);
                    r[1]++;
                    if (c.passed()) {
                        r[0]++;
                    }
                }
            }
        }
        b.append("<section id=\"hardest\"><h2>Hardest checks</h2>\n");
        if (rates.isEmpty()) {
            b.append("<p class=\"muted\">No check ran.</p></section>\n");
            return;
        }
        b.append("<table><tr><th>exercise</th><th>check</th><th>passed</th></tr>\n");
        rates.entrySet().stream()
                .sorted(Comparator.comparingDouble((Map.Entry<String, int[]> e) -> e.getValue()[0] / (double) e.getValue()[1])
                        .thenComparing(Map.Entry::getKey))
                .limit(10)
                .forEach(e -> b.append("<tr><td>").append(Html.esc(e.getKey().substring(0, e.getKey().indexOf('\u0000'))))
                        .append("</td><td>").append(Html.esc(names.get(e.getKey()))).append("</td><td>").append(e.getValue()[0])
                        .append(" of ").append(e.getValue()[1]).append(String.format(Locale.ROOT, " (%d%%)",
                                Math.round(100.0 * e.getValue()[0] / e.getValue()[1]))).append("</td></tr>\n"));
        b.append("</table><p class=\"muted\">Among submissions whose code ran for that exercise.</p></section>\n");
    }

    private static void errored(StringBuilder b, ClassView view) {
        b.append("<section id=\"errored\"><h2>Submissions that errored, and why</h2>\n");
        StringBuilder rows = new StringBuilder();
        for (SubmissionGrade g : view.submissions) {
            if (g.rejected()) {
                rows.append(tr(g.submission(), g.student(), "(whole submission)", "refused", g.reason()));
                continue;
            }
            for (ExerciseGrade e : g.exercises()) {
                if (e.status() == ExerciseGrade.Status.ERROR) {
                    rows.append(tr(g.submission(), g.student(), e.exerciseId(), e.ending() == null ? "refused input" : e.ending(), e.reason()));
                }
            }
        }
        b.append(rows.isEmpty() ? "<p class=\"muted\">None.</p>\n"
                : "<table><tr><th>submission</th><th>student</th><th>exercise</th><th>ending</th><th>reason</th></tr>\n" + rows + "</table>\n");
        b.append("</section>\n");
    }

    private static void findings(StringBuilder b, ClassView view) {
        b.append("<section id=\"findings\"><h2>Bad input, tampering and duplicate student ids</h2>\n");
        StringBuilder rows = new StringBuilder();
        view.byStudent.forEach((student, subs) -> {
            if (subs.size() > 1) {
                rows.append(tr("(" + subs.size() + " submissions)", student, "DUPLICATE STUDENT ID",
                        String.join(", ", subs.stream().map(SubmissionGrade::submission).toList()) + ": best per exercise counts"));
            }
        });
        for (SubmissionGrade g : view.submissions) {
            for (Finding f : g.findings()) {
                if (f.kind() != Finding.Kind.NOTE) {
                    rows.append(tr(g.submission(), g.student(), f.kind().name().replace('_', ' '), f.describe()));
                }
            }
        }
        b.append(rows.isEmpty() ? "<p class=\"muted\">None.</p>\n"
                : "<table><tr><th>submission</th><th>student</th><th>what</th><th>detail</th></tr>\n" + rows + "</table>\n");
        b.append("</section>\n");
    }

    private static void resources(StringBuilder b, ClassView view) {
        List<SubmissionGrade> ran = view.submissions.stream().filter(g -> g.run().jvmStarts() > 0).toList();
        b.append("<section id=\"resources\"><h2>Time and resources</h2>\n<table>\n");
        long total = ran.stream().mapToLong(g -> g.run().millis()).sum();
        row(b, "submissions whose code ran", String.valueOf(ran.size()));
        row(b, "grading time, all submissions (sum)", seconds(total));
        if (!ran.isEmpty()) {
            List<Long> ms = ran.stream().map(g -> g.run().millis()).sorted().toList();
            row(b, "per submission: median / slowest", seconds(ms.get(ms.size() / 2)) + " / " + seconds(ms.get(ms.size() - 1)));
            row(b, "split (sum): JVM start / student code / checks",
                    seconds(ran.stream().mapToLong(g -> g.run().jvmStartMillis()).sum()) + " / "
                            + seconds(ran.stream().mapToLong(g -> g.run().studentCodeMillis()).sum()) + " / "
                            + seconds(ran.stream().mapToLong(g -> g.run().checksMillis()).sum()));
            row(b, "student JVMs started", String.valueOf(ran.stream().mapToInt(g -> g.run().jvmStarts()).sum()));
            Map<String, Integer> limits = new TreeMap<>();
            ran.forEach(g -> limits.merge(g.run().limits(), 1, Integer::sum));
            limits.forEach((l, n) -> row(b, "limits per run", l + " (" + n + " submissions)"));
        }
        b.append("</table></section>\n");
    }

    private static void containment(StringBuilder b, ClassView view) {
        Map<String, Integer> kinds = new TreeMap<>();
        view.submissions.stream().filter(g -> g.run().jvmStarts() > 0).forEach(g -> kinds.merge(g.run().containment(), 1, Integer::sum));
        b.append("<section id=\"containment\"><h2>Containment in force</h2>\n");
        if (kinds.isEmpty()) {
            b.append("<p class=\"muted\">No student code ran.</p>\n");
        }
        kinds.forEach((k, n) -> b.append("<p>").append(Html.esc(k)).append(" <span class=\"muted\">(").append(n)
                .append(n == 1 ? " submission" : " submissions").append(")</span></p>\n"));
        b.append("</section>\n");
    }

    private static void runSection(StringBuilder b, RunSummary run) {
        b.append("<section id=\"run\"><h2>This run</h2>\n<table>\n");
        row(b, "wall time", seconds(run.wallMillis()));
        row(b, "workers", String.valueOf(run.workers()));
        row(b, "graded now / reused unchanged", run.graded() + " / " + run.reused());
        row(b, "shard", run.shard());
        row(b, "workbook version", run.workbookVersion());
        row(b, "checks fingerprint", run.fingerprint().substring(0, Math.min(12, run.fingerprint().length())));
        b.append("</table></section>\n");
    }

    private static void row(StringBuilder b, String k, String v) {
        b.append("<tr><th>").append(Html.esc(k)).append("</th><td>").append(Html.esc(v)).append("</td></tr>\n");
    }

    private static String tr(String... cells) {
        StringBuilder sb = new StringBuilder("<tr>");
        for (String c : cells) {
            sb.append("<td>").append(Html.esc(c)).append("</td>");
        }
        return sb.append("</tr>\n").toString();
    }

    static String seconds(long millis) {
        return String.format(Locale.ROOT, "%.1f s", millis / 1000.0);
    }
}
