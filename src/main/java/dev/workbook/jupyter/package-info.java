/**
 * Jupyter: finding a working {@code jupyter}, installing the Java kernel, running notebooks headless and serving them.
 */
package dev.workbook.jupyter;
