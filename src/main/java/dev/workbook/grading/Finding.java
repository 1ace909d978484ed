package dev.workbook.grading;

/**
 * Something about a submission an instructor should know, recorded while grading goes on: input that was refused
 * (a zip entry escaping its folder, a notebook that is not JSON), an attempt to ship the checker's own files, or a
 * note (a file changed after {@code workbook submit} hashed it).
 */
public record Finding(Kind kind, String file, String detail) {
    public enum Kind {
        /** Refused or unreadable input; what it would have held is graded as missing. */
        BAD_INPUT,
        /** Files or code that imitate or replace the checker's; ignored, they gain nothing. */
        TAMPERING,
        /** Worth knowing, harmless. */
        NOTE
    }

    public static Finding badInput(String file, String detail) {
        return new Finding(Kind.BAD_INPUT, file, detail);
    }

    public static Finding tampering(String file, String detail) {
        return new Finding(Kind.TAMPERING, file, detail);
    }

    public static Finding note(String file, String detail) {
        return new Finding(Kind.NOTE, file, detail);
    }

    /** "file: detail", or the detail alone when it concerns the whole submission. */
    public String describe() {
        return file == null || file.isEmpty() ? detail : file + ": " + detail;
    }
}
