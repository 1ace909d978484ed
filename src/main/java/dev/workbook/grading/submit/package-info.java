/**
 * The student's side of class grading: {@code workbook submit} packs the exercise scripts and the chapter notebooks with
 * exercise cells, with a manifest (student id, workbook version, file hashes), into one zip laid out as grading reads it.
 */
package dev.workbook.grading.submit;
