package dev.workbook.archfixture.web;

import dev.workbook.archfixture.sandbox.Child;

/** Allowed: web is above sandbox. */
public class Page {
    Child child;
}
