package dev.workbook.archfixture.sandbox;

import dev.workbook.archfixture.grading.Grader;

/** Not allowed: the student JVM using the grader above it. */
public class Child {
    Grader grader;
}
