package dev.workbook.sql;

/**
 * One statement of a script: its text (comments other than executable ones removed), the line of the script it starts
 * on, and whether it ended with {@code \G}, which asks for the vertical layout.
 */
public record SqlStatement(String sql, int line, boolean vertical) {
}
