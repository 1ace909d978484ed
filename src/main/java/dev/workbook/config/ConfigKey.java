package dev.workbook.config;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * Every setting the workbook reads. Each has one name in the config file ({@code db.host}) and one
 * environment variable ({@code WORKBOOK_DB_HOST}); some also have a command-line flag.
 * Precedence, highest first: flag, environment variable, config file, default.
 */
public enum ConfigKey {
    PROVIDER("provider", "embedded", "embedded, docker or server"),
    DB_HOST("db.host", "127.0.0.1", "server provider: host name or address"),
    DB_PORT("db.port", "3306", "server provider: TCP port"),
    DB_USER("db.user", "workbook", "the application user (never root)"),
    DB_PASSWORD("db.password", null, "the application user's password"),
    DB_NAME("db.name", "workbook", "the workbook database"),
    ADMIN_USER("admin.user", null, "server provider: an account that may create databases and users (optional)"),
    ADMIN_PASSWORD("admin.password", null, "server provider: that account's password"),
    EMBEDDED_DATA_DIR("embedded.data-dir", null, "embedded provider: data directory (default HOME/embedded/data)"),
    EMBEDDED_PORT("embedded.port", "0", "embedded provider: TCP port on 127.0.0.1; 0 picks a free one"),
    DOCKER_IMAGE("docker.image", null, "docker provider: server image (default pinned in pom.xml)"),
    DOCKER_COMPATIBLE("docker.compatible", "true", "docker provider: declare a non-official image a substitute for mysql"),
    DOCKER_RYUK("docker.ryuk", "true", "docker provider: let Testcontainers' Ryuk reap stray containers "
            + "(false where its image cannot be pulled; sets TESTCONTAINERS_RYUK_DISABLED)"),
    DOCKER_HOST_OVERRIDE("docker.host-override", null, "docker provider: the host name that reaches the container's "
            + "published port (sets TESTCONTAINERS_HOST_OVERRIDE; e.g. localhost)");

    private final String key;
    private final String defaultValue;
    private final String description;

    ConfigKey(String key, String defaultValue, String description) {
        this.key = key;
        this.defaultValue = defaultValue;
        this.description = description;
    }

    public String key() {
        return key;
    }

    public String envName() {
        return "WORKBOOK_" + key.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_');
    }

    public String defaultValue() {
        return defaultValue;
    }

    public String description() {
        return description;
    }

    public boolean isSecret() {
        return this == DB_PASSWORD || this == ADMIN_PASSWORD;
    }

    public static Optional<ConfigKey> byKey(String key) {
        return Arrays.stream(values()).filter(k -> k.key.equals(key)).findFirst();
    }
}
