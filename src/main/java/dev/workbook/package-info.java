/**
 * The learner's API, and nothing else: {@link dev.workbook.Workbook} (the database, a DataSource, {@code sql(...)})
 * and {@link dev.workbook.HibernateSetup} (a SessionFactory on it). Notebooks, JShell scripts and chapter cells import
 * these. Everything else lives in feature packages, in the layers ArchitectureTest keeps.
 */
package dev.workbook;
