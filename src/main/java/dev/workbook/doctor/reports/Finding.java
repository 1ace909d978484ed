package dev.workbook.doctor.reports;

import dev.workbook.db.Redactor;
import dev.workbook.errors.KnownError;

/**
 * One line of the doctor's report: which check, how it came out, what was found and, for a problem, the
 * condition, the fix for this server and platform, and its troubleshooting page.
 */
public record Finding(String check, Status status, String found, KnownError condition, String fix) {

    public static Finding ok(String check, String found) {
        return new Finding(check, Status.OK, found, null, null);
    }

    public static Finding info(String check, String found) {
        return new Finding(check, Status.INFO, found, null, null);
    }

    public static Finding problem(String check, Status status, String found, KnownError condition, String fix) {
        return new Finding(check, status, found, condition, fix);
    }

    /** The troubleshooting page, or null for findings that are not problems. */
    public String help() {
        return condition == null ? null : condition.help();
    }

    /**
     * The same finding as information: what is wrong does not affect the workbook (a system server it does not use),
     * so it neither warns nor fails; the fix and page stay, for whoever wants that server later.
     */
    public Finding asInformation(String why) {
        return status == Status.OK || status == Status.INFO ? this : new Finding(check, Status.INFO, found + why, condition, fix);
    }

    /** A copy in which the given secrets (and URL passwords) are masked: a report never shows a password. */
    public Finding redacted(String... secrets) {
        return new Finding(check, status, Redactor.redact(found, secrets), condition, Redactor.redact(fix, secrets));
    }
}
