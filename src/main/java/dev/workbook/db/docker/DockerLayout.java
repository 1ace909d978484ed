package dev.workbook.db.docker;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Where the docker provider keeps its files in the workbook home, and the Docker names derived from that home:
 * one server container and one data volume per home, as with the embedded provider.
 */
record DockerLayout(Path home, Path dir) {
    /** Label on the container and the volume: which workbook home they belong to. */
    static final String HOME_LABEL = "dev.workbook.home";

    static DockerLayout of(Path home) {
        Path h = home.toAbsolutePath().normalize();
        return new DockerLayout(h, h.resolve("docker"));
    }

    /** Container id, address, keeper pid: what later processes need to attach. No passwords. */
    Path stateFile() {
        return dir.resolve("server.properties");
    }

    /** Generated root and application passwords, readable by the owner only. */
    Path credentialsFile() {
        return dir.resolve("credentials.properties");
    }

    Path lockFile() {
        return dir.resolve("server.lock");
    }

    /** Output of the keeper process (Testcontainers' warnings, the server's last log lines on failure). */
    Path keeperLog() {
        return dir.resolve("keeper.log");
    }

    /** A request to the keeper to stop the container and exit (see {@link ContainerKeeper}). */
    Path stopRequest() {
        return dir.resolve("stop.request");
    }

    /** The named volume that holds the data directory, so committed rows survive stop and start. */
    String volumeName() {
        return "workbook-data-" + homeId();
    }

    /** A short stable id of this home, for Docker names and labels. */
    String homeId() {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(home.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
