/**
 * The similarity report for instructors: JPlag compares the submissions' solution code (as the checks ran it) pairwise,
 * with the stubs as base code, and the ranked pairs go to similarity.html and similarity.csv, never to students.
 */
package dev.workbook.grading.similarity;
