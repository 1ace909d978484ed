package dev.workbook.cli;

import dev.workbook.chapters.ChapterCatalog;
import dev.workbook.chapters.ExerciseSource;
import dev.workbook.config.Settings;
import dev.workbook.errors.WorkbookException;
import dev.workbook.exercises.Exercise;
import dev.workbook.exercises.ExerciseManifest;
import dev.workbook.exercises.ExerciseReset;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(name = "reset", mixinStandardHelpOptions = true,
        description = {"Start an exercise again, without git: writes its stub back to notebooks/exercises/ID.jsh (your file is",
                "saved in the workbook home first). With --notebook, also puts the exercise's cells of that notebook back",
                "(the solution cells and the check cell; every other cell stays as it is).",
                "Examples:  workbook reset 05    workbook reset 05 --notebook notebooks/05-querying.ipynb"})
final class ResetCommand implements Callable<Integer> {
    @ParentCommand
    WorkbookCommand root;

    @Parameters(paramLabel = "EXERCISE", description = "An exercise: its id, number or slug.")
    String exercise;

    @Option(names = "--dir", paramLabel = "DIR", defaultValue = "notebooks/exercises",
            description = "Where the exercise files are (default: ${DEFAULT-VALUE}).")
    Path dir;

    @Option(names = "--notebook", paramLabel = "NOTEBOOK", description = "Also restore the exercise's cells in this notebook.")
    Path notebook;

    @Override
    public Integer call() {
        CliContext ctx = root.ctx;
        Exercise ex = ExerciseManifest.load().find(exercise);
        ExerciseSource src = ChapterCatalog.load().exercise(ex.id()).orElseThrow(() -> WorkbookException
                .internal("exercise " + ex.id() + " has no cells in its chapter").value(ex.chapter()).build());
        Path backups = Settings.homeFrom(ctx.env()).resolve("reset-backups");
        Path file = dir.resolve(ex.fileName());
        Path saved = ExerciseReset.restoreStub(src, file, backups);
        ctx.out().println("reset " + file + " to the stub" + (saved == null ? "" : "; your version is saved as " + saved));
        if (notebook != null) {
            ExerciseReset.Restored r = ExerciseReset.restoreNotebookCells(src, notebook, backups);
            ctx.out().println("reset " + r.cells() + " cell(s) of " + ex.id() + " in " + notebook + "; the notebook was saved as " + r.savedAs());
        }
        ctx.out().println("next: solve it again, then ./workbook check " + ex.id());
        return 0;
    }
}
