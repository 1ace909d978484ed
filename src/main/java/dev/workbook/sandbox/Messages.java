package dev.workbook.sandbox;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The JSON messages of the channel, as maps (the one JSON codec gives maps, lists, strings, longs). Parent to child:
 * {@code run} only (a worker no longer needed is killed). Child to parent: {@code ready}, {@code snippet} (before each
 * snippet, so an exit or a kill can name the line), {@code step} (a step's ending and failure) and {@code done} (threads
 * left, taint).
 */
final class Messages {
    private Messages() {
    }

    static Map<String, Object> run(RunRequest r, Map<String, String> relays) {
        List<Object> steps = new ArrayList<>();
        for (Step s : r.steps()) {
            List<Object> pieces = new ArrayList<>();
            for (Piece p : s.pieces()) {
                pieces.add(Map.of("origin", p.origin(), "firstLine", p.firstLine(), "code", p.code(), "student", p.studentCode()));
            }
            DbLogin d = s.db();
            Map<String, Object> db = new LinkedHashMap<>();
            db.put("host", d.host());
            db.put("port", d.port());
            db.put("database", d.database());
            db.put("user", d.user());
            db.put("password", d.password());
            steps.add(Map.of("name", s.name(), "db", db, "pieces", pieces));
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("type", "run");
        m.put("label", r.label());
        m.put("steps", steps);
        m.put("systemProperties", r.systemProperties());
        m.put("relays", relays);
        return m;
    }

    static RunRequest runRequest(Map<String, Object> m) {
        List<Step> steps = new ArrayList<>();
        for (Map<String, Object> s : maps(m.get("steps"))) {
            List<Piece> pieces = new ArrayList<>();
            for (Map<String, Object> p : maps(s.get("pieces"))) {
                pieces.add(new Piece(str(p, "origin"), num(p, "firstLine"), str(p, "code"), Boolean.TRUE.equals(p.get("student"))));
            }
            Map<String, Object> d = map(s.get("db"));
            steps.add(new Step(str(s, "name"), pieces, new DbLogin(str(d, "host"), num(d, "port"), str(d, "database"),
                    str(d, "user"), str(d, "password"))));
        }
        return new RunRequest(str(m, "label"), steps, strings(m.get("systemProperties")));
    }

    static Map<String, String> relays(Map<String, Object> run) {
        return strings(run.get("relays"));
    }

    static Map<String, Object> failure(ScriptFailure f) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("origin", f.origin());
        m.put("line", f.line());
        m.put("snippet", f.snippet());
        m.put("problem", f.problem());
        m.put("details", f.details());
        m.put("sqlCode", f.sqlCode());
        m.put("help", f.help());
        m.put("thrownInMethod", f.thrownInMethod());
        return m;
    }

    static ScriptFailure failure(Map<String, Object> m) {
        if (m == null) {
            return null;
        }
        List<String> details = new ArrayList<>();
        if (m.get("details") instanceof List<?> l) {
            l.forEach(d -> details.add(String.valueOf(d)));
        }
        return new ScriptFailure(str(m, "origin"), num(m, "line"), str(m, "snippet"), str(m, "problem"), details,
                str(m, "sqlCode"), str(m, "help"), str(m, "thrownInMethod"));
    }

    static String str(Map<String, Object> m, String key) {
        Object v = m.get(key);
        return v == null ? null : v.toString();
    }

    static int num(Map<String, Object> m, String key) {
        return m.get(key) instanceof Number n ? n.intValue() : 0;
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Object o) {
        return o instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
    }

    static List<Map<String, Object>> maps(Object o) {
        List<Map<String, Object>> out = new ArrayList<>();
        if (o instanceof List<?> l) {
            l.forEach(e -> out.add(map(e)));
        }
        return out;
    }

    static List<String> list(Object o) {
        List<String> out = new ArrayList<>();
        if (o instanceof List<?> l) {
            l.forEach(e -> out.add(String.valueOf(e)));
        }
        return out;
    }

    static Map<String, String> strings(Object o) {
        Map<String, String> out = new LinkedHashMap<>();
        map(o).forEach((k, v) -> out.put(k, v == null ? null : v.toString()));
        return out;
    }
}
