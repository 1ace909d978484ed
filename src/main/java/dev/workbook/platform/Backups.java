package dev.workbook.platform;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/**
 * A copy of a student's file kept before the workbook overwrites it (a reset of an exercise or a chapter), so that
 * nothing a student wrote is lost: {@code DIR/LABEL-yyyyMMdd-HHmmss-SSS-NAME}.
 */
public final class Backups {
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS");

    private Backups() {
    }

    /** Copies {@code file} into {@code dir} and returns the copy. */
    public static Path save(Path file, Path dir, String label) throws IOException {
        Files.createDirectories(dir);
        Path to = dir.resolve(label + "-" + LocalDateTime.now().format(STAMP) + "-" + file.getFileName());
        Files.copy(file, to, StandardCopyOption.REPLACE_EXISTING);
        return to;
    }
}
