/**
 * The {@code workbook} command: one small class per subcommand under {@link dev.workbook.cli.WorkbookCli}, the top of
 * the layering. Results go to standard output, diagnostics to standard error, exit codes from
 * {@link dev.workbook.errors.ExitCode}.
 */
package dev.workbook.cli;
