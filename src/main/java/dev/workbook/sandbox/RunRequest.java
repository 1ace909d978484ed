package dev.workbook.sandbox;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One run: its steps share one JShell (a hidden-data step reuses the declarations of the visible one).
 * {@code systemProperties} are set in the student JVM for this run only.
 */
public record RunRequest(String label, List<Step> steps, Map<String, String> systemProperties) {
    public RunRequest {
        Objects.requireNonNull(label, "label");
        steps = List.copyOf(steps);
        systemProperties = Map.copyOf(systemProperties);
        if (steps.isEmpty()) {
            throw new IllegalArgumentException("a run needs at least one step");
        }
    }
}
