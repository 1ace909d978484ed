package dev.workbook.cli;

import dev.workbook.errors.WorkbookException;
import dev.workbook.db.DbTarget;
import dev.workbook.db.providers.Providers;
import dev.workbook.exercises.Exercise;
import dev.workbook.exercises.ExerciseChecker;
import dev.workbook.exercises.ExerciseManifest;
import dev.workbook.exercises.ExerciseRuns;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(name = "check", mixinStandardHelpOptions = true,
        description = {"Check an exercise in one step: runs your script (notebooks/exercises/ID.jsh) in a throwaway "
                + "database, then checks what it left in the database, and prints each check with ✓ or ✗.",
                "With no exercise: checks them in order and stops at the first one not solved yet.",
                "Exit codes: 0 solved, 1 not solved yet, 2 unknown exercise or script, 3 no server.",
                "Examples:  workbook check 03-course-entity    workbook check 03    workbook check --all --json"})
final class CheckCommand implements Callable<Integer> {
    @ParentCommand
    WorkbookCommand root;

    @Mixin
    ConnectionOptions options;

    @Parameters(arity = "0..1", paramLabel = "EXERCISE", description = "An exercise: its id (03-course-entity), number (03) or slug.")
    String exercise;

    @Option(names = "--all", description = "Check every exercise, even after one that is not solved.")
    boolean all;

    @Option(names = "--file", paramLabel = "SCRIPT", description = "Check this script instead of notebooks/exercises/ID.jsh.")
    Path file;

    @Option(names = "--dir", paramLabel = "DIR", defaultValue = "notebooks/exercises",
            description = "Where the exercise scripts are (default: ${DEFAULT-VALUE}).")
    Path dir;

    @Option(names = "--json", description = "Print results as JSON (Exercism results.json v3 shape) instead of text.")
    boolean json;

    @Option(names = "--verbose", description = "Also print what the script prints while it runs.")
    boolean verbose;

    @Override
    public Integer call() {
        CliContext ctx = root.ctx;
        ExerciseManifest manifest = ExerciseManifest.load();
        List<Exercise> selected = exercise == null ? manifest.all() : List.of(manifest.find(exercise));
        if (file != null && selected.size() != 1) {
            throw WorkbookException.badInput("--file needs the exercise it solves").value(file)
                    .next("workbook check 03-course-entity --file " + file).build();
        }
        DbTarget t = Providers.forSettings(options.settings(ctx)).start();
        ExerciseChecker checker = new ExerciseChecker(t);
        if (verbose) {
            checker.echoTo(TranscriptStream.of(ctx.out()));
        }
        return ExerciseRuns.run(checker, selected, ex -> file != null ? file : dir.resolve(ex.fileName()),
                all, json, ctx.out()).code();
    }
}
