package dev.workbook.exercises;

import java.util.List;

/**
 * One exercise of the manifest. Its id ("03-course-entity") names everything that belongs to it: the cells of its
 * chapter's "## Exercise" section (exercise=ID), the stub the student edits (notebooks/exercises/ID.jsh, generated from
 * them), the reference solution (kept in the tests), the check class (tagged {@code @Tag("ID")}) and the command in the
 * chapter's text ({@code ./workbook check ID}). {@code accounts} names accounts the checker makes for each run (exercise
 * 14's "writer").
 */
public record Exercise(String id, String title, String chapter, List<Hint> hintList, List<String> accounts) {
    public Exercise {
        hintList = List.copyOf(hintList);
        accounts = List.copyOf(accounts);
    }

    /** A hint, and the checks (their method names) it helps with; a hint naming none helps with any. */
    public record Hint(List<String> checks, String text) {
        public Hint {
            checks = List.copyOf(checks);
        }

        boolean helpsWith(String check) {
            return checks.contains(check);
        }
    }

    /** Every hint's text, in order. */
    public List<String> hints() {
        return hintList.stream().map(Hint::text).toList();
    }

    /**
     * The hint for the first failing check: the first one that names it, else the first that names no check, else none.
     * Hints never name hidden checks, so a hidden check's failure gets a general hint at most.
     */
    public java.util.Optional<Hint> hintFor(String check) {
        return hintList.stream().filter(h -> h.helpsWith(check)).findFirst()
                .or(() -> hintList.stream().filter(h -> h.checks().isEmpty()).findFirst());
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
