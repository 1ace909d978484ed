/**
 * What the workbook needs from the operating system, in one place: who the user is, file locks between processes,
 * owner-only secret files, and removing directory trees.
 */
package dev.workbook.platform;
