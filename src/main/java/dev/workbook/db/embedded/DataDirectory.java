package dev.workbook.db.embedded;

import dev.workbook.platform.FileTrees;
import dev.workbook.errors.WorkbookException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.function.Consumer;
import java.util.stream.Stream;

/** The embedded server's data directory: checked for writability, initialised once, never wiped. */
final class DataDirectory {
    private DataDirectory() {
    }

    static void ensureWritable(EmbeddedLayout layout) {
        for (Path dir : new Path[] {layout.dir(), layout.dataDir().getParent()}) {
            try {
                Files.createDirectories(dir);
                Path probe = Files.createTempFile(dir, ".write-test", "");
                Files.delete(probe);
            } catch (IOException | SecurityException e) {
                throw WorkbookException.badInput("the data directory is not writable").value(dir)
                        .next("fix its permissions (e.g. chown -R $USER " + dir + "), or choose another place with "
                                + "--data-dir DIR or WORKBOOK_HOME=DIR")
                        .help("troubleshooting/workbook-embedded-server.md").cause(e).build();
            }
        }
        Path data = layout.dataDir();
        if (Files.exists(data) && (!Files.isDirectory(data) || !Files.isWritable(data))) {
            throw WorkbookException.badInput("the data directory is not a writable directory").value(data)
                    .next("fix its permissions, or choose another place with --data-dir DIR")
                    .help("troubleshooting/workbook-embedded-server.md").build();
        }
    }

    /**
     * Initialises the data directory when it has never been initialised. The install runs into a scratch
     * directory that is renamed into place at the end, so a crash mid-install never leaves a half-made one.
     */
    static void ensureInstalled(Path base, EmbeddedLayout layout, Consumer<String> progress) throws IOException {
        Path data = layout.dataDir();
        if (Files.isDirectory(data.resolve("mysql"))) {
            return;
        }
        if (Files.isDirectory(data) && !isEmpty(data)) {
            throw WorkbookException.badInput("the data directory holds files but no MariaDB system tables").value(data)
                    .next("point --data-dir at an empty or new directory; nothing in " + data + " was changed")
                    .help("troubleshooting/workbook-embedded-server.md").build();
        }
        progress.accept("initialising a new data directory at " + data + " (first run only)");
        Path scratch = data.resolveSibling(data.getFileName() + ".installing");
        FileTrees.delete(scratch);
        try {
            MariaDbProcess.install(base, scratch, layout.errorLog());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw WorkbookException.internal("interrupted while initialising the data directory").build();
        }
        Files.deleteIfExists(data); // only an empty directory can be here
        Files.move(scratch, data, StandardCopyOption.ATOMIC_MOVE);
    }

    private static boolean isEmpty(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.findAny().isEmpty();
        }
    }
}
