/**
 * Everything {@code workbook grade} writes, from the grade records alone (so a merge of shards writes what a single run
 * would): the gradebook and the Canvas and Moodle import files, per-submission feedback (Markdown and HTML, hidden
 * checks unnamed, no source), results.json (Exercism v3 per exercise, plus points) and JUnit XML, and report.html,
 * the instructor's class overview with inline SVG charts. {@link dev.workbook.grading.report.OutLayout} says where.
 */
package dev.workbook.grading.report;
