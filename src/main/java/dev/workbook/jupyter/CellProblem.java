package dev.workbook.jupyter;

import java.util.List;

/**
 * A code cell that did not behave: it raised an error it was not meant to, or it was tagged "raises-exception"
 * (a common-mistake cell) and ran without one. {@code cell} counts every cell from 1, as Jupyter shows them.
 */
public record CellProblem(int cell, String cellId, String source, boolean expectedError, String error) {
    public String describe() {
        StringBuilder sb = new StringBuilder();
        sb.append("cell ").append(cell);
        if (cellId != null) {
            sb.append(" (id ").append(cellId).append(')');
        }
        sb.append(expectedError ? ": tagged raises-exception but ran without an error" : ": raised an error")
                .append(System.lineSeparator());
        List<String> lines = source.lines().toList();
        lines.stream().limit(8).forEach(l -> sb.append("    | ").append(l).append(System.lineSeparator()));
        if (lines.size() > 8) {
            sb.append("    | ... (").append(lines.size() - 8).append(" more lines)").append(System.lineSeparator());
        }
        if (!expectedError) {
            error.lines().limit(12).forEach(l -> sb.append("  ").append(l).append(System.lineSeparator()));
        }
        return sb.toString().stripTrailing();
    }
}
