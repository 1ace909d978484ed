/**
 * SQL tools for scripts and people: {@link dev.workbook.sql.StatementSplitter} reads scripts the way the mysql client
 * does (DELIMITER, stored-program bodies, mysqldump's executable comments, {@code \G}),
 * {@link dev.workbook.sql.SqlRunner} runs them and {@link dev.workbook.sql.TablePrinter} prints results as aligned
 * tables or vertically. Failures carry the statement and go through the error catalogue
 * ({@link dev.workbook.sql.SqlRunner#failure}).
 */
package dev.workbook.sql;
