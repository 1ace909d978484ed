package dev.workbook.exercises;

import java.util.List;

/**
 * One exercise of the manifest. Its id ("03-course-entity") names everything that belongs to it: the stub the
 * student edits (notebooks/exercises/ID.jsh), the reference solution (kept in the tests, never shipped), the check
 * class (tagged {@code @Tag("ID")}) and the command in the chapter's text ({@code ./workbook check ID}).
 */
public record Exercise(String id, String title, String chapter, List<String> hints) {
    public Exercise {
        hints = List.copyOf(hints);
    }

    /** The number the id starts with ("03"). */
    public String number() {
        return id.substring(0, 2);
    }

    /** The stub's file name, the same in notebooks/exercises and in the reference directory. */
    public String fileName() {
        return id + ".jsh";
    }

    /** Whether "03", "3", "03-course-entity" or "course-entity" names this exercise. */
    boolean matches(String ref) {
        String r = ref.trim().toLowerCase(java.util.Locale.ROOT);
        if (r.endsWith(".jsh")) {
            r = r.substring(0, r.length() - 4);
        }
        if (r.matches("\\d{1,2}")) {
            return Integer.parseInt(r) == Integer.parseInt(number());
        }
        return r.equals(id) || r.equals(id.substring(3));
    }
}
