package dev.workbook.chapters;

import java.util.List;

/**
 * Writes a chapter as a JShell script for plain {@code jshell}: Markdown becomes // comments, code cells
 * stay as they are, cells that are only shown are commented out, and the script ends with /exit. The exercise's cells
 * are left out: they live in {@code notebooks/exercises/ID.jsh} ({@link ExerciseJsh}).
 */
public final class JshWriter {
    private JshWriter() {
    }

    public static String write(Chapter chapter, List<Cell> cells) {
        StringBuilder sb = new StringBuilder();
        sb.append("// ").append(chapter.id()).append(".jsh: generated from ").append(chapter.sourcePath())
                .append(" by: ").append(ChapterExport.REGENERATE_COMMAND).append("  (do not edit by hand)\n");
        sb.append("// Run it from the project directory, after ./mvnw -Dmaven.test.skip=true package:\n");
        sb.append("//   ").append(runCommand(chapter)).append("\n");
        sb.append("// Windows PowerShell:\n//   jshell --class-path \"$(Get-Content target\\classpath.txt);target\\classes\" notebooks\\jshell\\")
                .append(chapter.id()).append(".jsh\n");
        sb.append("// or: ./workbook run ").append(chapter.number())
                .append("   (which also shows each expression's value, as a notebook does; a script given to jshell runs quietly)\n\n");
        java.util.Set<String> exercises = new java.util.HashSet<>();
        for (Cell c : cells) {
            if (c.isExercise()) {
                String id = c.options().exercise();
                if (exercises.add(id)) {
                    sb.append("// The exercise's cells are in ").append(ChapterExport.EXERCISE_DIR).append('/').append(id)
                            .append(".jsh; check it with: ./workbook check ").append(id).append("\n\n");
                }
            } else if (c.runs()) {
                if (c.options().expectsFailure()) {
                    sb.append("// This cell fails on purpose (expected: ").append(expected(c.options()))
                            .append("); jshell prints the error and goes on.\n");
                }
                sb.append(c.text()).append("\n\n");
            } else if (c.isCode()) {
                sb.append("// Shown only, not run:\n").append(comment(c.text())).append("\n");
            } else {
                sb.append(comment(c.text())).append("\n");
            }
        }
        return sb.append("/exit\n").toString();
    }

    /** The plain-jshell command for a chapter, as documented in the script's header. */
    public static String runCommand(Chapter chapter) {
        return "jshell --class-path \"$(cat target/classpath.txt):target/classes\" notebooks/jshell/" + chapter.id() + ".jsh";
    }

    static String expected(CellOptions o) {
        return o.expectException() != null ? o.expectException() : "SQL error " + o.expectSqlError();
    }

    private static String comment(String text) {
        StringBuilder sb = new StringBuilder();
        for (String l : text.split("\n", -1)) {
            sb.append(l.isEmpty() ? "//" : "// " + l).append('\n');
        }
        return sb.toString();
    }
}
