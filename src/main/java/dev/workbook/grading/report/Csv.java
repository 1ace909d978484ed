package dev.workbook.grading.report;

import java.util.List;
import java.util.stream.Collectors;

/** RFC 4180 lines: fields with commas, quotes or line breaks are quoted; CRLF ends each line, as spreadsheets expect. */
final class Csv {
    private Csv() {
    }

    static String line(List<String> fields) {
        return fields.stream().map(Csv::field).collect(Collectors.joining(",")) + "\r\n";
    }

    static String field(String f) {
        if (f == null) {
            return "";
        }
        // A leading = + - @ would be a formula in a spreadsheet: a student id must never run as one.
        String s = f.matches("^[=+\\-@\\t\\r].*") && !f.matches("^-?[0-9.]+$") ? "'" + f : f;
        return s.contains(",") || s.contains("\"") || s.contains("\n") || s.contains("\r")
                ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
    }
}
