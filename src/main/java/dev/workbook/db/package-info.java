/**
 * The database model every provider shares: where the database is and how to log in ({@link dev.workbook.db.DbTarget},
 * {@link dev.workbook.db.Credentials}), the {@link dev.workbook.db.Provider} interface, server versions, creating the
 * workbook database and its application account, and a bounded login probe. It knows no provider:
 * {@link dev.workbook.db.providers.Providers} sits above them and picks one.
 */
package dev.workbook.db;
