package dev.workbook.grading.shard;

import dev.workbook.errors.WorkbookException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * One part of a batch split across machines: {@code --shard i/n} takes the submissions whose name hashes to i (1-based)
 * among n. The split depends only on each submission's name, so every machine computes the same one, and adding a
 * submission moves no other.
 */
public record Shard(int index, int count) {
    public static final Shard ALL = new Shard(1, 1);

    public Shard {
        if (count < 1 || index < 1 || index > count) {
            throw WorkbookException.badInput("a shard is i/n with 1 <= i <= n").value(index + "/" + count)
                    .next("workbook grade submissions/ --out out-1 --shard 1/4").build();
        }
    }

    public static Shard parse(String text) {
        String[] p = text == null ? new String[0] : text.trim().split("/");
        try {
            if (p.length == 2) {
                return new Shard(Integer.parseInt(p[0].trim()), Integer.parseInt(p[1].trim()));
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw WorkbookException.badInput("a shard is written i/n, for example 2/4").value(text)
                .next("workbook grade submissions/ --out out-2 --shard 2/4").build();
    }

    public boolean includes(String submissionName) {
        if (count == 1) {
            return true;
        }
        try {
            byte[] h = MessageDigest.getInstance("SHA-256").digest(submissionName.getBytes(StandardCharsets.UTF_8));
            long v = ((h[0] & 0xffL) << 24) | ((h[1] & 0xffL) << 16) | ((h[2] & 0xffL) << 8) | (h[3] & 0xffL);
            return v % count == index - 1;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public String toString() {
        return index + "/" + count;
    }
}
