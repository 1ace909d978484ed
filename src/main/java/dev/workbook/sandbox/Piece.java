package dev.workbook.sandbox;

import java.util.Objects;

/**
 * A piece of the script: code from one place ({@code origin}, e.g. a file path or a notebook cell id) whose first line
 * is line {@code firstLine} there, so errors point at the student's own line. {@code studentCode} marks what the
 * student wrote (setup and driver are the workbook's own).
 */
public record Piece(String origin, int firstLine, String code, boolean studentCode) {
    public Piece {
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(code, "code");
        if (firstLine < 1) {
            throw new IllegalArgumentException("lines count from 1: " + firstLine);
        }
    }
}
