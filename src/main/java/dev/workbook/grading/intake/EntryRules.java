package dev.workbook.grading.intake;

import java.util.Locale;
import java.util.Set;

/**
 * Which files of a submission grading takes, by relative path: the manifest, exercise scripts named by an exercise id,
 * notebooks. Java sources, class files, jars and anything named like the checker's classes are tampering: grading uses
 * only the instructor's checks, so such files are reported and dropped. Everything else is ignored.
 */
final class EntryRules {
    enum Kind { MANIFEST, SCRIPT, NOTEBOOK, TAMPERING, IGNORED, SKIPPED_QUIETLY }

    record Decision(Kind kind, String detail) {
    }

    private final Set<String> exerciseIds;
    private final Set<String> checkerNames;

    EntryRules(Set<String> exerciseIds, Set<String> checkerNames) {
        this.exerciseIds = exerciseIds;
        this.checkerNames = checkerNames;
    }

    /** Why a path may not be used as given (absolute, climbing out with "..", odd characters), or null when it is safe. */
    static String unsafe(String name) {
        if (name.isEmpty()) {
            return "an entry without a name";
        }
        if (name.indexOf('\0') >= 0 || name.chars().anyMatch(c -> c < 0x20)) {
            return "control characters in the path";
        }
        String n = name.replace('\\', '/');
        if (n.startsWith("/") || n.matches("^[A-Za-z]:.*") || n.startsWith("~")) {
            return "an absolute path (it would be written outside the submission's folder)";
        }
        for (String seg : n.split("/")) {
            if (seg.equals("..")) {
                return "a path that climbs out of the submission's folder with ../";
            }
        }
        return null;
    }

    Decision classify(String path) {
        String n = path.replace('\\', '/');
        String lower = n.toLowerCase(Locale.ROOT);
        if (lower.startsWith(".git/") || lower.contains("/.git/") || lower.startsWith("__macosx/")
                || lower.contains(".ipynb_checkpoints/") || lower.endsWith(".ds_store")) {
            return new Decision(Kind.SKIPPED_QUIETLY, null);
        }
        String file = n.substring(n.lastIndexOf('/') + 1);
        if (n.equals(SubmissionManifest.FILE_NAME)) {
            return new Decision(Kind.MANIFEST, null);
        }
        String stem = file.contains(".") ? file.substring(0, file.indexOf('.')) : file;
        if (lower.endsWith(".java") || lower.endsWith(".class") || lower.endsWith(".jar")) {
            return new Decision(Kind.TAMPERING, "compiled or Java source files are not graded; only the instructor's checks run");
        }
        if (checkerNames.contains(stem) || lower.contains("dev/workbook/")) {
            return new Decision(Kind.TAMPERING, "named like the workbook's own checker classes; only the instructor's checks run");
        }
        if (lower.endsWith(".jsh") && exerciseIds.contains(file.substring(0, file.length() - 4))) {
            return new Decision(Kind.SCRIPT, file.substring(0, file.length() - 4));
        }
        if (lower.endsWith(".ipynb")) {
            return new Decision(Kind.NOTEBOOK, null);
        }
        return new Decision(Kind.IGNORED, null);
    }
}
