package dev.workbook.exercises;

import java.util.List;

/**
 * Where and why the student's code stopped: the origin of the piece (the student's file, a notebook cell, or the
 * workbook's own setup or driver), the line in it, the snippet, the problem ("the snippet does not compile"), details
 * (compiler messages, the exception chain), the SQL error code, a troubleshooting page, and the student's own method the
 * exception came from when the line is the driver's call of it.
 */
public record ScriptProblem(String origin, int line, String snippet, String problem, List<String> details, String sqlCode,
                            String help, String thrownInMethod) {
    public ScriptProblem {
        details = List.copyOf(details);
    }
}
