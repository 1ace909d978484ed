/**
 * Picks the provider the settings name; above the providers so that none of them, nor the model, depends on another.
 */
package dev.workbook.db.providers;
