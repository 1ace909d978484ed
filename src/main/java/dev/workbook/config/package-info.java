/**
 * The workbook's settings: every key ({@link dev.workbook.config.ConfigKey}), where each value came from (flag,
 * environment, config file, default; {@link dev.workbook.config.Settings}), the config file itself and the pinned
 * versions the build filters in ({@link dev.workbook.config.Versions}).
 */
package dev.workbook.config;
