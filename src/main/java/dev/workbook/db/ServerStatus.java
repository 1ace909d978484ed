package dev.workbook.db;

import java.util.LinkedHashMap;
import java.util.Map;

/** The answer to {@code workbook db status}: whether a server answers, and details to show (never a password). */
public record ServerStatus(boolean running, String summary, Map<String, String> details) {
    public ServerStatus {
        details = new LinkedHashMap<>(details);
    }

    public static ServerStatus stopped(String summary, Map<String, String> details) {
        return new ServerStatus(false, summary, details);
    }
}
