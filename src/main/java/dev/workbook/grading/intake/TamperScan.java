package dev.workbook.grading.intake;

import dev.workbook.grading.Finding;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Looks in submitted code for attempts on the checker: classes declared with the checker's class names, code in the
 * checker's packages, JUnit imports. None of it can work (only the parts between the markers or in solution cells
 * run, in a separate JVM, and only the instructor's checks judge), but the instructor should know.
 */
final class TamperScan {
    private static final Pattern DECLARED = Pattern.compile("\\b(?:class|record|interface|enum)\\s+([A-Z][A-Za-z0-9_]*)");
    private static final Pattern PACKAGE = Pattern.compile("(?m)^\\s*package\\s+dev\\.workbook\\b");
    private static final Pattern JUNIT = Pattern.compile("\\borg\\.junit\\b|\\bdev\\.workbook\\.exercises\\.checks\\b"
            + "|\\bCheckLauncher\\b|\\bLauncherFactory\\b");

    private final Set<String> checkerNames;

    TamperScan(Set<String> checkerNames) {
        this.checkerNames = checkerNames;
    }

    List<Finding> scan(String label, String code) {
        List<Finding> out = new ArrayList<>();
        Set<String> named = new LinkedHashSet<>();
        Matcher m = DECLARED.matcher(code);
        while (m.find()) {
            if (checkerNames.contains(m.group(1))) {
                named.add(m.group(1));
            }
        }
        if (!named.isEmpty()) {
            out.add(Finding.tampering(label, "declares classes named like the checker's (" + String.join(", ", named)
                    + "); they are ignored: only the instructor's checks run"));
        }
        if (PACKAGE.matcher(code).find()) {
            out.add(Finding.tampering(label, "declares code in the workbook's own package dev.workbook; ignored"));
        }
        Matcher j = JUNIT.matcher(code);
        if (j.find()) {
            out.add(Finding.tampering(label, "refers to the test framework or the checks (" + j.group()
                    + "); submitted code cannot change how it is checked"));
        }
        return out;
    }
}
