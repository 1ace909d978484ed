package dev.workbook.chapters;

import dev.workbook.errors.WorkbookException;

/** A mistake in a chapter's Markdown source, reported with the file and line to fix. */
final class ChapterSourceException {
    private ChapterSourceException() {
    }

    static WorkbookException at(String where, String what, String next) {
        return WorkbookException.badInput("chapter source: " + what).value(where).next(next).build();
    }
}
