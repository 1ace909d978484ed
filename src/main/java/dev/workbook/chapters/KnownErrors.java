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
        BY_CODE.put(1048, "troubleshooting/1048-column-cannot-be-null.md");
        BY_CODE.put(1142, "troubleshooting/1142-command-denied.md");
        BY_CODE.put(1406, "troubleshooting/1406-data-too-long.md");
        BY_CODE.put(1451, "troubleshooting/foreign-key-constraint-fails.md");
        BY_CODE.put(1452, "troubleshooting/foreign-key-constraint-fails.md");
        BY_TEXT.put("LazyInitializationException", "troubleshooting/lazy-initialization-exception.md");
        BY_TEXT.put("Migration checksum mismatch", "troubleshooting/flyway-checksum-mismatch.md");
        BY_TEXT.put("Detected failed migration", "troubleshooting/flyway-failed-migration.md");
        BY_TEXT.put("but no schema history table", "troubleshooting/flyway-non-empty-schema.md");
        BY_TEXT.put("Could not interpret path expression", "troubleshooting/hql-could-not-resolve-attribute.md");
        BY_TEXT.put("Could not resolve attribute", "troubleshooting/hql-could-not-resolve-attribute.md");
        BY_TEXT.put("NoResultException", "troubleshooting/no-result-exception.md");
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

    /** The troubleshooting page for this exception (read along its causes), or null: the tour's table for other callers. */
    public static String pageFor(Throwable t) {
        return page(ErrorFacts.of(t));
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
