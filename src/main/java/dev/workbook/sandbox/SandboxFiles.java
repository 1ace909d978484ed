package dev.workbook.sandbox;

import dev.workbook.db.embedded.EmbeddedProvider;
import dev.workbook.platform.FileTrees;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Where the sandbox keeps things: made-once files (filtered class path jars, the class-data-sharing archive) under
 * the workbook's cache, and one private directory per student JVM under the temporary directory (its control and
 * database sockets, and its work directory), removed when that JVM is retired.
 */
final class SandboxFiles {
    private SandboxFiles() {
    }

    static Path cacheDir() {
        String explicit = System.getProperty("workbook.sandbox.cache");
        return explicit != null ? Path.of(explicit) : EmbeddedProvider.binariesCacheDir().resolve("sandbox");
    }

    /** A new directory only this user can enter; short, because a Unix socket path must fit in about 100 bytes. */
    static Path newJvmDir() {
        try {
            Path base = Path.of(System.getProperty("java.io.tmpdir"));
            if (base.toString().length() > 60 && Files.isDirectory(Path.of("/tmp"))) {
                base = Path.of("/tmp");
            }
            Path dir;
            try {
                dir = Files.createTempDirectory(base, "wbx-", PosixFilePermissions.asFileAttribute(
                        PosixFilePermissions.fromString("rwx------")));
            } catch (UnsupportedOperationException e) {
                dir = Files.createTempDirectory(base, "wbx-");
            }
            Files.createDirectories(dir.resolve("work").resolve("tmp"));
            return dir.toRealPath();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a private directory for the student JVM", e);
        }
    }

    static void delete(Path dir) {
        try {
            FileTrees.delete(dir);
        } catch (IOException | UncheckedIOException e) {
            // A leftover under the temporary directory is harmless; the OS cleans it.
        }
    }
}
