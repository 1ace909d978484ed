package dev.workbook.grading.similarity;

import dev.workbook.grading.report.Html;
import java.util.List;
import java.util.Locale;

/** similarity.html (ranked pairs above a threshold) and similarity.csv (every pair), for the instructor only. */
final class SimilarityReport {
    private SimilarityReport() {
    }

    static String csv(List<Similarity.Pair> pairs) {
        StringBuilder sb = new StringBuilder("rank,first,second,first_student,second_student,similarity,max_similarity,same_student\r\n");
        int rank = 0;
        for (Similarity.Pair p : pairs) {
            sb.append(++rank).append(',').append(p.first()).append(',').append(p.second()).append(',').append(p.firstStudent())
                    .append(',').append(p.secondStudent()).append(',').append(pct(p.similarity())).append(',')
                    .append(pct(p.maxSimilarity())).append(',').append(p.sameStudent()).append("\r\n");
        }
        return sb.toString();
    }

    static String html(List<Similarity.Pair> pairs, String note, double from) {
        StringBuilder b = new StringBuilder("<h1>Similarity between submissions</h1>\n");
        b.append("<p><strong>Instructor only.</strong> ").append(Html.esc(note)).append(". Similar code is a reason to look, ")
                .append("not proof: short exercises leave little room to differ.</p>\n");
        List<Similarity.Pair> shown = pairs.stream().filter(p -> p.similarity() >= from).toList();
        if (shown.isEmpty()) {
            b.append(String.format(Locale.ROOT, "<p id=\"none\">No pair is %.0f%% similar or more.</p>%n", from * 100));
        } else {
            b.append("<table id=\"pairs\"><tr><th>rank</th><th>submission</th><th>submission</th><th>similarity</th>"
                    + "<th>max (one side)</th><th></th></tr>\n");
            int rank = 0;
            for (Similarity.Pair p : shown) {
                b.append("<tr><td>").append(++rank).append("</td><td>").append(Html.esc(p.first())).append(" (")
                        .append(Html.esc(p.firstStudent())).append(")</td><td>").append(Html.esc(p.second())).append(" (")
                        .append(Html.esc(p.secondStudent())).append(")</td><td>").append(pct(p.similarity())).append("%</td><td>")
                        .append(pct(p.maxSimilarity())).append("%</td><td>").append(p.sameStudent() ? "same student" : "")
                        .append("</td></tr>\n");
            }
            b.append("</table>\n");
        }
        b.append("<p class=\"muted\">All pairs: similarity.csv. The code compared is in .grading/code/.</p>\n");
        return Html.page("Similarity (instructor only)", b.toString());
    }

    private static String pct(double v) {
        return String.format(Locale.ROOT, "%.1f", v * 100);
    }
}
