package dev.workbook.cli;

/** The {@code workbook} command. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        System.exit(WorkbookCli.run(CliContext.system(), args));
    }
}
