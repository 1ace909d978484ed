/**
 * The checks: machine-wide ones (installed server, processes, option files, usual sockets and port) and the configured
 * server's (greeting, login, read-only queries), each turning probes into findings with a catalogue entry and its fix.
 */
package dev.workbook.doctor.checks;
