package dev.workbook.exercises;

import dev.workbook.errors.ExitCode;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * {@code workbook check}: exercises in manifest order, a report each, progress recorded. Like rustlings, a plain run stops at
 * the first exercise not solved yet (the one to work on); {@code --all} checks every one, with a progress bar while it
 * runs. One exercise with {@code --json} prints Exercism's results.json v3; several print the documented wrapper.
 */
public final class ExerciseRuns {
    /**
     * How to run: check every one, JSON, with the code's output, a live bar on {@code live} (null: none), where progress is
     * kept, and where to write each check's timings (null: nowhere).
     */
    public record Options(boolean all, boolean json, boolean withOutput, PrintWriter live, Progress progress, String via,
                          PrintWriter timings) {
    }

    private ExerciseRuns() {
    }

    private static synchronized void live(Options o, int done, int total, String now) {
        if (o.live() != null && total > 1) {
            o.live().print("\r" + ProgressBar.of(done, total, 28) + (now == null ? "" : "  checking " + now) + "            ");
            o.live().flush();
        }
    }

    /** Each checker's thread takes the next exercise until none is left; results by manifest position. */
    private static ExerciseResult[] inParallel(List<ExerciseChecker> checkers, List<Exercise> exercises, Function<Exercise, Path> fileOf,
                                               Options o) {
        ExerciseResult[] done = new ExerciseResult[exercises.size()];
        RuntimeException[] failed = new RuntimeException[1];
        AtomicInteger next = new AtomicInteger();
        AtomicInteger finished = new AtomicInteger();
        live(o, 0, exercises.size(), null);
        List<Thread> threads = new ArrayList<>();
        for (ExerciseChecker c : checkers) {
            Thread t = new Thread(() -> {
                for (int i = next.getAndIncrement(); i < exercises.size() && failed[0] == null; i = next.getAndIncrement()) {
                    try {
                        done[i] = c.check(exercises.get(i), fileOf.apply(exercises.get(i)));
                    } catch (RuntimeException e) {
                        failed[0] = e;
                    }
                    live(o, finished.incrementAndGet(), exercises.size(), null);
                }
            }, "workbook-check-all");
            threads.add(t);
            t.start();
        }
        for (Thread t : threads) {
            try {
                t.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while checking", e);
            }
        }
        if (failed[0] != null) {
            throw failed[0];
        }
        return done;
    }

    /** Returns the exit code: OK when every exercise checked passed, else CHECKS_FAILED. */
    public static ExitCode run(ExerciseChecker checker, List<Exercise> exercises, Function<Exercise, Path> fileOf, Options o,
                               PrintWriter out) {
        return run(List.of(checker), exercises, fileOf, o, out);
    }

    /**
     * As above; with {@code --all} and more than one checker (each with a student JVM of its own), the exercises are checked
     * side by side, as rustlings checks them, and reported in manifest order.
     */
    public static ExitCode run(List<ExerciseChecker> checkers, List<Exercise> exercises, Function<Exercise, Path> fileOf, Options o,
                               PrintWriter out) {
        List<ExerciseResult> results = new ArrayList<>();
        List<Integer> parts = new ArrayList<>();
        ExerciseResult[] done = o.all() && checkers.size() > 1 && exercises.size() > 1
                ? inParallel(checkers, exercises, fileOf, o) : null;
        ExerciseChecker checker = checkers.get(0);
        for (int i = 0; i < exercises.size(); i++) {
            Exercise ex = exercises.get(i);
            if (done == null) {
                live(o, results.size(), exercises.size(), ex.id());
            }
            Path file = fileOf.apply(ex);
            ExerciseResult r = done != null ? done[i] : checker.check(ex, file);
            results.add(r);
            parts.add(checker.source(ex).partCount());
            if (o.progress() != null) {
                o.progress().record(ex.id(), r.passed(), o.via());
            }
            if (o.timings() != null) {
                o.timings().println("timings " + ex.id() + ": total " + r.millis() + " ms; " + r.phases() + "; in the student JVM: "
                        + String.join(", ", r.steps().stream().map(s -> s.step() + " " + s.millis() + " ms").toList()));
                o.timings().flush();
            }
            if (!o.json()) {
                if (exercises.size() == 1 || (!r.passed() && results.stream().filter(x -> !x.passed()).count() == 1)) {
                    TextReport.print(r, out, TextReport.Next.file(file.toString(), ex.id()), o.withOutput());
                    out.println();
                } else {
                    out.printf(Locale.ROOT, "%s %-24s %d of %d checks (%.1f s)%n", r.passed() ? "✓" : "✗", ex.id(), r.passedChecks(),
                            r.checks().size(), r.millis() / 1000.0);
                }
            }
            if (!r.passed() && !o.all()) {
                break;
            }
        }
        if (o.live() != null && exercises.size() > 1) {
            o.live().print("\r" + " ".repeat(70) + "\r");
            o.live().flush();
        }
        if (o.json()) {
            out.print(exercises.size() == 1 ? ResultsJson.of(results.get(0), parts.get(0))
                    : ResultsJson.ofAll(results, parts, exercises.size()));
        } else if (exercises.size() > 1) {
            long solved = results.stream().filter(ExerciseResult::passed).count();
            out.println("progress: " + ProgressBar.of(solved, exercises.size(), 28) + " exercises solved"
                    + (results.size() < exercises.size() ? " (stopped at the first unsolved one; --all checks every one)" : ""));
            results.stream().filter(r -> !r.passed()).findFirst().ifPresent(r ->
                    out.println("work on: " + r.source() + "   then: ./workbook check " + r.exercise().id()));
        }
        out.flush();
        return results.stream().allMatch(ExerciseResult::passed) ? ExitCode.OK : ExitCode.CHECKS_FAILED;
    }
}
