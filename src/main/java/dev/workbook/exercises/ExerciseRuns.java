package dev.workbook.exercises;

import dev.workbook.errors.ExitCode;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Checks exercises in manifest order and prints the results. Like rustlings, a plain run stops at the first
 * exercise that is not solved yet (that is the one to work on); {@code keepGoing} checks them all.
 */
public final class ExerciseRuns {
    private ExerciseRuns() {
    }

    /** Returns the exit code: OK when every exercise checked passed, else the first unsolved one's. */
    public static ExitCode run(ExerciseChecker checker, List<Exercise> exercises, Function<Exercise, Path> scriptOf,
                               boolean keepGoing, boolean json, PrintWriter out) {
        List<ExerciseResult> results = new ArrayList<>();
        for (Exercise ex : exercises) {
            ExerciseResult r = checker.check(ex, scriptOf.apply(ex));
            results.add(r);
            if (!json) {
                TextReport.print(r, out);
                out.println();
            }
            if (!r.passed() && !keepGoing) {
                break;
            }
        }
        if (json) {
            out.print(JsonReport.of(results));
        } else if (exercises.size() > 1) {
            printProgress(exercises, results, out);
        }
        out.flush();
        return results.stream().filter(r -> !r.passed()).findFirst().map(ExerciseResult::exitCode).orElse(ExitCode.OK);
    }

    private static void printProgress(List<Exercise> exercises, List<ExerciseResult> results, PrintWriter out) {
        long solved = results.stream().filter(ExerciseResult::passed).count();
        out.println("progress: " + solved + " of " + exercises.size() + " exercises solved"
                + (results.size() < exercises.size() ? " (stopped at the first unsolved one; --all checks every one)" : ""));
        results.stream().filter(r -> !r.passed()).findFirst().ifPresent(r ->
                out.println("work on: " + r.script() + "   then: ./workbook check " + r.exercise().id()));
    }
}
