package dev.workbook.config;

import dev.workbook.errors.WorkbookException;
import java.nio.file.Path;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

/**
 * The resolved settings: for each key, its value and where it came from (flag, environment, file, default).
 * Build one with {@link #load(Map, Map)}; flags win over the environment, which wins over the config file.
 */
public final class Settings {
    public enum Source { FLAG, ENVIRONMENT, CONFIG_FILE, DEFAULT }

    public static final String HOME_ENV = "WORKBOOK_HOME";
    public static final String CONFIG_FILE_NAME = "config.properties";

    private final Path home;
    private final Map<ConfigKey, String> values;
    private final Map<ConfigKey, Source> sources;

    private Settings(Path home, Map<ConfigKey, String> values, Map<ConfigKey, Source> sources) {
        this.home = home;
        this.values = values;
        this.sources = sources;
    }

    /** Settings from this process's environment and config file, with no flags. */
    public static Settings fromEnvironment() {
        return load(Map.of(), System.getenv());
    }

    /**
     * Resolves settings. {@code flags} holds values given on the command line (or by a caller), keyed as in
     * the config file; the home directory comes from {@code WORKBOOK_HOME} or defaults to ~/.workbook.
     */
    public static Settings load(Map<ConfigKey, String> flags, Map<String, String> env) {
        return load(homeFrom(env), flags, env);
    }

    /**
     * As {@link #load(Map, Map)}, and a bad flag value is reported under the flag the user typed ({@code --user}),
     * given in {@code flagNames}; keys without a name there are reported as {@code --db.user}.
     */
    public static Settings load(Map<ConfigKey, String> flags, Map<String, String> env, Map<ConfigKey, String> flagNames) {
        return load(homeFrom(env), flags, env, flagNames);
    }

    public static Settings load(Path home, Map<ConfigKey, String> flags, Map<String, String> env) {
        return load(home, flags, env, Map.of());
    }

    private static Settings load(Path home, Map<ConfigKey, String> flags, Map<String, String> env,
                                 Map<ConfigKey, String> flagNames) {
        Map<ConfigKey, String> file = ConfigFile.read(home.resolve(CONFIG_FILE_NAME));
        Map<ConfigKey, String> values = new EnumMap<>(ConfigKey.class);
        Map<ConfigKey, Source> sources = new EnumMap<>(ConfigKey.class);
        for (ConfigKey k : ConfigKey.values()) {
            String v;
            Source s;
            if (flags.get(k) != null) {
                v = flags.get(k);
                s = Source.FLAG;
                checkValue(k, v, flagNames.getOrDefault(k, "--" + k.key()), null);
            } else if (env.get(k.envName()) != null && !env.get(k.envName()).isEmpty()) {
                v = env.get(k.envName());
                s = Source.ENVIRONMENT;
                checkValue(k, v, k.key(), "environment variable " + k.envName());
            } else if (file.containsKey(k)) {
                v = file.get(k);
                s = Source.CONFIG_FILE;
            } else {
                v = k.defaultValue();
                s = Source.DEFAULT;
            }
            if (v != null) {
                values.put(k, v);
                sources.put(k, s);
            }
        }
        return new Settings(home, values, sources);
    }

    public static Path homeFrom(Map<String, String> env) {
        String h = env.get(HOME_ENV);
        if (h != null && !h.isBlank()) {
            return Path.of(h).toAbsolutePath().normalize();
        }
        return Path.of(System.getProperty("user.home"), ".workbook");
    }

    /** {@code name}: the flag as typed, or the key; {@code where}: the environment variable, or null for a flag. */
    private static void checkValue(ConfigKey k, String v, String name, String where) {
        try {
            validate(k, v);
        } catch (IllegalArgumentException e) {
            WorkbookException.Builder b = WorkbookException.badInput("invalid " + name)
                    .value(where == null ? e.getMessage() : where + ": " + e.getMessage());
            if (k == ConfigKey.PROVIDER) {
                b.next("use --provider embedded (no install), docker (needs Docker) or server (an existing MySQL/MariaDB)")
                        .help("troubleshooting/workbook-providers.md");
            } else {
                b.next("correct " + (where == null ? name : where));
            }
            throw b.build();
        }
    }

    /** Throws IllegalArgumentException with a short reason when the value is not valid for the key. */
    static void validate(ConfigKey k, String v) {
        switch (k) {
            case PROVIDER -> {
                if (ProviderKind.parse(v) == null) {
                    throw new IllegalArgumentException("unknown provider '" + v + "' (known: embedded, docker, server)");
                }
            }
            case DB_PORT, EMBEDDED_PORT -> {
                int p;
                try {
                    p = Integer.parseInt(v);
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException("'" + v + "' is not a port number");
                }
                int min = k == ConfigKey.EMBEDDED_PORT ? 0 : 1;
                if (p < min || p > 65535) {
                    throw new IllegalArgumentException(p + " is outside " + min + "-65535");
                }
            }
            case DOCKER_COMPATIBLE, DOCKER_RYUK -> {
                String l = v.toLowerCase(Locale.ROOT);
                if (!l.equals("true") && !l.equals("false")) {
                    throw new IllegalArgumentException("'" + v + "' is not true or false");
                }
            }
            case DB_NAME, DB_USER, ADMIN_USER -> {
                if (!v.matches("[A-Za-z0-9_$]{1,64}")) {
                    throw new IllegalArgumentException("'" + v + "' must be 1-64 letters, digits, _ or $");
                }
            }
            default -> {
                // free text
            }
        }
    }

    public Path home() {
        return home;
    }

    public Path configFile() {
        return home.resolve(CONFIG_FILE_NAME);
    }

    public String get(ConfigKey k) {
        return values.get(k);
    }

    public int getInt(ConfigKey k) {
        return Integer.parseInt(values.get(k));
    }

    public boolean getBoolean(ConfigKey k) {
        return Boolean.parseBoolean(values.get(k));
    }

    public Source source(ConfigKey k) {
        return sources.get(k);
    }

    public ProviderKind provider() {
        return ProviderKind.parse(values.get(ConfigKey.PROVIDER));
    }

    public Map<ConfigKey, String> values() {
        return Collections.unmodifiableMap(values);
    }

    /** A copy with some values replaced, as if they had been given as flags. */
    public Settings with(Map<ConfigKey, String> overrides) {
        return with(overrides, Map.of());
    }

    /** As {@link #with(Map)}, reporting a bad value under the flag the user typed. */
    public Settings with(Map<ConfigKey, String> overrides, Map<ConfigKey, String> flagNames) {
        Map<ConfigKey, String> v = new EnumMap<>(values);
        Map<ConfigKey, Source> s = new EnumMap<>(sources);
        overrides.forEach((k, val) -> {
            checkValue(k, val, flagNames.getOrDefault(k, "--" + k.key()), null);
            v.put(k, val);
            s.put(k, Source.FLAG);
        });
        return new Settings(home, v, s);
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("Settings[home=").append(home);
        values.forEach((k, v) -> sb.append(", ").append(k.key()).append('=').append(k.isSecret() ? "****" : v));
        return sb.append(']').toString();
    }
}
