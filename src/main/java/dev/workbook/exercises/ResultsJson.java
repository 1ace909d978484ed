package dev.workbook.exercises;

import dev.workbook.json.Json;
import dev.workbook.sandbox.ScriptFailure;
import dev.workbook.sandbox.StepOutcome;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Exercism's results.json, version 3, for one exercise: top-level {@code version}, {@code status} (pass, fail, or error
 * when the student's code did not compile, so no check could judge it) and {@code message} (the compile error; null
 * otherwise), and {@code tests[]} in check order with {@code name}, {@code status}, {@code message}, {@code output} (what
 * the student's code printed, at most 500 characters, saying so when cut) and {@code task_id} (the solution part a check
 * is about, when exactly one). Hidden checks appear as "hidden check N" with no message. {@code --all} wraps one of these
 * per exercise: {@code {"version": 3, "status": ..., "solved": n, "total": m, "exercises": [{"exercise": ID, "results": {...}}]}}.
 */
final class ResultsJson {
    static final int OUTPUT_LIMIT = 500;
    static final String TRUNCATED = "Output was truncated. Please limit to 500 chars";

    private ResultsJson() {
    }

    static String of(ExerciseResult r, int parts) {
        return Json.write(tree(r, parts));
    }

    static String ofAll(List<ExerciseResult> results, List<Integer> parts, int total) {
        Map<String, Object> all = new LinkedHashMap<>();
        long solved = results.stream().filter(ExerciseResult::passed).count();
        all.put("version", 3);
        all.put("status", solved == total ? "pass" : "fail");
        all.put("solved", solved);
        all.put("total", total);
        List<Object> list = new ArrayList<>();
        for (int i = 0; i < results.size(); i++) {
            Map<String, Object> one = new LinkedHashMap<>();
            one.put("exercise", results.get(i).exercise().id());
            one.put("results", tree(results.get(i), parts.get(i)));
            list.add(one);
        }
        all.put("exercises", list);
        return Json.write(all);
    }

    static Map<String, Object> tree(ExerciseResult r, int parts) {
        Map<String, Object> top = new LinkedHashMap<>();
        top.put("version", 3);
        StepOutcome stopped = r.stopped();
        String compileError = compileError(stopped);
        if (compileError != null) {
            top.put("status", "error");
            top.put("message", compileError);
            return top;
        }
        top.put("status", r.passed() ? "pass" : "fail");
        top.put("message", null);
        List<Object> tests = new ArrayList<>();
        String output = output(r);
        boolean stopNoted = false;
        int hidden = 0;
        for (CheckOutcome c : r.checks()) {
            Map<String, Object> t = new LinkedHashMap<>();
            t.put("name", c.hidden() ? "hidden check " + (++hidden) : c.name());
            t.put("status", c.status().name().toLowerCase(java.util.Locale.ROOT));
            String message = c.passed() || c.hidden() ? null : c.message();
            if (!c.passed() && !c.hidden() && stopped != null && !stopNoted) {
                message = stopSentence(stopped) + (message == null ? "" : "\n" + message);
                stopNoted = true;
            }
            t.put("message", message);
            if (tests.isEmpty() && output != null) {
                t.put("output", output);
            }
            Integer task = parts == 1 ? Integer.valueOf(1) : c.part();
            if (task != null && !c.hidden()) {
                t.put("task_id", task);
            }
            tests.add(t);
        }
        top.put("tests", tests);
        return top;
    }

    /** The compile error in the student's own code, or null: then no check can judge the solution (status error). */
    private static String compileError(StepOutcome s) {
        if (s == null || s.failure() == null || !s.failure().problem().contains("does not compile")) {
            return null;
        }
        ScriptFailure p = s.failure();
        StringBuilder sb = new StringBuilder("line " + p.line() + " of " + p.origin() + ": " + p.problem());
        p.details().forEach(d -> sb.append('\n').append(d));
        return sb.toString();
    }

    private static String stopSentence(StepOutcome s) {
        ScriptFailure p = s.failure();
        String on = s.step().equals("hidden") ? " on the second set of data" : "";
        if (p == null) {
            return "Your code" + on + ": " + s.reason() + ".";
        }
        return "Your code stopped" + on + (p.line() > 0 ? " at line " + p.line() + " of " : " in ") + p.origin() + ": " + p.problem()
                + (p.details().isEmpty() ? "" : " (" + p.details().get(0) + ")")
                + (p.thrownInMethod() != null ? ", thrown inside your method " + p.thrownInMethod() + "(...)" : "") + ".";
    }

    /** The visible step's output, at most 500 characters, or null when the code printed nothing. */
    private static String output(ExerciseResult r) {
        StepOutcome s = r.steps().isEmpty() ? null : r.steps().get(0);
        if (s == null || s.output() == null || s.output().isBlank()) {
            return null;
        }
        String out = s.output();
        if (out.length() <= OUTPUT_LIMIT && !s.outputTruncated()) {
            return out;
        }
        int keep = Math.max(0, OUTPUT_LIMIT - TRUNCATED.length() - 1);
        return out.substring(0, Math.min(keep, out.length())) + "\n" + TRUNCATED;
    }
}
