package dev.workbook.jupyter;

import dev.workbook.config.ConfigKey;
import dev.workbook.config.Settings;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The workbook settings written into kernel.json, so a kernel started from any Jupyter reaches the same database
 * as the CLI: the home (whose config.properties the kernel reads itself), the binaries cache, and every
 * non-secret WORKBOOK_* setting present in the installing environment. Passwords are never written to disk here.
 */
public final class WorkbookEnv {
    static final String CACHE_DIR = "WORKBOOK_CACHE_DIR";

    private WorkbookEnv() {
    }

    public static Map<String, String> pinned(Map<String, String> env, Path home) {
        Map<String, String> pinned = new LinkedHashMap<>();
        pinned.put(Settings.HOME_ENV, home.toAbsolutePath().normalize().toString());
        String cache = env.get(CACHE_DIR);
        if (cache != null && !cache.isBlank()) {
            pinned.put(CACHE_DIR, Path.of(cache).toAbsolutePath().toString());
        }
        for (ConfigKey k : ConfigKey.values()) {
            String v = env.get(k.envName());
            if (!k.isSecret() && v != null && !v.isBlank()) {
                pinned.put(k.envName(), v);
            }
        }
        return pinned;
    }

    /** Secret settings present in the environment, which the kernel only gets if Jupyter inherits them. */
    public static List<String> secretsLeftOut(Map<String, String> env) {
        return java.util.Arrays.stream(ConfigKey.values()).filter(ConfigKey::isSecret)
                .map(ConfigKey::envName).filter(n -> env.get(n) != null && !env.get(n).isBlank()).toList();
    }
}
