/**
 * Databases and accounts for runs of untrusted code: {@link dev.workbook.sandbox.db.RunDatabase} (one database
 * {@code wbx_<12 hex>} and an account of the same name limited to it, held by a lease lock) and
 * {@link dev.workbook.sandbox.db.RunDatabases#sweep} (removes what dead runs left). Everything here runs in the
 * trusted process, through the administrative account; the student's code only ever gets a run account's login.
 */
package dev.workbook.sandbox.db;
