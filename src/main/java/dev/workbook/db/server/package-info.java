/**
 * The server provider: an existing MySQL or MariaDB server, local or remote, which the workbook never starts or stops.
 */
package dev.workbook.db.server;
