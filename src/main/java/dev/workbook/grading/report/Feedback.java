package dev.workbook.grading.report;

import dev.workbook.grading.CheckGrade;
import dev.workbook.grading.ExerciseGrade;
import dev.workbook.grading.ExerciseInfo;
import dev.workbook.grading.Finding;
import dev.workbook.grading.Points;
import dev.workbook.grading.SubmissionGrade;
import java.util.List;

/**
 * A student's feedback for one submission, in Markdown and in HTML: per exercise the points, how the code ended when
 * it did not complete, each check with ✓/✗ and the tutor-style message of a failure, and the hint for the first failing
 * check. A hidden check appears only as "a hidden check" with its points, never its name or message; no source code
 * (neither the student's nor the checks') is shown, and what the instructor alone should read (similarity, hidden
 * names) is not here.
 */
final class Feedback {
    private Feedback() {
    }

    static String markdown(ClassView view, SubmissionGrade g) {
        StringBuilder sb = new StringBuilder();
        sb.append("# Feedback for ").append(g.student()).append("\n\n");
        sb.append("Submission `").append(g.submission()).append("` (").append(g.kind()).append("): **")
                .append(Points.format(g.points())).append(" of ").append(Points.format(g.maxPoints())).append(" points**\n\n");
        if (g.rejected()) {
            sb.append("Your submission could not be graded: ").append(g.reason()).append("\n\n");
        }
        List<Finding> shown = studentFindings(g);
        if (!shown.isEmpty()) {
            sb.append("## About your files\n\n");
            shown.forEach(f -> sb.append("- ").append(f.describe()).append('\n'));
            sb.append('\n');
        }
        for (ExerciseInfo ex : view.catalog.exercises()) {
            ExerciseGrade e = g.exercise(ex.id());
            if (e == null) {
                continue;
            }
            sb.append("## ").append(ex.id()).append(": ").append(ex.title()).append(" (")
                    .append(Points.format(e.points())).append(" of ").append(Points.format(e.maxPoints())).append(")\n\n");
            if (e.source() != null) {
                sb.append("Graded from `").append(e.source()).append("`.\n\n");
            }
            if (e.status() == ExerciseGrade.Status.MISSING || e.reason() != null) {
                sb.append(e.status() == ExerciseGrade.Status.MISSING ? "Not graded: " : "Your code did not complete: ")
                        .append(e.reason()).append("\n\n");
            }
            for (CheckGrade c : e.checks()) {
                sb.append("- ").append(c.passed() ? "✓ " : "✗ ").append(c.shownName()).append(" (")
                        .append(Points.format(c.passed() ? c.points() : 0)).append('/').append(Points.format(c.maxPoints()))
                        .append(")\n");
                if (!c.passed() && c.shownMessage() != null) {
                    for (String line : c.shownMessage().split("\n")) {
                        sb.append("  > ").append(line).append('\n');
                    }
                }
            }
            if (!e.checks().isEmpty()) {
                sb.append('\n');
            }
            if (e.hint() != null && e.status() != ExerciseGrade.Status.PASS) {
                sb.append("Hint: ").append(e.hint()).append("\n\n");
            }
        }
        return sb.toString();
    }

    static String html(ClassView view, SubmissionGrade g) {
        StringBuilder b = new StringBuilder();
        b.append("<h1>Feedback for ").append(Html.esc(g.student())).append("</h1>\n");
        b.append("<p>Submission <code>").append(Html.esc(g.submission())).append("</code> (").append(Html.esc(g.kind()))
                .append("): <strong>").append(Points.format(g.points())).append(" of ").append(Points.format(g.maxPoints()))
                .append(" points</strong></p>\n");
        if (g.rejected()) {
            b.append("<p class=\"fail\">Your submission could not be graded: ").append(Html.esc(g.reason())).append("</p>\n");
        }
        List<Finding> shown = studentFindings(g);
        if (!shown.isEmpty()) {
            b.append("<h2>About your files</h2>\n<ul>\n");
            shown.forEach(f -> b.append("<li>").append(Html.esc(f.describe())).append("</li>\n"));
            b.append("</ul>\n");
        }
        for (ExerciseInfo ex : view.catalog.exercises()) {
            ExerciseGrade e = g.exercise(ex.id());
            if (e == null) {
                continue;
            }
            b.append("<section class=\"exercise\" id=\"").append(Html.esc(ex.id())).append("\">\n<h2>").append(Html.esc(ex.id()))
                    .append(": ").append(Html.esc(ex.title())).append(" (").append(Points.format(e.points())).append(" of ")
                    .append(Points.format(e.maxPoints())).append(")</h2>\n");
            if (e.source() != null) {
                b.append("<p>Graded from <code>").append(Html.esc(e.source())).append("</code>.</p>\n");
            }
            if (e.status() == ExerciseGrade.Status.MISSING || e.reason() != null) {
                b.append("<p class=\"fail\">").append(e.status() == ExerciseGrade.Status.MISSING ? "Not graded: " : "Your code did not complete: ")
                        .append(Html.esc(e.reason())).append("</p>\n");
            }
            if (!e.checks().isEmpty()) {
                b.append("<ul class=\"checks\">\n");
                for (CheckGrade c : e.checks()) {
                    b.append("<li class=\"").append(c.passed() ? "pass" : "fail").append("\">").append(c.passed() ? "✓ " : "✗ ")
                            .append(Html.esc(c.shownName())).append(" (").append(Points.format(c.passed() ? c.points() : 0))
                            .append('/').append(Points.format(c.maxPoints())).append(")");
                    if (!c.passed() && c.shownMessage() != null) {
                        b.append("<pre>").append(Html.esc(c.shownMessage())).append("</pre>");
                    }
                    b.append("</li>\n");
                }
                b.append("</ul>\n");
            }
            if (e.hint() != null && e.status() != ExerciseGrade.Status.PASS) {
                b.append("<p><strong>Hint:</strong> ").append(Html.esc(e.hint())).append("</p>\n");
            }
            b.append("</section>\n");
        }
        return Html.page("Feedback for " + g.student(), b.toString());
    }

    /** Refused input and ignored files concern the student; tampering findings are for the instructor. */
    static List<Finding> studentFindings(SubmissionGrade g) {
        return g.findings().stream().filter(f -> f.kind() != Finding.Kind.TAMPERING).toList();
    }
}
