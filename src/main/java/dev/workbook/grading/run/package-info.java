/**
 * Running a class's grading: {@link dev.workbook.grading.run.GradingRun} reads each submission (intake), grades it in a
 * grader session of its own on one of N workers (one per core by default) and writes its record, reusing the record of
 * an unchanged submission graded with unchanged checks; {@link dev.workbook.grading.run.Progress} shows a bar and an ETA.
 * {@link dev.workbook.grading.run.SubmissionGrader} is what grading needs from the exercise checker; the real one runs
 * each submission's code in its own student JVM against run databases with their own accounts.
 */
package dev.workbook.grading.run;
