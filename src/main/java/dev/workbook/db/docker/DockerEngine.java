package dev.workbook.db.docker;

import dev.workbook.WorkbookException;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.StandardProtocolFamily;
import java.net.URI;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.SocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.testcontainers.DockerClientFactory;

/**
 * Is there a Docker engine? When the user names one with DOCKER_HOST, only that one counts (Testcontainers
 * would otherwise fall back to other places, and may hang pulling images); it is probed with a 2 s bound.
 */
final class DockerEngine {
    private DockerEngine() {
    }

    static void require(Map<String, String> env) {
        String host = env.get("DOCKER_HOST");
        String problem = host == null || host.isBlank() ? discover() : probe(host.strip());
        if (problem != null) {
            throw WorkbookException.notReady("Docker is not available").value(problem)
                    .next("start Docker, or use another provider: --provider embedded (no install needed) "
                            + "or --provider server (an installed MySQL/MariaDB)")
                    .help("troubleshooting/workbook-providers.md").build();
        }
    }

    private static String discover() {
        return DockerClientFactory.instance().isDockerAvailable() ? null
                : "no Docker engine answered (DOCKER_HOST is unset; looked in the usual places)";
    }

    /** Returns null when the engine at DOCKER_HOST accepts a connection, else why not. */
    static String probe(String dockerHost) {
        try {
            URI uri = URI.create(dockerHost);
            if ("unix".equals(uri.getScheme())) {
                Path socket = Path.of(uri.getPath());
                if (!Files.exists(socket)) {
                    return "DOCKER_HOST=" + dockerHost + ": no such socket file";
                }
                try (SocketChannel ch = SocketChannel.open(StandardProtocolFamily.UNIX)) {
                    ch.connect(UnixDomainSocketAddress.of(socket));
                }
                return null;
            }
            if ("tcp".equals(uri.getScheme()) || "http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) {
                try (Socket s = new Socket()) {
                    s.connect(new InetSocketAddress(uri.getHost(), uri.getPort() < 0 ? 2375 : uri.getPort()), 2000);
                }
                return null;
            }
            return DockerClientFactory.instance().isDockerAvailable() ? null : "DOCKER_HOST=" + dockerHost + ": no answer";
        } catch (IOException | IllegalArgumentException e) {
            return "DOCKER_HOST=" + dockerHost + ": " + e.getMessage();
        }
    }
}
