package dev.workbook.exercises;

import dev.workbook.chapters.Failure;
import dev.workbook.json.Json;
import java.util.List;
import java.util.StringJoiner;

/**
 * Results as JSON for tools and class grading, modelled on Exercism's results.json version 3: per exercise a
 * status (pass, fail, error: the script stopped), a message, and per check its name, status and message;
 * {@code task_id} is the exercise id.
 */
final class JsonReport {
    private JsonReport() {
    }

    static String of(List<ExerciseResult> results) {
        StringJoiner all = new StringJoiner(",\n    ", "{\n  \"version\": 3,\n  \"exercises\": [\n    ", "\n  ]\n}\n");
        for (ExerciseResult r : results) {
            all.add(exercise(r));
        }
        return results.isEmpty() ? "{\n  \"version\": 3,\n  \"exercises\": []\n}\n" : all.toString();
    }

    private static String exercise(ExerciseResult r) {
        String status = r.passed() ? "pass" : r.scriptFailure() != null ? "error" : "fail";
        StringJoiner tests = new StringJoiner(", ", "[", "]");
        for (CheckOutcome c : r.checks()) {
            tests.add("{\"name\": " + str(c.name()) + ", \"status\": " + str(c.status().name().toLowerCase(java.util.Locale.ROOT))
                    + ", \"message\": " + str(c.message())
                    + ", \"task_id\": " + str(r.exercise().id()) + "}");
        }
        return "{\"id\": " + str(r.exercise().id()) + ", \"status\": " + str(status)
                + ", \"message\": " + (r.scriptFailure() == null ? "null" : str(message(r.scriptFailure())))
                + ", \"millis\": " + r.millis() + ", \"tests\": " + tests + "}";
    }

    private static String message(Failure f) {
        StringBuilder sb = new StringBuilder("line " + f.line() + ": " + f.problem());
        f.details().forEach(d -> sb.append('\n').append(d));
        return sb.toString();
    }

    private static String str(String s) {
        return Json.string(s);
    }
}
