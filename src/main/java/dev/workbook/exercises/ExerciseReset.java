package dev.workbook.exercises;

import dev.workbook.platform.Backups;
import dev.workbook.chapters.ExerciseJsh;
import dev.workbook.chapters.ExerciseSource;
import dev.workbook.chapters.NotebookWriter;
import dev.workbook.errors.WorkbookException;
import dev.workbook.json.Json;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code workbook reset ID}: puts an exercise back as it was, without git: the stub file regenerated from the chapter's
 * source, and (given a notebook) the exercise's solution and check cells of that notebook, everything else in it kept.
 * What is replaced is saved first, so a reset by mistake loses nothing.
 */
public final class ExerciseReset {
    private ExerciseReset() {
    }

    /** Writes the stub to {@code file}; returns where the previous file was saved (null when there was none or it was the stub). */
    public static Path restoreStub(ExerciseSource ex, Path file, Path backups) {
        String stub = ExerciseJsh.write(ex);
        try {
            Path saved = null;
            if (Files.isRegularFile(file) && !Files.readString(file, StandardCharsets.UTF_8).equals(stub)) {
                saved = backup(file, backups, ex.id());
            }
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.writeString(file, stub, StandardCharsets.UTF_8);
            return saved;
        } catch (IOException e) {
            throw WorkbookException.badInput("cannot write the exercise file").value(file + ": " + e.getMessage()).build();
        }
    }

    /**
     * Puts the exercise's solution cells (and its check cell) of a notebook back to the stubs, clearing their outputs; every
     * other cell stays as the student left it. Returns how many cells were restored and where the notebook was saved first.
     */
    public static Restored restoreNotebookCells(ExerciseSource ex, Path notebook, Path backups) {
        Map<String, Object> nb;
        try {
            nb = Json.parseObject(SourceText.read(notebook));
        } catch (IllegalArgumentException e) {
            throw WorkbookException.badInput("the notebook is not valid JSON").value(notebook + ": " + e.getMessage())
                    .next("restore the whole chapter notebook instead (it is regenerated from the chapter: ./workbook chapters export)")
                    .build();
        }
        int restored = 0;
        List<?> cells = nb.get("cells") instanceof List<?> l ? l : List.of();
        for (Object o : cells) {
            if (!(o instanceof Map<?, ?> raw) || !(raw.get("metadata") instanceof Map<?, ?> md)
                    || !(md.get("workbook") instanceof Map<?, ?> wb) || !ex.id().equals(wb.get("exercise"))) {
                continue;
            }
            @SuppressWarnings("unchecked")
            Map<String, Object> cell = (Map<String, Object>) raw;
            String text = null;
            if ("solution".equals(wb.get("role")) && wb.get("part") instanceof Number n && n.intValue() >= 1
                    && n.intValue() <= ex.partCount()) {
                text = ex.part(n.intValue()).text();
            } else if ("check".equals(wb.get("role"))) {
                text = NotebookWriter.checkCell(ex);
            }
            if (text != null) {
                cell.put("source", lines(text));
                cell.put("outputs", new ArrayList<>());
                cell.put("execution_count", null);
                restored++;
            }
        }
        if (restored == 0) {
            throw WorkbookException.badInput("the notebook has no cells of exercise " + ex.id()).value(notebook)
                    .next("give the chapter's notebook, notebooks/" + ex.chapter().id() + ".ipynb (or your copy of it)").build();
        }
        try {
            Path saved = backup(notebook, backups, ex.id());
            Files.writeString(notebook, Json.write(nb), StandardCharsets.UTF_8);
            return new Restored(restored, saved);
        } catch (IOException e) {
            throw WorkbookException.badInput("cannot write the notebook").value(notebook + ": " + e.getMessage()).build();
        }
    }

    /** How a notebook reset went: cells restored, and where the notebook was saved before. */
    public record Restored(int cells, Path savedAs) {
    }

    private static List<String> lines(String text) {
        String[] l = text.split("\n", -1);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < l.length; i++) {
            out.add(i < l.length - 1 ? l[i] + "\n" : l[i]);
        }
        return out;
    }

    private static Path backup(Path file, Path backups, String id) throws IOException {
        return Backups.save(file, backups, id);
    }
}
