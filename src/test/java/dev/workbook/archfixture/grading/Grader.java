package dev.workbook.archfixture.grading;

public class Grader {
}
