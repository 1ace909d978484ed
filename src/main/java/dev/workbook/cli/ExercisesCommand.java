package dev.workbook.cli;

import dev.workbook.exercises.Exercise;
import dev.workbook.exercises.ExerciseManifest;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(name = "exercises", mixinStandardHelpOptions = true,
        description = "List the exercises in order, or show an exercise's hints.",
        subcommands = {ExercisesCommand.List.class, ExercisesCommand.Hint.class})
final class ExercisesCommand implements Callable<Integer> {
    @ParentCommand
    WorkbookCommand root;

    @Override
    public Integer call() {
        return List.print(root.ctx);
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List the exercises in order, with their chapters.")
    static final class List implements Callable<Integer> {
        @ParentCommand
        ExercisesCommand parent;

        @Override
        public Integer call() {
            return print(parent.root.ctx);
        }

        static int print(CliContext ctx) {
            for (Exercise e : ExerciseManifest.load().all()) {
                ctx.out().printf("%-24s %-22s %s%n", e.id(), "(chapter " + e.chapter().substring(0, 2) + ")", e.title());
            }
            ctx.out().println();
            ctx.out().println("solve one: edit notebooks/exercises/ID.jsh, then check it: ./workbook check ID");
            ctx.out().println("all in order, stopping at the first unsolved one: ./workbook check");
            ctx.out().println("start an exercise again: git checkout -- notebooks/exercises/ID.jsh");
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
}
