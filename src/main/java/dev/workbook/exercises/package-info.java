/**
 * Exercises checked against the database in one step: {@code workbook check ID}.
 *
 * <h2>One id, one manifest</h2>
 * {@code src/main/resources/exercises/exercises.txt} lists the exercises in order ({@link dev.workbook.exercises.ExerciseManifest}):
 * one per chapter, each with its chapter, title and hints. The id ({@code 03-course-entity}) names the stub the student
 * edits ({@code notebooks/exercises/ID.jsh}, a JShell script whose {@code // TODO:} lines mark the edit points and which
 * throws "Delete this statement and write your own solution" until solved), the reference solution
 * ({@code src/test/resources/exercises/reference/ID.jsh}: tests only, never in the jar or the student's tree), the check
 * class (tagged {@code @Tag("ID")}, listed in {@link dev.workbook.exercises.checks.Checks}) and the command in the chapter's text.
 *
 * <h2>A check run</h2>
 * {@link dev.workbook.exercises.ExerciseChecker}: a throwaway database on the configured server (created through the
 * administrative account, granted to the application user, dropped afterwards), the script run in it by the chapters'
 * JShell-API runner (compile errors, exceptions and SQL errors reported with their line), then the exercise's JUnit 5
 * checks through the JUnit Platform Launcher. Checks read the database (rows, INFORMATION_SCHEMA, join tables,
 * {@code flyway_schema_history}), never the script's output; a query's result reaches them through
 * {@link dev.workbook.exercises.Answers}, a table in the same database. The checks run even when the script stopped, so
 * the report shows what is still missing. Reports: plain text with ✓/✗, or JSON in Exercism's results.json v3 shape.
 *
 * <h2>Adding an exercise</h2>
 * A {@code [ID]} section in the manifest, the stub and the reference, a check class tagged with the id and added to
 * {@code Checks.ALL}, and the command {@code ./workbook check ID} at the end of the chapter's exercise. The tests then prove
 * that the reference passes, the stub fails politely, and the ids agree everywhere.
 */
package dev.workbook.exercises;
