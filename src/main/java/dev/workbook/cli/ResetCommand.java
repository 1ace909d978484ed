package dev.workbook.cli;

import dev.workbook.chapters.ChapterCatalog;
import dev.workbook.chapters.ExerciseSource;
import dev.workbook.config.Settings;
import dev.workbook.errors.WorkbookException;
import dev.workbook.exercises.Exercise;
import dev.workbook.exercises.ExerciseManifest;
import dev.workbook.exercises.ExerciseReset;
import dev.workbook.jupyter.NotebookCopies;
import dev.workbook.jupyter.ProjectDir;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(name = "reset", mixinStandardHelpOptions = true,
        description = {"Start again, without git. Whatever is overwritten is saved first in the workbook home (reset-backups/).",
                "An exercise: its stub goes back to notebooks/exercises/ID.jsh, and its cells (the parts you edit and the",
                "check cell) go back in your copy of its chapter's notebook; every other cell stays as it is.",
                "A chapter (--chapter NN) or all of them (--all-chapters): your notebook copies, which ./workbook notebook serves.",
                "Examples:  workbook reset 05    workbook reset --chapter 05    workbook reset --all-chapters"})
final class ResetCommand implements Callable<Integer> {
    @ParentCommand
    WorkbookCommand root;

    @ArgGroup(exclusive = true, multiplicity = "1")
    What what;

    static final class What {
        @Parameters(paramLabel = "EXERCISE", description = "An exercise: its id, number or slug.")
        String exercise;

        @Option(names = "--chapter", paramLabel = "CHAPTER", description = "Your notebook copy of this chapter (05, 05-querying).")
        String chapter;

        @Option(names = "--all-chapters", description = "Your notebook copies of every chapter.")
        boolean allChapters;
    }

    @Option(names = "--dir", paramLabel = "DIR", defaultValue = "notebooks/exercises",
            description = "Where the exercise files are (default: ${DEFAULT-VALUE}).")
    Path dir;

    @Option(names = "--notebook", paramLabel = "NOTEBOOK",
            description = "Restore the exercise's cells in this notebook instead of your copy in the workbook home.")
    Path notebook;

    @Override
    public Integer call() {
        CliContext ctx = root.ctx;
        Path home = Settings.homeFrom(ctx.env());
        Path backups = home.resolve("reset-backups");
        if (what.exercise == null) {
            NotebookCopies copies = new NotebookCopies(ProjectDir.detect(), home);
            List<NotebookCopies.Restored> done = what.allChapters ? copies.restoreAll(backups)
                    : List.of(copies.restore(what.chapter, backups));
            for (NotebookCopies.Restored r : done) {
                ctx.out().println("reset " + r.copy() + (r.savedAs() == null ? "" : "; your version is saved as " + r.savedAs()));
            }
            ctx.out().println("next: ./workbook notebook");
            return 0;
        }
        Exercise ex = ExerciseManifest.load().find(what.exercise);
        ExerciseSource src = ChapterCatalog.load().exercise(ex.id()).orElseThrow(() -> WorkbookException
                .internal("exercise " + ex.id() + " has no cells in its chapter").value(ex.chapter()).build());
        Path file = dir.resolve(ex.fileName());
        Path saved = ExerciseReset.restoreStub(src, file, backups);
        ctx.out().println("reset " + file + " to the stub" + (saved == null ? "" : "; your version is saved as " + saved));
        Path cells = notebook != null ? notebook
                : new NotebookCopies(ProjectDir.detect(), home).notebooks().resolve(ex.chapter() + ".ipynb");
        if (notebook != null || Files.isRegularFile(cells)) {
            ExerciseReset.Restored r = ExerciseReset.restoreNotebookCells(src, cells, backups);
            ctx.out().println("reset " + r.cells() + " cell(s) of " + ex.id() + " in " + cells + "; the notebook was saved as "
                    + r.savedAs());
        }
        ctx.out().println("next: solve it again, then ./workbook check " + ex.id());
        return 0;
    }
}
