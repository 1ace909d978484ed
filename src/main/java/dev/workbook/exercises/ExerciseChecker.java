package dev.workbook.exercises;

import dev.workbook.chapters.ChapterCatalog;
import dev.workbook.chapters.ExerciseSource;
import dev.workbook.db.DbTarget;
import dev.workbook.errors.WorkbookException;
import dev.workbook.exercises.checks.Checks;
import dev.workbook.exercises.checks.OnHiddenData;
import dev.workbook.sandbox.Containment;
import dev.workbook.sandbox.Ending;
import dev.workbook.sandbox.Limits;
import dev.workbook.sandbox.Piece;
import dev.workbook.sandbox.RunOutcome;
import dev.workbook.sandbox.RunRequest;
import dev.workbook.sandbox.Step;
import dev.workbook.sandbox.StepOutcome;
import dev.workbook.sandbox.StudentJvm;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Checks exercises for the terminal and the grader: the run's throwaway databases (seeded; hidden data when the exercise
 * has checks on it), the script assembled from the workbook's own setup, the student's parts and the workbook's driver,
 * run in the student JVM as steps ("visible", then "hidden": the driver again, in the same JShell, on the hidden
 * database), then the run accounts dropped and the exercise's JUnit checks run here, in the trusted process, on what the
 * code left in the databases. The checks run even when the code stopped early, so the student sees what is still missing.
 * A checker made without a student JVM starts one (in the background, while the databases are made) and closes it.
 */
public final class ExerciseChecker implements AutoCloseable {
    /** Where the workbook's own pieces come from, as reports name them (the student's pieces name their file). */
    static final String SETUP_ORIGIN = "the exercise's setup";
    static final String DRIVER_ORIGIN = "the check's code, which calls yours";

    private final DbTarget base;
    private final ChapterCatalog catalog;
    private final List<Class<?>> checkClasses;
    private final Limits limits;
    private StudentJvm jvm;
    private boolean ownsJvm;

    /** A checker with its own student JVM (default limits, bubblewrap where it works), started now in the background. */
    public ExerciseChecker(DbTarget base) {
        this(base, ChapterCatalog.load(), Checks.ALL, Limits.defaults());
        this.jvm = StudentJvm.start(limits, Containment.AUTO);
        this.ownsJvm = true;
    }

    /** A checker on a student JVM the caller owns (the grader: one per submission). */
    public ExerciseChecker(DbTarget base, StudentJvm jvm) {
        this(base, ChapterCatalog.load(), Checks.ALL, Limits.defaults());
        this.jvm = jvm;
    }

    /** A checker whose every check is given the student JVM to use (the grader: one JVM per submission). */
    public static ExerciseChecker withoutJvm(DbTarget base) {
        return new ExerciseChecker(base, ChapterCatalog.load(), Checks.ALL, Limits.defaults());
    }

    /** A checker with other chapters and check classes (tests check the checker on fixture exercises). */
    ExerciseChecker(DbTarget base, ChapterCatalog catalog, List<Class<?>> checkClasses, Limits limits) {
        this.base = base;
        this.catalog = catalog;
        this.checkClasses = List.copyOf(checkClasses);
        this.limits = limits;
    }

    /** The same, with its own student JVM. */
    static ExerciseChecker withOwnJvm(DbTarget base, ChapterCatalog catalog, List<Class<?>> checkClasses, Limits limits) {
        ExerciseChecker c = new ExerciseChecker(base, catalog, checkClasses, limits);
        c.jvm = StudentJvm.start(limits, Containment.AUTO);
        c.ownsJvm = true;
        return c;
    }

    /** Runs this checker's code in a student JVM the caller owns (tests share one). */
    ExerciseChecker using(StudentJvm shared) {
        this.jvm = shared;
        this.ownsJvm = false;
        return this;
    }

    /** The exercise as its chapter writes it (setup, parts, driver). */
    public ExerciseSource source(Exercise exercise) {
        return catalog.exercise(exercise.id()).orElseThrow(() -> WorkbookException.internal("exercise " + exercise.id()
                + " has no cells in its chapter").value(exercise.chapter()).next("add its exercise=" + exercise.id()
                + " cells to the chapter's ## Exercise section").build());
    }

    /** Reads the student's parts from a .jsh file and checks them. */
    public ExerciseResult check(Exercise exercise, Path file) {
        return check(exercise, SolutionReader.fromScript(exercise.id(), source(exercise).partCount(), file));
    }

