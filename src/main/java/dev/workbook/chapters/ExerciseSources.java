package dev.workbook.chapters;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Collects the exercise cells of a chapter into {@link ExerciseSource}s and holds them to the format: every setup
 * cell before the first part, at least one part, exactly one driver after the last part, one exercise per chapter
 * section (its cells may not be spread over two chapters).
 */
final class ExerciseSources {
    private ExerciseSources() {
    }

    static List<ExerciseSource> of(ChapterCatalog catalog, Chapter chapter) {
        Map<String, List<Integer>> byId = new LinkedHashMap<>();
        List<Cell> cells = chapter.cells();
        for (int i = 0; i < cells.size(); i++) {
            if (cells.get(i).isExercise()) {
                byId.computeIfAbsent(cells.get(i).options().exercise(), k -> new ArrayList<>()).add(i);
            }
        }
        List<ExerciseSource> out = new ArrayList<>();
        byId.forEach((id, indexes) -> out.add(build(catalog, chapter, id, indexes)));
        return out;
    }

    private static ExerciseSource build(ChapterCatalog catalog, Chapter chapter, String id, List<Integer> indexes) {
        List<ExerciseSource.Setup> setup = new ArrayList<>();
        List<Cell> parts = new ArrayList<>();
        Cell driver = null;
        for (int index : indexes) {
            Cell c = chapter.cells().get(index);
            String where = chapter.id() + ".md:" + (c.line() - 1);
            switch (c.options().role()) {
                case SETUP -> {
                    if (!parts.isEmpty() || driver != null) {
                        throw ChapterSourceException.at(where, "a setup cell of exercise " + id + " comes after its solution",
                                "move every role=setup cell before the first role=solution cell");
                    }
                    String include = c.options().include();
                    Cell code = include == null ? c : catalog.resolve(c);
                    setup.add(new ExerciseSource.Setup(code, include, include != null && shownAbove(chapter, index, include)));
                }
                case SOLUTION -> {
                    if (driver != null) {
                        throw ChapterSourceException.at(where, "a solution part of exercise " + id + " comes after its driver",
                                "the role=driver cell is the exercise's last cell");
                    }
                    parts.add(c);
                }
                case DRIVER -> {
                    if (driver != null) {
                        throw ChapterSourceException.at(where, "exercise " + id + " has two driver cells", "merge them into one");
                    }
                    driver = c;
                }
            }
        }
        String where = chapter.id() + ".md";
        if (parts.isEmpty()) {
            throw ChapterSourceException.at(where, "exercise " + id + " has no role=solution cell",
                    "add the stub the student edits: ```java exercise=" + id + " role=solution");
        }
        if (driver == null) {
            throw ChapterSourceException.at(where, "exercise " + id + " has no role=driver cell",
                    "add the code that calls the student's parts: ```java exercise=" + id + " role=driver");
        }
        return new ExerciseSource(id, chapter, setup, parts, driver);
    }

    /** Whether the chapter, before this cell, runs the cell that {@code include} names (by name or by the same include). */
    private static boolean shownAbove(Chapter chapter, int index, String include) {
        int slash = include.indexOf('/');
        String name = include.substring(slash + 1);
        boolean sameChapter = chapter.matches(include.substring(0, slash));
        for (int i = 0; i < index; i++) {
            Cell c = chapter.cells().get(i);
            if (!c.isCode() || c.isExercise() || !c.runs()) {
                continue;
            }
            if (include.equals(c.options().include()) || (sameChapter && name.equals(c.options().name()))) {
                return true;
            }
        }
        return false;
    }
}
