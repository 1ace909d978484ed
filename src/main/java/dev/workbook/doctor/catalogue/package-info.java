/**
 * The doctor's side of the error catalogue: for each {@link dev.workbook.errors.KnownError}, the exact fix for the
 * server line (MySQL 8.0/8.4/9.x, MariaDB) and platform (apt and systemd, Homebrew, Windows services) at hand. The
 * meaning, generic next step and page come from the catalogue itself.
 */
package dev.workbook.doctor.catalogue;
