package dev.workbook.jupyter;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * The outcome of executing one notebook headlessly: the wall time (kernel start included), the time its cells
 * took, and what went wrong, either cells that misbehaved or nbconvert itself failing (kernel died, timeout).
 */
public record NotebookRun(Path notebook, Path executed, Duration wallTime, Duration cellTime, int codeCells,
                          List<CellProblem> problems, String executionFailure, boolean kernelRetried) {
    public boolean passed() {
        return problems.isEmpty() && executionFailure == null;
    }

    /** A report naming the notebook, the first misbehaving cell and its error; later errors are usually its echoes. */
    public String report() {
        String name = notebook.getFileName().toString();
        if (passed()) {
            return String.format("ok      %-40s %3d code cells  %6.1f s%s", name, codeCells, wallTime.toMillis() / 1000.0,
                    kernelRetried ? "  (the kernel did not start at first; started again, see " + executed + ".first-attempt.log)" : "");
        }
        StringBuilder sb = new StringBuilder("FAILED  ").append(notebook);
        if (executionFailure != null) {
            sb.append(System.lineSeparator()).append("  the notebook could not be executed:")
                    .append(System.lineSeparator());
            executionFailure.lines().forEach(l -> sb.append("  ").append(l).append(System.lineSeparator()));
            return sb.toString().stripTrailing();
        }
        sb.append(", ").append(problems.get(0).describe());
        if (problems.size() > 1) {
            sb.append(System.lineSeparator()).append("  (").append(problems.size() - 1)
                    .append(" more cell(s) misbehaved after it: cells ")
                    .append(String.join(", ", problems.stream().skip(1).map(p -> String.valueOf(p.cell())).toList()))
                    .append("; see ").append(executed).append(')');
        }
        return sb.toString();
    }
}
