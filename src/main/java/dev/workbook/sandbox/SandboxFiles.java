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
            tidyOnce(base);
            Path dir;
            try {
                dir = Files.createTempDirectory(base, "wbx-", PosixFilePermissions.asFileAttribute(
                        PosixFilePermissions.fromString("rwx------")));
            } catch (UnsupportedOperationException e) {
                dir = Files.createTempDirectory(base, "wbx-");
            }
            Files.createDirectories(dir.resolve("work").resolve("tmp"));
            Path real = dir.toRealPath();
            LIVE.add(real);
            return real;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a private directory for the student JVM", e);
        }
    }

    /** Directories in use; what is still here when this process exits (a CLI that exits mid-run) is removed then. */
    private static final java.util.Set<Path> LIVE = java.util.concurrent.ConcurrentHashMap.newKeySet();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> java.util.List.copyOf(LIVE).forEach(SandboxFiles::delete),
                "workbook-sandbox-cleanup"));
    }

    private static volatile boolean tidied;

    /**
     * A trusted process killed with -9 leaves its student JVMs' directories behind (sockets, an empty work directory):
     * the first new one of a process removes those older than a day (no student JVM lives that long).
     */
    private static void tidyOnce(Path base) {
        if (tidied) {
            return;
        }
        tidied = true;
        long old = System.currentTimeMillis() - 24L * 3600 * 1000;
        try (java.util.stream.Stream<Path> dirs = Files.list(base)) {
            dirs.filter(p -> p.getFileName().toString().matches("wbx-\\d+") && Files.isDirectory(p)).forEach(p -> {
                try {
                    if (Files.getLastModifiedTime(p).toMillis() < old) {
                        delete(p);
                    }
                } catch (IOException e) {
                    // Someone else's, or gone already.
                }
            });
        } catch (IOException e) {
            // Tidying is best effort.
        }
    }

    static void delete(Path dir) {
        LIVE.remove(dir);
        try {
            FileTrees.delete(dir);
        } catch (IOException | UncheckedIOException e) {
            // A leftover under the temporary directory is harmless; the OS cleans it.
        }
    }
}
