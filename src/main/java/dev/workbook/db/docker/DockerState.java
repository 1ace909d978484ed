package dev.workbook.db.docker;

import dev.workbook.platform.SecretStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Properties;

/**
 * What the keeper process reports in the state file: starting, ready (with the container and its address)
 * or failed (with a message for the user). Never holds a password.
 */
record DockerState(Status status, long keeperPid, String containerId, String host, int port, String image,
                   String volume, String version, String error, String errorNext) {

    enum Status { STARTING, READY, FAILED }

    static DockerState starting(long keeperPid, String image, String volume) {
        return new DockerState(Status.STARTING, keeperPid, null, null, -1, image, volume, null, null, null);
    }

    DockerState ready(String id, String host, int port, String version) {
        return new DockerState(Status.READY, keeperPid, id, host, port, image, volume, version, null, null);
    }

    DockerState failed(String error, String next) {
        return new DockerState(Status.FAILED, keeperPid, containerId, host, port, image, volume, version, error, next);
    }

    String shortId() {
        return containerId == null ? "-" : containerId.substring(0, Math.min(12, containerId.length()));
    }

    static Optional<DockerState> read(Path file) {
        try {
            if (!Files.exists(file)) {
                return Optional.empty();
            }
            Properties p = SecretStore.read(file);
            return Optional.of(new DockerState(Status.valueOf(p.getProperty("status", "FAILED")),
                    Long.parseLong(p.getProperty("keeper.pid", "-1")), p.getProperty("container.id"),
                    p.getProperty("host"), Integer.parseInt(p.getProperty("port", "-1")), p.getProperty("image"),
                    p.getProperty("volume"), p.getProperty("version"), p.getProperty("error"),
                    p.getProperty("error.next")));
        } catch (IOException | IllegalArgumentException e) {
            return Optional.empty(); // half-written or damaged: treated as no state, the container is found by label
        }
    }

    void write(Path file) throws IOException {
        Properties p = new Properties();
        p.setProperty("status", status.name());
        p.setProperty("keeper.pid", Long.toString(keeperPid));
        put(p, "container.id", containerId);
        put(p, "host", host);
        p.setProperty("port", Integer.toString(port));
        put(p, "image", image);
        put(p, "volume", volume);
        put(p, "version", version);
        put(p, "error", error);
        put(p, "error.next", errorNext);
        SecretStore.write(file, p, false);
    }

    private static void put(Properties p, String k, String v) {
        if (v != null) {
            p.setProperty(k, v);
        }
    }
}
