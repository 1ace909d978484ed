package dev.workbook.archfixture.errors;

import dev.workbook.archfixture.cli.Command;

/** The bottom layer using the top one. */
public class Failure {
    Command command;
}
