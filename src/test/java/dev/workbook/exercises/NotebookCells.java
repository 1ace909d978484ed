package dev.workbook.exercises;

import dev.workbook.chapters.Cell;
import dev.workbook.chapters.CellOptions;
import dev.workbook.chapters.Chapter;
import dev.workbook.chapters.ChapterCatalog;
import dev.workbook.chapters.ExerciseSource;
import dev.workbook.json.Json;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * An exercise's cells as its chapter notebook has them, run the way a kernel runs cells: the setup cells (the code of a
 * note that points at a cell above included), the solution cells (or other code pasted into them), and the check cell,
 * exactly as the notebook holds it.
 */
final class NotebookCells {
    private NotebookCells() {
    }

    /** The notebook's own cells, with {@code parts} (null: keep the stubs) pasted into its solution cells. */
    static Chapter of(ExerciseSource ex, Path notebook, List<String> parts) throws IOException {
        Map<String, Object> nb = Json.parseObject(Files.readString(notebook));
        List<String> code = new ArrayList<>();
        ex.setup().forEach(s -> code.add(s.code()));
        String check = null;
        for (Object o : (List<?>) nb.get("cells")) {
            Map<?, ?> cell = (Map<?, ?>) o;
            if (!(cell.get("metadata") instanceof Map<?, ?> md) || !(md.get("workbook") instanceof Map<?, ?> wb)
                    || !ex.id().equals(wb.get("exercise"))) {
                continue;
            }
            if ("solution".equals(wb.get("role"))) {
                int part = ((Number) wb.get("part")).intValue();
                code.add(parts == null ? SolutionReader.source(cell.get("source")) : parts.get(part - 1));
            } else if ("check".equals(wb.get("role"))) {
                check = SolutionReader.source(cell.get("source"));
            }
        }
        if (check == null) {
            throw new IllegalStateException(notebook + " has no check cell for " + ex.id());
        }
        code.add(check);
        List<Cell> cells = new ArrayList<>();
        CellOptions none = new CellOptions(null, null, null, null, false, null, null);
        for (String c : code) {
            cells.add(new Cell(Cell.Kind.CODE, c, none, ex.id(), 1));
        }
        return new Chapter(ex.id(), ex.id().substring(0, 2), ex.id().substring(3), "notebook cells of " + ex.id(), cells);
    }

    static ChapterCatalog catalog() {
        return ChapterCatalog.load();
    }
}
