package dev.workbook.grading.intake;

import dev.workbook.grading.Finding;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a reader took from a submission, under the limits: accepted files by relative path, findings, the names of
 * ignored files, and the reason when the whole submission is refused. Counting is on bytes actually read.
 */
final class Collected {
    static final long RATIO_FLOOR = 1L << 20;

    final Map<String, byte[]> files = new TreeMap<>();
    final List<Finding> findings = new ArrayList<>();
    final List<String> ignored = new ArrayList<>();
    final List<String> refusedPaths = new ArrayList<>();
    private final IntakeLimits limits;
    private final EntryRules rules;
    private long total;
    private int entries;
    String rejected;

    Collected(IntakeLimits limits, EntryRules rules) {
        this.limits = limits;
        this.rules = rules;
    }

    /** Counts an entry; false (and the submission refused) once there are too many. */
    boolean countEntry() {
        if (++entries > limits.maxEntries()) {
            reject("more than " + limits.maxEntries() + " files: refused as a zip bomb or a wrong folder");
            return false;
        }
        return true;
    }

    void refuse(String path, String why) {
        findings.add(Finding.badInput(path, "refused: " + why));
        refusedPaths.add(path);
    }

    void reject(String why) {
        if (rejected == null) {
            rejected = why;
        }
    }

    /**
     * Classifies a file and, when grading takes it, reads it within the limits. {@code compressed} is the entry's
     * compressed size (or -1) for the inflation ratio. Returns false when reading must stop (the submission is refused).
     */
    boolean offer(String path, long compressed, InputStream in) throws IOException {
        EntryRules.Decision d = rules.classify(path);
        switch (d.kind()) {
            case SKIPPED_QUIETLY -> {
                return true;
            }
            case IGNORED -> {
                ignored.add(path);
                return true;
            }
            case TAMPERING -> {
                findings.add(Finding.tampering(path, d.detail()));
                return true;
            }
            default -> {
                // read below
            }
        }
        if (files.containsKey(path)) {
            refuse(path, "the same path appears twice in the zip");
            return true;
        }
        byte[] buf = new byte[64 * 1024];
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        long n = 0;
        int r;
        while ((r = in.read(buf)) > 0) {
            n += r;
            total += r;
            if (compressed > 0 && n > RATIO_FLOOR && n / compressed > limits.maxRatio()) {
                reject("zip bomb: " + path + " inflates more than " + limits.maxRatio() + "-fold (" + compressed
                        + " bytes packed, already " + n + " unpacked)");
                return false;
            }
            if (total > limits.maxTotalBytes()) {
                reject("zip bomb or wrong folder: more than " + mb(limits.maxTotalBytes()) + " unpacked in all");
                return false;
            }
            if (n > limits.maxFileBytes()) {
                refuse(path, "a huge file (over " + mb(limits.maxFileBytes()) + "); exercise scripts and notebooks are far smaller");
                return true;
            }
            out.write(buf, 0, r);
        }
        files.put(path, out.toByteArray());
        return true;
    }

    static String mb(long bytes) {
        return String.format(Locale.ROOT, "%.0f MB", bytes / 1048576.0);
    }
}
