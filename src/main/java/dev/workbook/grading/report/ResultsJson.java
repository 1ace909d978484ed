package dev.workbook.grading.report;

import dev.workbook.grading.CheckGrade;
import dev.workbook.grading.ExerciseGrade;
import dev.workbook.grading.SubmissionGrade;
import dev.workbook.json.Json;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A submission's results.json: Exercism's results.json version 3 for each exercise ({@code version}, {@code status}
 * pass/fail/error, {@code message}, {@code tests[]} with {@code name}, {@code status}, {@code message}), plus
 * {@code points} and {@code max_points} on every test, exercise and the whole; the top level has the same shape for the
 * submission. Hidden checks are named "a hidden check" without a message; output is cut at 500 characters, and says so.
 */
final class ResultsJson {
    static final int OUTPUT_LIMIT = 500;

    private ResultsJson() {
    }

    static String of(SubmissionGrade g) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("version", 3);
        boolean allPass = !g.exercises().isEmpty() && g.exercises().stream().allMatch(e -> e.status() == ExerciseGrade.Status.PASS);
        m.put("status", g.rejected() ? "error" : allPass ? "pass" : "fail");
        m.put("message", g.rejected() ? g.reason() : null);
        m.put("student", g.student());
        m.put("submission", g.submission());
        m.put("points", g.points());
        m.put("max_points", g.maxPoints());
        List<Object> exercises = new ArrayList<>();
        for (ExerciseGrade e : g.exercises()) {
            exercises.add(exercise(e));
        }
        m.put("exercises", exercises);
        return Json.write(m);
    }

    private static Map<String, Object> exercise(ExerciseGrade e) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("version", 3);
        m.put("id", e.exerciseId());
        m.put("status", switch (e.status()) {
            case PASS -> "pass";
            case FAIL, MISSING -> "fail";
            case ERROR -> "error";
        });
        m.put("message", e.reason());
        m.put("points", e.points());
        m.put("max_points", e.maxPoints());
        if (e.output() != null && !e.output().isEmpty()) {
            boolean cut = e.outputTruncated() || e.output().length() > OUTPUT_LIMIT;
            m.put("output", (e.output().length() > OUTPUT_LIMIT ? e.output().substring(0, OUTPUT_LIMIT) : e.output())
                    + (cut ? "\n[output truncated]" : ""));
        }
        List<Object> tests = new ArrayList<>();
        for (CheckGrade c : e.checks()) {
            Map<String, Object> t = new LinkedHashMap<>();
            t.put("name", c.shownName());
            t.put("status", switch (c.outcome()) {
                case PASS -> "pass";
                case FAIL -> "fail";
                case ERROR -> "error";
            });
            t.put("message", c.passed() ? null : c.shownMessage());
            t.put("points", c.passed() ? c.points() : 0.0);
            t.put("max_points", c.maxPoints());
            tests.add(t);
        }
        m.put("tests", tests);
        return m;
    }
}
