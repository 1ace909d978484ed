/**
 * What the doctor found ({@link dev.workbook.doctor.reports.Finding}, {@link dev.workbook.doctor.reports.Report}) and
 * how it prints: text or JSON.
 */
package dev.workbook.doctor.reports;
