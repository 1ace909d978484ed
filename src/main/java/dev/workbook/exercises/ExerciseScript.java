package dev.workbook.exercises;

import dev.workbook.errors.WorkbookException;
import dev.workbook.chapters.Cell;
import dev.workbook.chapters.CellOptions;
import dev.workbook.chapters.Chapter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A student's exercise script (a JShell script, as plain {@code jshell} runs it), turned into a one-cell chapter
 * for the JShell-API runner. JShell commands ({@code /exit}, {@code /open}) become blank lines, so the line numbers
 * the runner reports are the script's own.
 */
record ExerciseScript(Path path, Chapter chapter) {

    static ExerciseScript read(Exercise exercise, Path path) {
        if (!Files.isRegularFile(path)) {
            throw WorkbookException.badInput("the exercise script is not there").value(path.toAbsolutePath())
                    .next("run the command from the workbook's project directory (it has notebooks/exercises/), "
                            + "or give the script: workbook check " + exercise.id() + " --file PATH")
                    .build();
        }
        try {
            return of(exercise, path, Files.readString(path, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw WorkbookException.badInput("cannot read the exercise script").value(path + ": " + e.getMessage()).build();
        }
    }

    static ExerciseScript of(Exercise exercise, Path path, String text) {
        StringBuilder code = new StringBuilder();
        for (String line : text.replace("\r\n", "\n").split("\n", -1)) {
            code.append(line.startsWith("/") && !line.startsWith("//") && !line.startsWith("/*") ? "" : line).append('\n');
        }
        CellOptions none = new CellOptions(null, null, null, null, false);
        String source = code.toString().stripTrailing();
        List<Cell> cells = source.isBlank() ? List.of()
                : List.of(new Cell(Cell.Kind.CODE, source, none, exercise.id(), 1));
        Chapter chapter = new Chapter(exercise.id(), exercise.number(), exercise.id().substring(3),
                "exercise " + exercise.id() + ": " + exercise.title(), cells);
        return new ExerciseScript(path, chapter);
    }
}
