package dev.workbook.cli;

import dev.workbook.config.ConfigKey;
import dev.workbook.config.ProviderKind;
import dev.workbook.config.Settings;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import picocli.CommandLine.Option;

/** Options every command that reaches the database shares. Flags win over environment and config file. */
final class ConnectionOptions {
    /** The flag each setting comes from here, so that a bad value is reported under the name the user typed. */
    private static final Map<ConfigKey, String> FLAG_NAMES = Map.of(ConfigKey.PROVIDER, "--provider", ConfigKey.DB_HOST,
            "--host", ConfigKey.DB_PORT, "--port", ConfigKey.EMBEDDED_PORT, "--port", ConfigKey.DB_USER, "--user",
            ConfigKey.DB_PASSWORD, "--password", ConfigKey.DB_NAME, "--database", ConfigKey.EMBEDDED_DATA_DIR, "--data-dir",
            ConfigKey.DOCKER_IMAGE, "--image");

    @Option(names = "--home", paramLabel = "DIR", description = "Workbook home (default ~/.workbook; env WORKBOOK_HOME).")
    Path home;

    @Option(names = "--provider", paramLabel = "NAME", description = "embedded (default), docker or server.")
    String provider;

    @Option(names = "--host", paramLabel = "HOST", description = "Server provider: host.")
    String host;

    @Option(names = "--port", paramLabel = "PORT",
            description = "Server provider: its port. Embedded: the port to listen on (0 = any free port).")
    String port;

    @Option(names = "--user", paramLabel = "USER", description = "Application user (default workbook).")
    String user;

    @Option(names = "--password", arity = "0..1", interactive = true, paramLabel = "PASSWORD",
            description = "Application user's password; with no value, it is asked for without echo.")
    char[] password;

    @Option(names = "--database", paramLabel = "DB", description = "Workbook database (default workbook).")
    String database;

    @Option(names = "--data-dir", paramLabel = "DIR", description = "Embedded provider: data directory.")
    Path dataDir;

    @Option(names = "--image", paramLabel = "IMAGE", description = "Docker provider: server image.")
    String image;

    Settings settings(CliContext ctx) {
        Map<String, String> env = ctx.envWithHome(home);
        Map<ConfigKey, String> flags = new EnumMap<>(ConfigKey.class);
        put(flags, ConfigKey.PROVIDER, provider);
        put(flags, ConfigKey.DB_HOST, host);
        put(flags, ConfigKey.DB_USER, user);
        put(flags, ConfigKey.DB_PASSWORD, password == null ? null : new String(password));
        put(flags, ConfigKey.DB_NAME, database);
        put(flags, ConfigKey.EMBEDDED_DATA_DIR, dataDir == null ? null : dataDir.toAbsolutePath().toString());
        put(flags, ConfigKey.DOCKER_IMAGE, image);
        Settings s = Settings.load(flags, env, FLAG_NAMES);
        if (port != null) {
            ConfigKey key = s.provider() == ProviderKind.EMBEDDED ? ConfigKey.EMBEDDED_PORT : ConfigKey.DB_PORT;
            s = s.with(Map.of(key, port), FLAG_NAMES);
        }
        return s;
    }

    private static void put(Map<ConfigKey, String> m, ConfigKey k, String v) {
        if (v != null) {
            m.put(k, v);
        }
    }
}
