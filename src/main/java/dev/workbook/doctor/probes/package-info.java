/**
 * Observations without verdicts: a server's greeting read without credentials, mysqld/mariadbd processes, service
 * states, option files, the program listening on a port. Each is bounded in time and never changes anything.
 */
package dev.workbook.doctor.probes;
