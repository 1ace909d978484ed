package dev.workbook.grading.report;

/**
 * Facts about the run that produced an output directory (or, after a merge, the runs): wall time, workers, how many
 * submissions were graded and how many were reused unchanged, the shard, and the fingerprint of the instructor's checks.
 */
public record RunSummary(long wallMillis, int workers, int graded, int reused, String shard, String fingerprint,
                         String workbookVersion) {
}
