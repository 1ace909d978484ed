package dev.workbook.grading;

import dev.workbook.json.Json;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The instructor's full record of a submission's grade as JSON (hidden check names included): what incremental
 * re-grading reuses and what {@code workbook grade merge} joins. Never handed to students.
 */
public final class GradeJson {
    static final int FORMAT = 1;

    private GradeJson() {
    }

    public static String write(SubmissionGrade g) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("format", FORMAT);
        m.put("submission", g.submission());
        m.put("student", g.student());
        m.put("kind", g.kind());
        m.put("key", g.key());
        m.put("rejected", g.rejected());
        m.put("reason", g.reason());
        List<Object> ex = new ArrayList<>();
        for (ExerciseGrade e : g.exercises()) {
            Map<String, Object> em = new LinkedHashMap<>();
            em.put("id", e.exerciseId());
            em.put("status", e.status().name());
            em.put("reason", e.reason());
            em.put("source", e.source());
            em.put("ending", e.ending());
            em.put("max_points", e.maxPoints());
            em.put("hint", e.hint());
            em.put("output", e.output());
            em.put("output_truncated", e.outputTruncated());
            em.put("millis", e.millis());
            List<Object> checks = new ArrayList<>();
            for (CheckGrade c : e.checks()) {
                Map<String, Object> cm = new LinkedHashMap<>();
                cm.put("name", c.name());
                cm.put("outcome", c.outcome().name());
                cm.put("message", c.message());
                cm.put("points", c.points());
                cm.put("max_points", c.maxPoints());
                cm.put("hidden", c.hidden());
                checks.add(cm);
            }
            em.put("checks", checks);
            ex.add(em);
        }
        m.put("exercises", ex);
        List<Object> findings = new ArrayList<>();
        for (Finding f : g.findings()) {
            Map<String, Object> fm = new LinkedHashMap<>();
            fm.put("kind", f.kind().name());
            fm.put("file", f.file());
            fm.put("detail", f.detail());
            findings.add(fm);
        }
        m.put("findings", findings);
        SubmissionGrade.RunFacts r = g.run();
        Map<String, Object> rm = new LinkedHashMap<>();
        rm.put("containment", r.containment());
        rm.put("limits", r.limits());
        rm.put("millis", r.millis());
        rm.put("jvm_start_millis", r.jvmStartMillis());
        rm.put("student_code_millis", r.studentCodeMillis());
        rm.put("checks_millis", r.checksMillis());
        rm.put("jvm_starts", r.jvmStarts());
        m.put("run", rm);
        return Json.write(m);
    }

    /** Reads a record; anything malformed (a hand-edited or truncated file) throws IllegalArgumentException. */
    @SuppressWarnings("unchecked")
    public static SubmissionGrade read(String text) {
        Map<String, Object> m = Json.parseObject(text);
        if (!Long.valueOf(FORMAT).equals(m.get("format"))) {
            throw new IllegalArgumentException("not a grade record of format " + FORMAT + ": " + m.get("format"));
        }
        List<ExerciseGrade> exercises = new ArrayList<>();
        for (Object o : (List<Object>) m.get("exercises")) {
            Map<String, Object> em = (Map<String, Object>) o;
            List<CheckGrade> checks = new ArrayList<>();
            for (Object co : (List<Object>) em.get("checks")) {
                Map<String, Object> cm = (Map<String, Object>) co;
                checks.add(new CheckGrade(str(cm, "name"), CheckGrade.Outcome.valueOf(str(cm, "outcome")), str(cm, "message"),
                        num(cm, "points"), num(cm, "max_points"), Boolean.TRUE.equals(cm.get("hidden"))));
            }
            exercises.add(new ExerciseGrade(str(em, "id"), ExerciseGrade.Status.valueOf(str(em, "status")), str(em, "reason"),
                    str(em, "source"), str(em, "ending"), checks, num(em, "max_points"), str(em, "hint"), str(em, "output"),
                    Boolean.TRUE.equals(em.get("output_truncated")), (long) num(em, "millis")));
        }
        List<Finding> findings = new ArrayList<>();
        for (Object o : (List<Object>) m.get("findings")) {
            Map<String, Object> fm = (Map<String, Object>) o;
            findings.add(new Finding(Finding.Kind.valueOf(str(fm, "kind")), str(fm, "file"), str(fm, "detail")));
        }
        Map<String, Object> rm = (Map<String, Object>) m.get("run");
        SubmissionGrade.RunFacts run = new SubmissionGrade.RunFacts(str(rm, "containment"), str(rm, "limits"),
                (long) num(rm, "millis"), (long) num(rm, "jvm_start_millis"), (long) num(rm, "student_code_millis"),
                (long) num(rm, "checks_millis"), (int) num(rm, "jvm_starts"));
        return new SubmissionGrade(str(m, "submission"), str(m, "student"), str(m, "kind"), str(m, "key"),
                Boolean.TRUE.equals(m.get("rejected")), str(m, "reason"), exercises, findings, run);
    }

    private static String str(Map<String, Object> m, String key) {
        Object v = m.get(key);
        return v == null ? null : v.toString();
    }

    private static double num(Map<String, Object> m, String key) {
        Object v = m.get(key);
        if (!(v instanceof Number n)) {
            throw new IllegalArgumentException("'" + key + "' is not a number: " + v);
        }
        return n.doubleValue();
    }
}
