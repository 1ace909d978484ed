/**
 * Class grading for instructors: {@code workbook grade <submissions> --out <dir>} grades a folder of submissions (zips
 * made by {@code workbook submit}, plain directories, git working trees) with the same checks students run, and
 * {@code workbook submit} packs a student's work.
 *
 * <p>This package holds the grade model every concern shares ({@link dev.workbook.grading.SubmissionGrade},
 * {@link dev.workbook.grading.ExerciseGrade}, {@link dev.workbook.grading.CheckGrade}, {@link dev.workbook.grading.Finding})
 * and its JSON record. The concerns are sub-packages that use it, never each other sideways except as the run needs:
 * <ul>
 *   <li>{@code intake}: reading untrusted submissions safely (zip limits, path traversal, symlinks, encodings, notebooks)
 *       and the tamper scan;</li>
 *   <li>{@code run}: grading in parallel, one student JVM per submission, incremental re-grading, progress;</li>
 *   <li>{@code report}: gradebook and LMS exports, feedback, results.json, JUnit XML, the HTML class report;</li>
 *   <li>{@code similarity}: the JPlag similarity report, for the instructor only;</li>
 *   <li>{@code shard}: the deterministic {@code --shard i/n} split and the merge of shard outputs;</li>
 *   <li>{@code submit}: the student's side, packing a submission.</li>
 * </ul>
 */
package dev.workbook.grading;
