package dev.workbook.archfixture.nowhere;

/** A package in no layer. */
public class Stray {
}
