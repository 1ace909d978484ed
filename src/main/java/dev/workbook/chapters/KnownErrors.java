package dev.workbook.chapters;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Errors with a page in troubleshooting/: by server error code, or by exception class and message. */
public final class KnownErrors {
    static final Map<Integer, String> BY_CODE = new LinkedHashMap<>();
    static final Map<String, String> BY_TEXT = new LinkedHashMap<>();

    static {
        BY_CODE.put(1045, "troubleshooting/1045-access-denied.md");
        BY_CODE.put(1049, "troubleshooting/1049-unknown-database.md");
        BY_CODE.put(1698, "troubleshooting/1698-auth-socket.md");
        BY_CODE.put(1062, "troubleshooting/1062-duplicate-entry.md");
        BY_CODE.put(1146, "troubleshooting/1146-table-doesnt-exist.md");
        BY_CODE.put(1366, "troubleshooting/1366-incorrect-string-value.md");
        BY_TEXT.put("LazyInitializationException", "troubleshooting/lazy-initialization-exception.md");
        BY_TEXT.put("Migration checksum mismatch", "troubleshooting/flyway-checksum-mismatch.md");
        BY_TEXT.put("Could not resolve root entity", "troubleshooting/hibernate-unknown-entity.md");
        BY_TEXT.put("Unable to locate persister", "troubleshooting/hibernate-unknown-entity.md");
        BY_TEXT.put("Unknown entity type", "troubleshooting/hibernate-unknown-entity.md");
        BY_TEXT.put("Communications link failure", "troubleshooting/2003-cant-connect-tcp.md");
    }

    private KnownErrors() {
    }

    /** Every page this table links to (a test checks that they exist). */
    public static List<String> pages() {
        return java.util.stream.Stream.concat(BY_CODE.values().stream(), BY_TEXT.values().stream()).distinct().toList();
    }

    /** The troubleshooting page for this error, or null. */
    static String page(ErrorFacts facts) {
        if (facts.vendorCode() != null && BY_CODE.containsKey(facts.vendorCode())) {
            return BY_CODE.get(facts.vendorCode());
        }
        for (String line : facts.chain()) {
            for (Map.Entry<String, String> e : BY_TEXT.entrySet()) {
                if (line.contains(e.getKey())) {
                    return e.getValue();
                }
            }
        }
        return null;
    }
}
