/**
 * The workbook's error model: {@link dev.workbook.errors.WorkbookException} (what failed, the offending value, the next
 * step, a troubleshooting page) and the exit codes every command uses ({@link dev.workbook.errors.ExitCode}).
 */
package dev.workbook.errors;
