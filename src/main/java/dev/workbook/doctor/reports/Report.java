package dev.workbook.doctor.reports;

import dev.workbook.errors.ExitCode;
import dev.workbook.errors.KnownError;
import java.util.List;

/** The doctor's findings in order, and the one-line verdict. Exit code 0 exactly when nothing failed. */
public record Report(List<Finding> findings, long elapsedMillis) {

    public long count(Status s) {
        return findings.stream().filter(f -> f.status() == s).count();
    }

    public int exitCode() {
        return count(Status.FAILURE) == 0 ? ExitCode.OK.code() : ExitCode.CHECKS_FAILED.code();
    }

    public boolean has(KnownError c) {
        return findings.stream().anyMatch(f -> f.condition() == c);
    }

    public String summary() {
        long failures = count(Status.FAILURE);
        long warnings = count(Status.WARNING);
        long checks = findings.size();
        if (failures == 0 && warnings == 0) {
            return "No problems found (" + checks + " checks, " + elapsedMillis + " ms).";
        }
        return "Doctor found " + plural(failures, "failure") + " and " + plural(warnings, "warning") + " in " + checks
                + " checks (" + elapsedMillis + " ms)." + (failures > 0 ? " Fix the first failure first: later ones often follow from it." : "");
    }

    private static String plural(long n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }
}
