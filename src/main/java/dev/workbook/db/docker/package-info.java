/**
 * The docker provider: a pinned MySQL (or compatible) image through Testcontainers, kept alive by a small keeper
 * process.
 */
package dev.workbook.db.docker;
