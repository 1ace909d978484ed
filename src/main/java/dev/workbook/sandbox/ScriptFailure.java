package dev.workbook.sandbox;

import java.util.List;

/**
 * Where and why a step's script stopped: the piece's origin and the line there, the snippet, the problem in words, the
 * compiler's or exception's details, the SQL error code and troubleshooting page when known, and the student's own
 * method an exception came from (null when it came from the script's top level).
 */
public record ScriptFailure(String origin, int line, String snippet, String problem, List<String> details,
                            String sqlCode, String help, String thrownInMethod) {
    public ScriptFailure {
        details = List.copyOf(details);
    }
}
