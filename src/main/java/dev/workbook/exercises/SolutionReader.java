package dev.workbook.exercises;

import dev.workbook.chapters.ExerciseJsh;
import dev.workbook.errors.WorkbookException;
import dev.workbook.json.Json;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Reads a student's solution: from a {@code .jsh} file (the parts between its "your solution" marker lines) or from a
 * notebook (the cells whose metadata says {@code workbook.exercise = ID} and {@code role = solution}, ordered by
 * {@code part}). Both read UTF-8 with or without a byte-order mark, LF or CRLF.
 */
public final class SolutionReader {
    private SolutionReader() {
    }

    /** The student's parts of an exercise's {@code .jsh} file (the number of parts is the exercise's own). */
    public static Solution fromScript(Exercise exercise, Path file) {
        return fromScript(exercise.id(), Parts.of(exercise), file);
    }

    /** The exercise's solution cells of a notebook (the number of parts is the exercise's own). */
    public static Solution fromNotebook(Exercise exercise, Path notebook) {
        return fromNotebook(exercise.id(), Parts.of(exercise), notebook);
    }

    /** The parts of {@code file}; {@code parts} is how many the exercise has. */
    public static Solution fromScript(String exercise, int parts, Path file) {
        String text = SourceText.read(file);
        List<Solution.Part> out = new ArrayList<>();
        for (ExerciseJsh.Part p : ExerciseJsh.parts(text, parts, file.toString())) {
            out.add(new Solution.Part(p.number(), p.code(), file.toString(), p.firstLine(), null));
        }
        return new Solution(exercise, out);
    }

    /** The exercise's solution cells of a notebook, by part number. */
    public static Solution fromNotebook(String exercise, int parts, Path notebook) {
        Map<String, Object> nb;
        try {
            nb = Json.parseObject(SourceText.read(notebook));
        } catch (IllegalArgumentException e) {
            throw WorkbookException.badInput("the notebook is not valid JSON").value(notebook + ": " + e.getMessage())
                    .next("open it in Jupyter and save it again, or restore the exercise's cells: ./workbook reset " + exercise
                            + " --notebook " + notebook).build();
        }
        Map<Integer, Solution.Part> byPart = new TreeMap<>();
        for (Object o : nb.get("cells") instanceof List<?> l ? l : List.of()) {
            if (!(o instanceof Map<?, ?> cell) || !(cell.get("metadata") instanceof Map<?, ?> md)
                    || !(md.get("workbook") instanceof Map<?, ?> wb)) {
                continue;
            }
            if (exercise.equals(wb.get("exercise")) && "solution".equals(wb.get("role")) && wb.get("part") instanceof Number n) {
                String id = cell.get("id") instanceof String s ? s : "?";
                byPart.put(n.intValue(), new Solution.Part(n.intValue(), source(cell.get("source")).replace("\r\n", "\n"),
                        notebook + " cell " + id, 1, id));
            }
        }
        if (byPart.size() != parts || (parts > 0 && !byPart.containsKey(parts))) {
            throw WorkbookException.badInput("the notebook does not have the " + parts + " solution cells of exercise " + exercise
                    + " (found " + byPart.size() + ")").value(notebook)
                    .next("restore them: ./workbook reset " + exercise + " --notebook " + notebook).build();
        }
        return new Solution(exercise, List.copyOf(byPart.values()));
    }

    /** Notebook text is a string or a list of lines. */
    static String source(Object source) {
        if (source instanceof List<?> l) {
            StringBuilder sb = new StringBuilder();
            l.forEach(sb::append);
            return sb.toString();
        }
        return source == null ? "" : source.toString();
    }
}
