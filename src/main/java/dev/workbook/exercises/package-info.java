/**
 * Exercises: written once in their chapter, solved in the notebook or in a {@code .jsh} file, checked against the
 * database by the same JUnit checks in the notebook, in the terminal and in class grading.
 *
 * <h2>One id, one manifest, one source</h2>
 * {@code src/main/resources/exercises/exercises.txt} lists the exercises in order ({@link dev.workbook.exercises.ExerciseManifest}):
 * chapter, title, hints (a hint may name the checks it helps with; the hint shown is the one for the first failing check),
 * and the accounts the checker makes for a run. The exercise's cells are in its chapter's "## Exercise" section
 * ({@code exercise=ID role=setup|solution|driver}, see {@link dev.workbook.chapters.ExerciseSource}); the chapter notebook's cells
 * and {@code notebooks/exercises/ID.jsh} are generated from them. References: {@code src/test/resources/exercises/reference/ID.jsh}
 * (the stub with its parts solved; the jar carries them for {@code workbook exercises solution ID}, shown only after a pass).
 *
 * <h2>A check in the terminal or the grader</h2>
 * {@link dev.workbook.exercises.ExerciseChecker}: the run databases ({@code RunSet}: the sandbox's run databases, seeded with the
 * exercise's VISIBLE data and, when the exercise has {@code @OnHiddenData} checks, a HIDDEN variant from a recorded random seed),
 * the script assembled from the workbook's own setup, the student's parts ({@link dev.workbook.exercises.Solution}, read by
 * {@link dev.workbook.exercises.SolutionReader}) and the workbook's driver, run in the student JVM as a "visible" and a "hidden"
 * step; then the run accounts dropped and the checks run here ({@code CheckRunner}, JUnit Platform Launcher), with a
 * {@link dev.workbook.exercises.checks.CheckContext} bound to the run's database. The result
 * ({@link dev.workbook.exercises.ExerciseResult}) carries per-check outcomes with points and hidden flags, the steps' endings,
 * reasons and output, the containment and limits, and where the time went. Reports: text ({@code TextReport}) and Exercism's
 * results.json v3 ({@code ResultsJson}).
 *
 * <h2>A check in a notebook</h2>
 * {@link dev.workbook.exercises.Exercises#check}: the same databases and checks, the driver run in the student's own kernel
 * ({@code InKernelCheck}), a ✓/✗ report printed in the cell; it never throws.
 *
 * <h2>Progress, watch, reset</h2>
 * {@link dev.workbook.exercises.Progress} ({@code progress.json} in the workbook home, written by every kind of check),
 * {@link dev.workbook.exercises.WatchSession} ({@code workbook watch}), {@link dev.workbook.exercises.ExerciseReset}
 * ({@code workbook reset ID [--notebook]}).
 */
package dev.workbook.exercises;
