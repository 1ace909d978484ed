package dev.workbook.archfixture.cli;

public class Command {
}
