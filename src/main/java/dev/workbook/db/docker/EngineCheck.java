package dev.workbook.db.docker;

import dev.workbook.errors.WorkbookException;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.StandardProtocolFamily;
import java.net.URI;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.SocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.testcontainers.DockerClientFactory;

/** Is there a Docker engine the workbook may use? Bounded, and with a message that names the other providers. */
final class EngineCheck {
    private EngineCheck() {
    }

    /** Throws a message naming the other providers when no Docker engine answers. */
    static void require() {
        problem().ifPresent(p -> {
            throw WorkbookException.notReady("Docker is not available: " + p)
                    .value("DOCKER_HOST=" + System.getenv().getOrDefault("DOCKER_HOST", "unset (default socket)"))
                    .next("start Docker (Docker Desktop, or: sudo systemctl start docker), or use another provider: "
                            + "--provider embedded (no install needed) or --provider server (an installed MySQL/MariaDB)")
                    .help("troubleshooting/docker-provider.md").build();
        });
    }

    /** Whether an engine answers, without throwing. */
    static boolean availableQuietly() {
        return problem().isEmpty();
    }

    /**
     * Why Docker cannot be used, if it cannot. An explicit DOCKER_HOST is honoured as the docker CLI does, and
     * probed first with a 2 s bound: Testcontainers would quietly fall back to the default socket, which is not
     * the engine the user named.
     */
    private static Optional<String> problem() {
        String explicit = System.getenv("DOCKER_HOST");
        if (explicit != null && !explicit.isBlank()) {
            String unreachable = probe(explicit.strip());
            if (unreachable != null) {
                return Optional.of(unreachable);
            }
        }
        try {
            DockerEngine.client().pingCmd().exec();
        } catch (RuntimeException e) {
            return Optional.of("no Docker engine answered");
        }
        if (explicit != null && !explicit.isBlank()) {
            String used = DockerClientFactory.instance().getTransportConfig().getDockerHost().toString();
            if (!used.equals(explicit.strip())) {
                return Optional.of("the engine DOCKER_HOST names does not answer (another one does at " + used
                        + "; unset DOCKER_HOST to use it)");
            }
        }
        return Optional.empty();
    }

    /** Returns null when the engine at DOCKER_HOST accepts a connection, else why not. */
    static String probe(String dockerHost) {
        try {
            URI uri = URI.create(dockerHost);
            if ("unix".equals(uri.getScheme())) {
                Path socket = Path.of(uri.getPath());
                if (!Files.exists(socket)) {
                    return "DOCKER_HOST names a socket that does not exist";
                }
                try (SocketChannel ch = SocketChannel.open(StandardProtocolFamily.UNIX)) {
                    ch.connect(UnixDomainSocketAddress.of(socket));
                }
            } else if ("tcp".equals(uri.getScheme()) || "http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) {
                try (Socket s = new Socket()) {
                    s.connect(new InetSocketAddress(uri.getHost(), uri.getPort() < 0 ? 2375 : uri.getPort()), 2000);
                }
            }
            return null;
        } catch (IOException | IllegalArgumentException e) {
            return "the engine DOCKER_HOST names does not answer (" + e.getMessage() + ")";
        }
    }

}
