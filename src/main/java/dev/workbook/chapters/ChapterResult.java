package dev.workbook.chapters;

/** How a chapter run ended: cells run, wall time, and the failure that stopped it (null when it passed). */
public record ChapterResult(String chapterId, int cellsRun, long millis, Failure failure) {
    public boolean passed() {
        return failure == null;
    }
}
