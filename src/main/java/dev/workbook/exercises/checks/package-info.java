/**
 * The exercises' checks and seeds: what the instructor writes per exercise, and nothing that student code needs (the student
 * JVM's class path leaves this package out). Imports nothing of {@code dev.workbook.exercises}.
 *
 * <ul>
 *   <li>One JUnit 5 class per exercise, {@code @Tag("ID")}, listed in {@link dev.workbook.exercises.checks.Checks}; methods
 *   with {@code @DisplayName} in plain words and {@code @Order}; {@link dev.workbook.exercises.checks.Points},
 *   {@link dev.workbook.exercises.checks.Hidden} (counts, never named in feedback),
 *   {@link dev.workbook.exercises.checks.OnHiddenData} (also run on the hidden variant) and
 *   {@link dev.workbook.exercises.checks.Part} (results.json's task_id).</li>
 *   <li>Checks read the run's database only through {@link dev.workbook.exercises.checks.CheckContext}, which the trusted
 *   checker binds (the administrative account on that database), never through the Workbook facade; {@code Db} has the
 *   queries (rows as text, INFORMATION_SCHEMA, grants, the driver's saved answers), {@code Expect} the tutor-style
 *   assertions (expected vs found as small tables, the missing table or column named, "never ran" when an answer was
 *   never saved), which throw AssertionFailedError without JUnit's expected/actual noise.</li>
 *   <li>{@link dev.workbook.exercises.checks.Seeds}: per exercise with data, the DDL and rows of the VISIBLE variant (the
 *   chapter's) and a HIDDEN one generated from a random seed (other names, counts, ids and dates; the names the task
 *   refers to kept). Checks compute expected values from the database and the seed, so they hold on both.</li>
 * </ul>
 */
package dev.workbook.exercises.checks;
