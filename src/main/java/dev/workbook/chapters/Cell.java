package dev.workbook.chapters;

/**
 * One cell of a chapter: Markdown, or Java code with its options. {@code line} is where the cell's text
 * starts in its chapter source (1-based), so failures point at the line an author edits.
 */
public record Cell(Kind kind, String text, CellOptions options, String chapterId, int line) {
    public enum Kind { MARKDOWN, CODE }

    public boolean isCode() {
        return kind == Kind.CODE;
    }

    /** Whether the runner executes this cell (code, not marked skip). Exercise cells run only in a check. */
    public boolean runs() {
        return kind == Kind.CODE && !options.skip();
    }

    /** Whether the cell belongs to the chapter's exercise (exercise=ID role=...): the tour and `workbook run` skip it. */
    public boolean isExercise() {
        return kind == Kind.CODE && options.exercise() != null;
    }

    Cell withCode(String code, String fromChapter, int fromLine) {
        return new Cell(kind, code, options, fromChapter, fromLine);
    }
}
