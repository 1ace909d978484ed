package dev.workbook.jupyter;

import dev.workbook.json.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** Reads a notebook that nbconvert executed (errors allowed) and finds the cells that misbehaved. */
final class ExecutedNotebook {
    private static final Pattern ANSI = Pattern.compile("\u001B\\[[;\\d]*m");

    private ExecutedNotebook() {
    }

    record Analysis(int codeCells, List<CellProblem> problems, Duration cellTime) {
    }

    static Analysis analyze(Path executed) {
        Map<String, Object> nb;
        try {
            nb = Json.parseObject(Files.readString(executed));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<CellProblem> problems = new ArrayList<>();
        int index = 0;
        int code = 0;
        Instant first = null;
        Instant last = null;
        for (Object o : list(nb.get("cells"))) {
            index++;
            if (!(o instanceof Map<?, ?> cell) || !"code".equals(cell.get("cell_type"))) {
                continue;
            }
            code++;
            Map<?, ?> metadata = cell.get("metadata") instanceof Map<?, ?> m ? m : Map.of();
            List<Object> tags = list(metadata.get("tags"));
            if (tags.contains("skip-execution")) {
                continue;
            }
            if (metadata.get("execution") instanceof Map<?, ?> t) {
                Instant start = instant(t.get("iopub.execute_input"));
                Instant end = instant(t.get("shell.execute_reply"));
                first = first == null ? start : first;
                last = end != null ? end : last;
            }
            String error = errorText(list(cell.get("outputs")));
            boolean expected = tags.contains("raises-exception");
            String id = cell.get("id") instanceof String s ? s : null;
            String hidden = HiddenOutput.find(list(cell.get("outputs")));
            if (hidden != null) {
                problems.add(new CellProblem(index, id, text(cell.get("source")), false, hidden));
            } else if (error != null && !expected) {
                problems.add(new CellProblem(index, id, text(cell.get("source")), false, error));
            } else if (error == null && expected) {
                problems.add(new CellProblem(index, id, text(cell.get("source")), true, ""));
            }
        }
        Duration time = first != null && last != null ? Duration.between(first, last) : Duration.ZERO;
        return new Analysis(code, problems, time);
    }

    /** The error of a cell's outputs as the student saw it, without terminal colours; null when there is none. */
    static String errorText(List<Object> outputs) {
        for (Object o : outputs) {
            if (o instanceof Map<?, ?> out && "error".equals(out.get("output_type"))) {
                List<Object> tb = list(out.get("traceback"));
                String text = tb.isEmpty()
                        ? out.get("ename") + ": " + out.get("evalue")
                        : String.join("\n", tb.stream().map(String::valueOf).toList());
                return ANSI.matcher(text).replaceAll("").replaceAll("\\n\\s*\\n", "\n").strip();
            }
        }
        return null;
    }

    /** Notebook text fields are a string or a list of lines. */
    static String text(Object source) {
        if (source instanceof List<?> l) {
            return String.join("", l.stream().map(String::valueOf).toList());
        }
        return source == null ? "" : String.valueOf(source);
    }

    @SuppressWarnings("unchecked")
    private static List<Object> list(Object o) {
        return o instanceof List<?> l ? (List<Object>) l : List.of();
    }

    private static Instant instant(Object o) {
        try {
            return o instanceof String s ? Instant.parse(s) : null;
        } catch (RuntimeException e) {
            return null;
        }
    }
}
