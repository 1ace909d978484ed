package dev.workbook.doctor.reports;

import dev.workbook.json.Json;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The same findings as JSON for tools: {"summary", "exitCode", "elapsedMillis", "counts", "findings": [{"check",
 * "status", "found", "condition", "fix", "next", "help"}]}. "condition" is the error catalogue's id, "next" its
 * next step (the same as every other entry point gives), "fix" the doctor's exact fix for this server.
 */
public final class JsonReport {
    private JsonReport() {
    }

    public static void print(Report r, PrintWriter out) {
        Map<String, Object> counts = new LinkedHashMap<>();
        for (Status s : Status.values()) {
            counts.put(s.id(), r.count(s));
        }
        List<Map<String, Object>> findings = new ArrayList<>();
        for (Finding f : r.findings()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("check", f.check());
            m.put("status", f.status().id());
            m.put("found", f.found());
            m.put("condition", f.condition() == null ? null : f.condition().id());
            m.put("fix", f.fix());
            m.put("next", f.condition() == null ? null : f.condition().next());
            m.put("help", f.help());
            findings.add(m);
        }
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("summary", r.summary());
        root.put("exitCode", r.exitCode());
        root.put("elapsedMillis", r.elapsedMillis());
        root.put("counts", counts);
        root.put("findings", findings);
        out.print(Json.write(root));
        out.flush();
    }
}
