package dev.workbook.grading.intake;

import dev.workbook.json.Json;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The small manifest {@code workbook submit} puts at the root of a submission zip ({@value #FILE_NAME}): who it is from,
 * which workbook made it, and the SHA-256 of each file, so the instructor can see a file changed after packing. Plain
 * directories and git repositories may carry one too; without it the folder's name is the student id.
 */
public record SubmissionManifest(String student, String workbookVersion, String created, List<FileEntry> files) {
    public static final String FILE_NAME = "workbook-submission.json";
    static final int FORMAT = 1;

    /** Student ids become file names and gradebook keys: letters, digits and . _ @ + - only. */
    public static final String STUDENT_ID_PATTERN = "[A-Za-z0-9][A-Za-z0-9._@+-]{0,63}";

    public record FileEntry(String path, String sha256, long bytes) {
    }

    public SubmissionManifest {
        files = List.copyOf(files);
    }

    public String toJson() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("format", FORMAT);
        m.put("kind", "workbook-submission");
        m.put("student", student);
        m.put("workbook_version", workbookVersion);
        m.put("created", created);
        List<Object> fs = new ArrayList<>();
        for (FileEntry f : files) {
            Map<String, Object> fm = new LinkedHashMap<>();
            fm.put("path", f.path());
            fm.put("sha256", f.sha256());
            fm.put("bytes", f.bytes());
            fs.add(fm);
        }
        m.put("files", fs);
        return Json.write(m);
    }

    /** Parses a manifest; a malformed one throws IllegalArgumentException saying what is wrong. */
    @SuppressWarnings("unchecked")
    public static SubmissionManifest parse(String text) {
        Map<String, Object> m = Json.parseObject(text);
        if (!"workbook-submission".equals(m.get("kind")) || !Long.valueOf(FORMAT).equals(m.get("format"))) {
            throw new IllegalArgumentException("not a workbook submission manifest of format " + FORMAT);
        }
        Object student = m.get("student");
        if (!(student instanceof String s) || !s.matches(STUDENT_ID_PATTERN)) {
            throw new IllegalArgumentException("the student id is missing or not of the form " + STUDENT_ID_PATTERN + ": " + student);
        }
        List<FileEntry> files = new ArrayList<>();
        Object list = m.get("files");
        if (list instanceof List<?> l) {
            for (Object o : l) {
                if (o instanceof Map<?, ?> fm && fm.get("path") instanceof String p && fm.get("sha256") instanceof String h) {
                    files.add(new FileEntry(p, h, fm.get("bytes") instanceof Number n ? n.longValue() : -1));
                }
            }
        }
        return new SubmissionManifest(s, String.valueOf(m.get("workbook_version")), String.valueOf(m.get("created")), files);
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
