package dev.workbook.db.providers;

import dev.workbook.config.Settings;
import dev.workbook.db.Provider;
import dev.workbook.db.docker.DockerProvider;
import dev.workbook.db.embedded.EmbeddedProvider;
import dev.workbook.db.server.ServerProvider;

/**
 * Picks the provider the settings name. It lives above the providers (and {@code dev.workbook.db} below them), so that
 * the model and the providers never depend on each other in a circle.
 */
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
