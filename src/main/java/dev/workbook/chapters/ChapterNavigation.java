package dev.workbook.chapters;

import java.util.List;

/**
 * The last Markdown cell of every chapter notebook: links to the previous and next chapter, the README's chapter list
 * and the troubleshooting index, generated from the catalogue so they never go stale. Written as the notebook sees
 * them (see {@link NotebookMarkdown}): they open inside Jupyter, in VS Code and on GitHub.
 */
final class ChapterNavigation {
    static final String README_CHAPTERS = "../README.md#chapters-notebooks-and-jshell-scripts";
    static final String TROUBLESHOOTING = "../troubleshooting/README.md";

    private ChapterNavigation() {
    }

    static Cell cell(Chapter chapter, List<Chapter> all) {
        int i = all.indexOf(chapter);
        StringBuilder sb = new StringBuilder("---\n**Where next:** ");
        if (i > 0) {
            sb.append("[← ").append(label(all.get(i - 1))).append("](").append(all.get(i - 1).id()).append(".ipynb) · ");
        }
        sb.append("[all chapters (README)](").append(README_CHAPTERS).append(") · ")
                .append("[troubleshooting: find your error](").append(TROUBLESHOOTING).append(")");
        if (i >= 0 && i < all.size() - 1) {
            sb.append(" · [").append(label(all.get(i + 1))).append(" →](").append(all.get(i + 1).id()).append(".ipynb)");
        }
        sb.append("\n\nThis notebook is your own copy (in the workbook home): run and change it freely. To start it afresh,"
                + " delete it and start `./workbook notebook` again.");
        return new Cell(Cell.Kind.MARKDOWN, sb.toString(), CellOptions.NONE, chapter.id(), 0);
    }

    private static String label(Chapter c) {
        return c.number() + ". " + c.title().replaceFirst("^\\d+\\.\\s*", "");
    }
}
