package dev.workbook.chapters;

import java.util.List;

/**
 * One exercise as its chapter's "## Exercise" section writes it: the trusted setup cells (includes resolved), the
 * solution parts the student edits (part 1..n in order) and the trusted driver that calls them. The notebook, the
 * {@code notebooks/exercises/ID.jsh} stub and every check run are made from this one source.
 */
public record ExerciseSource(String id, Chapter chapter, List<Setup> setup, List<Cell> parts, Cell driver) {
    public ExerciseSource {
        setup = List.copyOf(setup);
        parts = List.copyOf(parts);
    }

    /**
     * A setup cell: its code (an include= cell resolved to the code it names, with that cell's origin), the include
     * reference or null, and whether the chapter already runs that cell above (then the notebook does not repeat it).
     */
    public record Setup(Cell cell, String include, boolean shownAbove) {
        public String code() {
            return cell.text();
        }
    }

    /** The stub of part {@code n} (1-based). */
    public Cell part(int n) {
        return parts.get(n - 1);
    }

    public int partCount() {
        return parts.size();
    }

    /** Where the stub file lives in a project, and the command that checks it. */
    public String stubPath() {
        return ChapterExport.EXERCISE_DIR + "/" + id + ".jsh";
    }

    public String checkCommand() {
        return "./workbook check " + id;
    }

    /** The setup code as one piece, in order (what every check run executes before the student's parts). */
    public String setupCode() {
        StringBuilder sb = new StringBuilder();
        for (Setup s : setup) {
            sb.append(s.code()).append("\n\n");
        }
        return sb.toString().stripTrailing();
    }
}
