package dev.workbook.exercises;

import dev.workbook.chapters.ChapterCatalog;

/** How many solution parts an exercise has, as its chapter writes it (the packaged chapters, read once). */
final class Parts {
    private static volatile ChapterCatalog catalog;

    private Parts() {
    }

    /** The exercise's part count; 1 for an exercise the packaged chapters do not have (the checker's own fixtures). */
    static int of(Exercise exercise) {
        ChapterCatalog c = catalog;
        if (c == null) {
            c = ChapterCatalog.load();
            catalog = c;
        }
        return c.exercise(exercise.id()).map(e -> e.partCount()).orElse(1);
    }
}
