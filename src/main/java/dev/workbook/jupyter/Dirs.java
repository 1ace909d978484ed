package dev.workbook.jupyter;

import dev.workbook.platform.FileTrees;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

final class Dirs {
    private Dirs() {
    }

    /** {@link FileTrees#delete} for this package's callers, which report I/O failures unchecked. */
    static void deleteTree(Path dir) {
        try {
            FileTrees.delete(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("could not delete " + dir, e);
        }
    }
}
