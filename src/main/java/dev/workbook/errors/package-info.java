/**
 * The workbook's error model and its one error catalogue.
 * <ul>
 *   <li>{@link dev.workbook.errors.WorkbookException}: a failure a user can act on (what failed, the offending value,
 *       the next step, a troubleshooting page), and {@link dev.workbook.errors.ExitCode}, the exit codes every command
 *       uses.</li>
 *   <li>{@link dev.workbook.errors.KnownError}: every error the workbook recognises, with its meaning, next step, page
 *       in troubleshooting/ and whether it means "environment not ready".</li>
 *   <li>{@link dev.workbook.errors.ErrorCatalogue#explain(Throwable)}: the one method every feature calls to read an
 *       error (the doctor, the chapter runner, {@code workbook sql}, {@code Workbook.sql}, exercise checks, notebooks,
 *       the web layer), giving a {@link dev.workbook.errors.Diagnosis}.</li>
 * </ul>
 */
package dev.workbook.errors;
