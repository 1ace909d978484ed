package dev.workbook.cli;

import dev.workbook.db.DbTarget;
import dev.workbook.db.providers.Providers;
import dev.workbook.errors.WorkbookException;
import dev.workbook.exercises.Exercise;
import dev.workbook.exercises.ExerciseChecker;
import dev.workbook.exercises.ExerciseManifest;
import dev.workbook.exercises.ExerciseRuns;
import dev.workbook.exercises.Progress;
import dev.workbook.sandbox.Containment;
import dev.workbook.sandbox.Limits;
import dev.workbook.sandbox.StudentJvm;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(name = "check", mixinStandardHelpOptions = true,
        description = {"Check an exercise in one step: your parts of notebooks/exercises/ID.jsh run on a throwaway database",
                "seeded with the exercise's data (and again on generated data, for answers computed from it), then the checks",
                "look at what your code left in the database and print each one with ✓ or ✗, and the hint for the first failing one.",
                "With no exercise: checks them in order and stops at the first one not solved yet; --all checks every one.",
                "--json: one exercise as Exercism's results.json v3; with several, a wrapper {\"version\": 3, \"status\", \"solved\",",
                "\"total\", \"exercises\": [{\"exercise\": ID, \"results\": <results.json v3>}]}.",
                "Exit codes: 0 solved, 1 not solved yet, 2 unknown exercise or file, 3 no server.",
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

    @Option(names = "--file", paramLabel = "FILE", description = "Check this file instead of notebooks/exercises/ID.jsh.")
    Path file;

    @Option(names = "--dir", paramLabel = "DIR", defaultValue = "notebooks/exercises",
            description = "Where the exercise files are (default: ${DEFAULT-VALUE}).")
    Path dir;

    @Option(names = "--json", description = "Print Exercism's results.json v3 instead of text (see above for several).")
    boolean json;

    @Option(names = "--verbose", description = "Also print what your code printed.")
    boolean verbose;

    @Option(names = "--timings", description = "Also print, on stderr, where each check's time went (bench/exercises.sh reads it).")
    boolean timings;

    @Override
    public Integer call() {
        CliContext ctx = root.ctx;
        ExerciseManifest manifest = ExerciseManifest.load();
        List<Exercise> selected = exercise == null ? manifest.all() : List.of(manifest.find(exercise));
        if (file != null && selected.size() != 1) {
            throw WorkbookException.badInput("--file needs the exercise it solves").value(file)
                    .next("workbook check 03-course-entity --file " + file).build();
        }
        var settings = options.settings(ctx);
        // The student JVM starts first, in the background: it boots while the server is reached and the databases are made.
        StudentJvm jvm = StudentJvm.start(Limits.defaults(), Containment.AUTO);
        DbTarget t;
        try {
            t = Providers.forSettings(settings).start();
        } catch (RuntimeException e) {
            jvm.close();
            throw e;
        }
        boolean terminal = System.console() != null;
        ExerciseRuns.Options o = new ExerciseRuns.Options(all, json, verbose, terminal ? ctx.err() : null, new Progress(settings.home()),
                "cli", timings ? ctx.err() : null);
        // --all on two cores or more: a second student JVM checks exercises side by side with the first.
        boolean twoAtOnce = all && selected.size() > 1 && Runtime.getRuntime().availableProcessors() >= 2;
        try (jvm; ExerciseChecker checker = new ExerciseChecker(t, jvm);
             ExerciseChecker second = twoAtOnce ? new ExerciseChecker(t) : null) {
            List<ExerciseChecker> checkers = second == null ? List.of(checker) : List.of(checker, second);
            return ExerciseRuns.run(checkers, selected, ex -> file != null ? file : dir.resolve(ex.fileName()), o, ctx.out()).code();
        }
    }
}
