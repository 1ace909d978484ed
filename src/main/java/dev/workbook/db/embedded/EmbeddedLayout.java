package dev.workbook.db.embedded;

import dev.workbook.config.Versions;
import dev.workbook.config.ConfigKey;
import dev.workbook.config.Settings;
import java.nio.file.Path;
import java.util.Locale;

/** Where the embedded server keeps its files. The data directory persists in the workbook home. */
record EmbeddedLayout(Path dir, Path dataDir, Path binaries, String version) {

    static EmbeddedLayout of(Settings settings) {
        Path dir = settings.home().resolve("embedded");
        String configured = settings.get(ConfigKey.EMBEDDED_DATA_DIR);
        Path data = configured == null ? dir.resolve("data") : Path.of(configured).toAbsolutePath().normalize();
        String version = Versions.embeddedMariaDb();
        return new EmbeddedLayout(dir, data, cacheDir().resolve("mariadb-" + version + "-" + Os.current().dir), version);
    }

    /** Unpacked binaries are shared by every workbook home of this user (about 350 MB once). */
    static Path cacheDir() {
        String explicit = System.getenv("WORKBOOK_CACHE_DIR");
        if (explicit != null && !explicit.isBlank()) {
            return Path.of(explicit).toAbsolutePath();
        }
        String xdg = System.getenv("XDG_CACHE_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".cache");
        return base.resolve("workbook");
    }

    Path stateFile() {
        return dir.resolve("server.properties");
    }

    Path lastPortFile() {
        return dir.resolve("last-port.properties");
    }

    Path credentialsFile() {
        return dir.resolve("credentials.properties");
    }

    Path lockFile() {
        return dir.resolve("server.lock");
    }

    Path errorLog() {
        return dir.resolve("mariadb.err");
    }

    Path pidFile() {
        return dir.resolve("mariadbd.pid");
    }

    Path initFile() {
        return dir.resolve("init.sql");
    }

    Path tmpDir() {
        return dir.resolve("tmp");
    }

    /** Unix sockets are limited to about 107 bytes; long homes (test directories) get one under /tmp. */
    Path socket() {
        Path s = dir.resolve("mysqld.sock");
        if (s.toString().length() < 100) {
            return s;
        }
        return Path.of(System.getProperty("java.io.tmpdir"),
                "workbook-" + Integer.toHexString(dir.toString().hashCode()) + ".sock");
    }

    enum Os {
        LINUX("linux"), WINDOWS("winx64"), MAC("osx");

        final String dir;

        Os(String dir) {
            this.dir = dir;
        }

        static Os current() {
            String n = System.getProperty("os.name").toLowerCase(Locale.ROOT);
            if (n.contains("win")) {
                return WINDOWS;
            }
            return n.contains("mac") ? MAC : LINUX;
        }

        String exe(String name) {
            return this == WINDOWS ? name + ".exe" : name;
        }
    }
}
