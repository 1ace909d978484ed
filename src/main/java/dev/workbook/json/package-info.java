/** The workbook's one JSON codec, {@link dev.workbook.json.Json}: Jackson underneath, strict on input. */
package dev.workbook.json;