    public ExerciseResult check(Exercise exercise, Solution solution) {
        if (jvm == null) {
            throw new IllegalStateException("this checker has no student JVM: use check(exercise, solution, jvm)");
        }
        return check(exercise, solution, jvm);
    }

    /** Checks a solution; its code runs in {@code jvm}, which serves one principal (one student, one submission). */
    public ExerciseResult check(Exercise exercise, Solution solution, StudentJvm jvm) {
        long t0 = System.nanoTime();
        ExerciseSource src = source(exercise);
        if (solution.parts().size() != src.partCount()) {
            throw WorkbookException.badInput("exercise " + exercise.id() + " has " + src.partCount() + " parts; the solution has "
                    + solution.parts().size()).value(solution.parts().isEmpty() ? exercise.id() : solution.parts().get(0).origin())
                    .next("start again from the stub: ./workbook reset " + exercise.id()).build();
        }
        List<Class<?>> classes = Checks.forExercise(checkClasses, exercise.id());
        if (classes.isEmpty()) {
            throw WorkbookException.internal("exercise " + exercise.id() + " has no checks")
                    .value("no class in " + checkClasses + " is tagged @Tag(\"" + exercise.id() + "\")").build();
        }
        boolean withHidden = hasHiddenDataChecks(classes);
        long t1 = System.nanoTime();
        try (RunSet run = RunSet.open(base, exercise, withHidden)) {
            long t2 = System.nanoTime();
            List<Step> steps = new ArrayList<>();
            steps.add(new Step("visible", pieces(src, solution), run.visible().login()));
            if (withHidden) {
                steps.add(new Step("hidden", List.of(driver(src)), run.hidden().login()));
            }
            Map<String, String> props = new LinkedHashMap<>();
            props.put(Exercises.RUN_PROPERTY, exercise.id());
            run.visible().accounts().forEach((role, a) -> props.put(Exercises.ACCOUNT_PROPERTY + role, a.encode()));
            CheckRunner.warmInBackground(classes, exercise.id());
            RunOutcome outcome = jvm.run(new RunRequest(exercise.id(), steps, props));
            long t3 = System.nanoTime();
            run.revokeAccess();
            StepOutcome hidden = outcome.steps().stream().filter(r -> r.step().equals("hidden")).findFirst().orElse(null);
            boolean hiddenRan = hidden != null && !hidden.ending().endsRun() && hidden.ending() != Ending.NOT_RUN;
            List<CheckOutcome> outcomes = CheckRunner.run(classes, exercise.id(), run.visible().context(),
                    hiddenRan ? run.hidden().context() : null,
                    withHidden && !hiddenRan ? "your code did not run to its end on the chapter's data" : null);
            String source = solution.parts().isEmpty() ? exercise.id() : solution.parts().get(0).origin();
            long t4 = System.nanoTime();
            return new ExerciseResult(exercise, source, outcome.steps(), outcomes, run.hiddenSeed(), outcome.containment(),
                    outcome.limits(), (t4 - t0) / 1_000_000, new ExerciseResult.Phases((t2 - t1) / 1_000_000, (t3 - t2) / 1_000_000,
                    (t4 - t3) / 1_000_000));
        }
    }

    static boolean hasHiddenDataChecks(List<Class<?>> classes) {
        return classes.stream().anyMatch(c -> Arrays.stream(c.getDeclaredMethods()).anyMatch(m -> m.isAnnotationPresent(OnHiddenData.class)));
    }

    /** Setup (the workbook's copy), the student's parts (lines of their own file), the driver (the workbook's copy). */
    private static List<Piece> pieces(ExerciseSource src, Solution solution) {
        List<Piece> pieces = new ArrayList<>();
        for (ExerciseSource.Setup s : src.setup()) {
            pieces.add(new Piece(SETUP_ORIGIN + " (" + s.cell().chapterId() + ".md)", s.cell().line(), s.code(), false));
        }
        for (Solution.Part p : solution.parts()) {
            pieces.add(new Piece(p.origin(), p.firstLine(), p.code(), true));
        }
        pieces.add(driver(src));
        return pieces;
    }

    private static Piece driver(ExerciseSource src) {
        return new Piece(DRIVER_ORIGIN + " (" + src.chapter().id() + ".md)", src.driver().line(),
                src.driver().text(), false);
    }

    /** The student JVM this checker runs code in (null when each check is given one). */
    StudentJvm jvm() {
        return jvm;
    }

    /** Closes the student JVM this checker started (not one it was given). */
    @Override
    public void close() {
        if (ownsJvm && jvm != null) {
            jvm.close();
        }
    }
}
