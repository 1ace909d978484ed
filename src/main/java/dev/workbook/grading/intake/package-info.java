/**
 * Reading untrusted submissions. A submission is a zip (as {@code workbook submit} makes it), a plain directory or a git
 * working tree. Only these files are taken, wherever they sit in it: {@code workbook-submission.json} at its root,
 * exercise scripts named {@code ID.jsh} for an exercise id, and notebooks ({@code *.ipynb}). Zips are read without
 * extracting by their own paths: absolute paths, {@code ..}, symbolic links, duplicate names, huge files and zip bombs
 * are refused and recorded, counting bytes actually inflated. Files must be UTF-8. Java sources, class files, jars and
 * files named like the checker's classes are reported as tampering and dropped. Notebooks are inspected before anything
 * runs (JSON, kernel language, exercise cells once each).
 */
package dev.workbook.grading.intake;
