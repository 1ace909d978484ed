package dev.workbook.db;

import dev.workbook.config.Settings;
import dev.workbook.db.docker.DockerProvider;
import dev.workbook.db.embedded.EmbeddedProvider;
import dev.workbook.db.server.ServerProvider;

/** Picks the provider the settings name. */
public final class Providers {
    private Providers() {
    }

    public static Provider forSettings(Settings settings) {
        return switch (settings.provider()) {
            case EMBEDDED -> new EmbeddedProvider(settings);
            case DOCKER -> new DockerProvider(settings);
            case SERVER -> new ServerProvider(settings);
        };
    }
}
