package dev.workbook.exercises;

import dev.workbook.chapters.ChapterCatalog;
import dev.workbook.chapters.ExerciseSource;
import dev.workbook.db.DbTarget;
import dev.workbook.errors.WorkbookException;
import dev.workbook.exercises.checks.Checks;
import dev.workbook.exercises.checks.OnHiddenData;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Checks one exercise for the terminal and the grader: the run's throwaway databases (seeded; hidden data when the
 * exercise has checks on it), the script assembled from the workbook's own setup, the student's parts and the workbook's
 * driver, run as steps by the student's code runner, then the run accounts dropped and the exercise's JUnit checks run
 * here, in the trusted process, on what the code left in the databases. The checks run even when the code stopped early,
 * so the student sees what is still missing.
 */
public final class ExerciseChecker {
    private final DbTarget base;
    private final ChapterCatalog catalog;
    private final List<Class<?>> checkClasses;
    private OutputStream echo = OutputStream.nullOutputStream();

    public ExerciseChecker(DbTarget base) {
        this(base, ChapterCatalog.load(), Checks.ALL);
    }

    /** A checker with other chapters and check classes (tests check the checker on fixture exercises). */
    ExerciseChecker(DbTarget base, ChapterCatalog catalog, List<Class<?>> checkClasses) {
        this.base = base;
        this.catalog = catalog;
        this.checkClasses = List.copyOf(checkClasses);
    }

    /** Also copy the student's output here while it runs (the CLI's --verbose). */
    public ExerciseChecker echoTo(OutputStream out) {
        this.echo = out;
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
        Solution s = SolutionReader.fromScript(exercise.id(), source(exercise).partCount(), file);
        return check(exercise, s);
    }

    /** Checks a solution with the student's code run in this JVM (no student JVM). */
    public ExerciseResult check(Exercise exercise, Solution solution) {
        return check(exercise, solution, new InProcessCode(catalog, RunLimits.DEFAULT, echo, base));
    }

    ExerciseResult check(Exercise exercise, Solution solution, StudentCode code) {
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
        boolean withHidden = classes.stream().anyMatch(c -> Arrays.stream(c.getDeclaredMethods())
                .anyMatch(m -> m.isAnnotationPresent(OnHiddenData.class)));
        try (RunSet run = RunSet.open(base, exercise, withHidden)) {
            List<StudentCode.Step> steps = new ArrayList<>();
            steps.add(new StudentCode.Step("visible", pieces(src, solution), run.visible().studentTarget()));
            if (withHidden) {
                steps.add(new StudentCode.Step("hidden", List.of(driver(src)), run.hidden().studentTarget()));
            }
            Map<String, String> props = new LinkedHashMap<>();
            props.put(Exercises.RUN_PROPERTY, exercise.id());
            run.visible().accounts().forEach((role, a) -> props.put(Exercises.ACCOUNT_PROPERTY + role, a.encode()));
            Exercises.checking(true, run.visible().accounts());
            List<StepResult> results;
            try {
                results = code.run(exercise.id(), steps, props);
            } finally {
                Exercises.checking(false, Map.of());
            }
            run.revokeAccess();
            StepResult hidden = results.stream().filter(r -> r.step().equals("hidden")).findFirst().orElse(null);
            boolean hiddenRan = hidden != null && hidden.ending().ranNormally();
            List<CheckOutcome> outcomes = CheckRunner.run(classes, exercise.id(), run.visible().context(),
                    hiddenRan ? run.hidden().context() : null,
                    withHidden && !hiddenRan ? "your code did not run to its end on the chapter's data" : null);
            String source = solution.parts().isEmpty() ? exercise.id() : solution.parts().get(0).origin();
            return new ExerciseResult(exercise, source, results, outcomes, run.hiddenSeed(), code.containment(), code.limits(),
                    (System.nanoTime() - t0) / 1_000_000);
        }
    }

    /** Setup (the workbook's copy), the student's parts (lines of their own file), the driver (the workbook's copy). */
    private static List<StudentCode.Piece> pieces(ExerciseSource src, Solution solution) {
        List<StudentCode.Piece> pieces = new ArrayList<>();
        for (ExerciseSource.Setup s : src.setup()) {
            pieces.add(new StudentCode.Piece("the exercise's setup (" + s.cell().chapterId() + ".md)", s.cell().line(), s.code(), false));
        }
        for (Solution.Part p : solution.parts()) {
            pieces.add(new StudentCode.Piece(p.origin(), p.firstLine(), p.code(), true));
        }
        pieces.add(driver(src));
        return pieces;
    }

    private static StudentCode.Piece driver(ExerciseSource src) {
        return new StudentCode.Piece("the check's code, which calls yours (" + src.chapter().id() + ".md)", src.driver().line(),
                src.driver().text(), false);
    }
}
