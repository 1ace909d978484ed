/**
 * The default provider: a MariaDB server from Maven Central binaries, unpacked once into the user's cache, one per
 * workbook home, listening on 127.0.0.1 only, attached to by every later process.
 */
package dev.workbook.db.embedded;
