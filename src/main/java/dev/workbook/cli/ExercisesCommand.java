package dev.workbook.cli;

import dev.workbook.chapters.ChapterCatalog;
import dev.workbook.chapters.ExerciseJsh;
import dev.workbook.config.Settings;
import dev.workbook.exercises.Exercise;
import dev.workbook.exercises.ExerciseManifest;
import dev.workbook.exercises.Progress;
import dev.workbook.exercises.ProgressBar;
import dev.workbook.exercises.ReferenceSolution;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(name = "exercises", mixinStandardHelpOptions = true,
        description = "List the exercises with your progress, show an exercise's hints, or its reference solution once solved.",
        subcommands = {ExercisesCommand.List.class, ExercisesCommand.Hint.class, ExercisesCommand.Solution.class})
final class ExercisesCommand implements Callable<Integer> {
    @ParentCommand
    WorkbookCommand root;

    @Override
    public Integer call() {
        return List.print(root.ctx);
    }

    static Progress progress(CliContext ctx) {
        return new Progress(Settings.homeFrom(ctx.env()));
    }

    @Command(name = "list", mixinStandardHelpOptions = true,
            description = "The exercises in order: ✓ solved, → current (the first not solved yet), · to do, and a progress bar.")
    static final class List implements Callable<Integer> {
        @ParentCommand
        ExercisesCommand parent;

        @Override
        public Integer call() {
            return print(parent.root.ctx);
        }

        static int print(CliContext ctx) {
            Progress progress = progress(ctx);
            java.util.List<Exercise> all = ExerciseManifest.load().all();
            Exercise current = progress.current(all);
            for (Exercise e : all) {
                String mark = progress.passed(e.id()) ? "✓" : e == current ? "→" : "·";
                ctx.out().printf("%s %-24s %-13s %s%n", mark, e.id(), "(chapter " + e.chapter().substring(0, 2) + ")", e.title());
            }
            ctx.out().println();
            ctx.out().println("progress: " + ProgressBar.of(progress.passedCount(all), all.size(), 28) + " solved");
            if (current != null) {
                ctx.out().println("current: " + current.id() + "   solve it in notebooks/exercises/" + current.fileName()
                        + " (or in its chapter notebook), then: ./workbook check " + current.id() + "   (or: ./workbook watch)");
            }
            ctx.out().println("start an exercise again: ./workbook reset ID");
            return 0;
        }
    }

    @Command(name = "hint", mixinStandardHelpOptions = true, description = "Show every hint of an exercise.")
    static final class Hint implements Callable<Integer> {
        @ParentCommand
        ExercisesCommand parent;

        @Parameters(paramLabel = "EXERCISE", description = "An exercise: its id, number or slug.")
        String exercise;

        @Override
        public Integer call() {
            Exercise e = ExerciseManifest.load().find(exercise);
            parent.root.ctx.out().println(e.id() + ": " + e.title());
            if (e.hints().isEmpty()) {
                parent.root.ctx.out().println("  (no hints for this one)");
            }
            e.hints().forEach(h -> parent.root.ctx.out().println("  - " + h));
            return 0;
        }
    }

    @Command(name = "solution", mixinStandardHelpOptions = true,
            description = "Show the reference solution of an exercise, once your own solution passed.")
    static final class Solution implements Callable<Integer> {
        @ParentCommand
        ExercisesCommand parent;

        @Parameters(paramLabel = "EXERCISE", description = "An exercise: its id, number or slug.")
        String exercise;

        @Override
        public Integer call() {
            CliContext ctx = parent.root.ctx;
            Exercise e = ExerciseManifest.load().find(exercise);
            int parts = ChapterCatalog.load().exercise(e.id()).orElseThrow().partCount();
            java.util.List<ExerciseJsh.Part> ref = ReferenceSolution.parts(e, parts, progress(ctx));
            ctx.out().println("reference solution of " + e.id() + " (" + e.title() + "); yours passed too, and may differ:");
            for (ExerciseJsh.Part p : ref) {
                ctx.out().println();
                ctx.out().println("// part " + p.number() + " of " + ref.size());
                ctx.out().println(p.code());
            }
            return 0;
        }
    }
}
