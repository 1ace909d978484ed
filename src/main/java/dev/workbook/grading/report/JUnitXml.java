package dev.workbook.grading.report;

import dev.workbook.grading.CheckGrade;
import dev.workbook.grading.ExerciseGrade;
import dev.workbook.grading.Points;
import dev.workbook.grading.SubmissionGrade;
import java.util.List;
import java.util.Locale;

/**
 * JUnit XML (the Ant/Surefire schema CI dashboards read): one testsuite per submission and exercise, one testcase per
 * check, with its points as properties. An exercise whose code did not complete and has no check results is one
 * errored testcase; a missing one is skipped. The student's copy names hidden checks "a hidden check"; the instructor's
 * class file ({@code instructor = true}) names them.
 */
final class JUnitXml {
    private JUnitXml() {
    }

    static String of(List<SubmissionGrade> grades, boolean instructor) {
        StringBuilder sb = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites name=\"workbook grading\">\n");
        for (SubmissionGrade g : grades) {
            for (ExerciseGrade e : g.exercises()) {
                suite(sb, g, e, instructor);
            }
        }
        return sb.append("</testsuites>\n").toString();
    }

    private static void suite(StringBuilder sb, SubmissionGrade g, ExerciseGrade e, boolean instructor) {
        long failures = e.checks().stream().filter(c -> c.outcome() == CheckGrade.Outcome.FAIL).count();
        long errors = e.checks().stream().filter(c -> c.outcome() == CheckGrade.Outcome.ERROR).count();
        int tests = e.checks().size();
        boolean lone = e.checks().isEmpty();
        if (lone) {
            tests = 1;
            errors = e.status() == ExerciseGrade.Status.ERROR ? 1 : 0;
        }
        String suiteName = g.submission() + "." + e.exerciseId();
        sb.append("  <testsuite name=\"").append(x(suiteName)).append("\" tests=\"").append(tests).append("\" failures=\"")
                .append(failures).append("\" errors=\"").append(errors).append("\" skipped=\"")
                .append(lone && e.status() == ExerciseGrade.Status.MISSING ? 1 : 0).append("\" time=\"").append(seconds(e.millis()))
                .append("\">\n");
        sb.append("    <properties>\n      <property name=\"student\" value=\"").append(x(g.student())).append("\"/>\n")
                .append("      <property name=\"points\" value=\"").append(Points.format(e.points())).append("\"/>\n")
                .append("      <property name=\"max_points\" value=\"").append(Points.format(e.maxPoints())).append("\"/>\n")
                .append("    </properties>\n");
        if (lone) {
            sb.append("    <testcase classname=\"").append(x(e.exerciseId())).append("\" name=\"the solution runs\" time=\"0\">\n");
            if (e.status() == ExerciseGrade.Status.MISSING) {
                sb.append("      <skipped message=\"").append(x(e.reason())).append("\"/>\n");
            } else if (e.status() == ExerciseGrade.Status.ERROR) {
                sb.append("      <error message=\"").append(x(e.reason())).append("\"/>\n");
            }
            sb.append("    </testcase>\n");
        }
        for (CheckGrade c : e.checks()) {
            String name = instructor ? c.name() + (c.hidden() ? " [hidden]" : "") : c.shownName();
            sb.append("    <testcase classname=\"").append(x(e.exerciseId())).append("\" name=\"").append(x(name))
                    .append("\" time=\"0\">\n");
            String message = instructor ? c.message() : c.shownMessage();
            if (c.outcome() == CheckGrade.Outcome.FAIL) {
                sb.append("      <failure message=\"").append(x(firstLine(message))).append("\">").append(x(message)).append("</failure>\n");
            } else if (c.outcome() == CheckGrade.Outcome.ERROR) {
                sb.append("      <error message=\"").append(x(firstLine(message))).append("\">").append(x(message)).append("</error>\n");
            }
            sb.append("    </testcase>\n");
        }
        if (e.reason() != null && !lone) {
            sb.append("    <system-err>").append(x(e.reason())).append("</system-err>\n");
        }
        sb.append("  </testsuite>\n");
    }

    private static String firstLine(String s) {
        return s == null ? "" : s.lines().findFirst().orElse("");
    }

    private static String seconds(long millis) {
        return String.format(Locale.ROOT, "%.3f", millis / 1000.0);
    }

    /** XML text and attribute escaping; characters XML 1.0 forbids (most control characters) are dropped. */
    static String x(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append("&quot;");
                case '\n' -> sb.append("&#10;");
                case '\t' -> sb.append("&#9;");
                default -> {
                    if (c >= 0x20 && c != 0xFFFE && c != 0xFFFF) {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.toString();
    }
}
