package dev.workbook.exercises;

import dev.workbook.Workbook;
import dev.workbook.config.Settings;
import dev.workbook.db.DbTarget;
import dev.workbook.errors.WorkbookException;
import dev.workbook.exercises.checks.Checks;
import dev.workbook.sandbox.Limits;
import dev.workbook.sandbox.StepOutcome;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A notebook's check cell: the run's databases (seeded), the driver in the student's own kernel on each of them, the run
 * accounts dropped, then the same JUnit checks as the terminal and the grader, a ✓/✗ report in the cell, and progress when
 * passed. The kernel is the student's own: the Workbook facade is pointed at the run database for the driver and back
 * afterwards, and the checks read the run database through their own context. A System.exit in the student's code ends the
 * kernel: nothing is printed or recorded as passed then.
 */
final class InKernelCheck {
    /** Where progress is kept; tests point it at a private home (a kernel has WORKBOOK_HOME). */
    static volatile java.nio.file.Path progressHome;

    private InKernelCheck() {
    }

    static void run(String id, Exercises.Driver driver, PrintStream cellOut) {
        PrintWriter out = new PrintWriter(new java.io.OutputStreamWriter(cellOut, StandardCharsets.UTF_8), true);
        long t0 = System.nanoTime();
        DbTarget before = null;
        try {
            Exercise ex = ExerciseManifest.load().find(id);
            List<Class<?>> classes = Checks.forExercise(Checks.ALL, ex.id());
            boolean withHidden = ExerciseChecker.hasHiddenDataChecks(classes);
            before = Workbook.target();
            Limits limits = Limits.defaults();
            List<StepOutcome> steps = new ArrayList<>();
            List<CheckOutcome> outcomes;
            long hiddenSeed;
            long t1 = System.nanoTime();
            long t2;
            long t3;
            try (RunSet run = RunSet.open(before, ex, withHidden)) {
                t2 = System.nanoTime();
                hiddenSeed = run.hiddenSeed();
                Exercises.checking(true, run.visible().accounts());
                StepOutcome visible = DriverRun.run("visible", driver, run.visible().studentTarget(before), limits,
                        run.visible().db()::revokeAndKill);
                steps.add(visible);
                String hiddenWhy = null;
                if (withHidden && !visible.ending().endsRun()) {
                    steps.add(DriverRun.run("hidden", driver, run.hidden().studentTarget(before), limits, run.hidden().db()::revokeAndKill));
                } else if (withHidden) {
                    hiddenWhy = "your code did not run to its end on the chapter's data";
                }
                Workbook.use(before);
                Exercises.checking(false, Map.of());
                t3 = System.nanoTime();
                run.revokeAccess();
                outcomes = CheckRunner.run(classes, ex.id(), run.visible().context(),
                        run.hidden() != null && hiddenWhy == null ? run.hidden().context() : null, hiddenWhy);
            }
            long t4 = System.nanoTime();
            ExerciseResult r = new ExerciseResult(ex, "the cells of this notebook", steps, outcomes, hiddenSeed,
                    "in this notebook's kernel", limits, (t4 - t0) / 1_000_000,
                    new ExerciseResult.Phases((t2 - t1) / 1_000_000, (t3 - t2) / 1_000_000, (t4 - t3) / 1_000_000));
            TextReport.print(r, out, TextReport.Next.notebook(), true);
            new Progress(progressHome != null ? progressHome : Settings.fromEnvironment().home()).record(ex.id(), r.passed(), "notebook");
        } catch (WorkbookException e) {
            out.println("✗ the check could not run: " + e.render());
        } catch (Throwable t) {
            out.println("✗ the check itself failed (not your code): " + t);
            out.println("  next: run the cell again; if it keeps failing, run ./workbook doctor and report it with this message");
        } finally {
            if (before != null) {
                Workbook.use(before);
            }
            Exercises.checking(false, Map.of());
            out.flush();
        }
    }
}
