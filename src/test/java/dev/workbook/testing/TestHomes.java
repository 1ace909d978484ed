package dev.workbook.testing;

import dev.workbook.config.ConfigKey;
import dev.workbook.config.Settings;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/** Private workbook homes for tests, under target/test-homes, so tests never touch the user's ~/.workbook. */
public final class TestHomes {
    private TestHomes() {
    }

    public static Path root() {
        String r = System.getenv("WORKBOOK_TEST_ROOT");
        Path p = r != null ? Path.of(r) : Path.of("target", "test-homes");
        try {
            Files.createDirectories(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p.toAbsolutePath();
    }

    /** A new, empty home with a unique name. */
    public static Path fresh(String name) {
        try {
            return Files.createTempDirectory(root(), name + "-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The environment a workbook process with this home sees (the real environment minus workbook settings). */
    public static Map<String, String> env(Path home) {
        Map<String, String> env = new HashMap<>();
        System.getenv().forEach((k, v) -> {
            if (!k.startsWith("WORKBOOK_") || k.equals("WORKBOOK_CACHE_DIR") || k.equals("WORKBOOK_REQUIRE_ALL")) {
                env.put(k, v);
            }
        });
        env.put(Settings.HOME_ENV, home.toString());
        return env;
    }

    public static Settings settings(Path home) {
        return Settings.load(home, Map.of(), env(home));
    }

    public static Settings settings(Path home, Map<ConfigKey, String> flags) {
        return Settings.load(home, flags, env(home));
    }
}
