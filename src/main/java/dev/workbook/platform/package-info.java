/**
 * What the workbook needs from the operating system, in one place: who the user is, file locks between processes,
 * owner-only secret files, removing directory trees, and free ports on 127.0.0.1.
 */
package dev.workbook.platform;
