package dev.workbook.db.docker;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.command.InspectContainerResponse;
import com.github.dockerjava.api.command.PullImageResultCallback;
import com.github.dockerjava.api.exception.DockerException;
import com.github.dockerjava.api.exception.NotFoundException;
import com.github.dockerjava.api.model.Container;
import com.github.dockerjava.api.model.ExposedPort;
import com.github.dockerjava.api.model.Ports;
import dev.workbook.errors.WorkbookException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.dockerclient.DockerClientProviderStrategy;
import org.testcontainers.dockerclient.TransportConfig;

/** The few Docker engine operations the provider needs, through Testcontainers' own client and its discovery. */
final class DockerEngine {
    static final int MYSQL_PORT = 3306;

    private static DockerClient client;

    private DockerEngine() {
    }

    /**
     * A client found by Testcontainers' own discovery (DOCKER_HOST, ~/.testcontainers.properties, the default
     * socket, Docker Desktop) but not DockerClientFactory.client(), which would also start Ryuk: commands that
     * only look at or stop a container must not start (or try to pull) a reaper.
     */
    static synchronized DockerClient client() {
        if (client == null) {
            TransportConfig config = DockerClientFactory.instance().getTransportConfig();
            client = DockerClientProviderStrategy.getClientForConfig(config);
        }
        return client;
    }

    /** A container as the engine sees it now. */
    record Seen(String id, boolean running, int hostPort, Map<String, String> labels) {
    }

    static Optional<Seen> inspect(String id) {
        if (id == null) {
            return Optional.empty();
        }
        try {
            InspectContainerResponse r = client().inspectContainerCmd(id).exec();
            boolean running = Boolean.TRUE.equals(r.getState().getRunning());
            int port = -1;
            Ports.Binding[] b = r.getNetworkSettings() == null ? null
                    : r.getNetworkSettings().getPorts().getBindings().get(ExposedPort.tcp(MYSQL_PORT));
            if (b != null && b.length > 0 && b[0].getHostPortSpec() != null) {
                port = Integer.parseInt(b[0].getHostPortSpec());
            }
            return Optional.of(new Seen(r.getId(), running, port, r.getConfig().getLabels()));
        } catch (NotFoundException e) {
            return Optional.empty();
        }
    }

    /** Every container, running or not, carrying this label value. */
    static List<String> containersLabelled(String label, String value) {
        return client().listContainersCmd().withShowAll(true).withLabelFilter(Map.of(label, value)).exec()
                .stream().map(Container::getId).toList();
    }

    /** Stops the container (the server shuts down cleanly within the timeout) and removes it; volumes stay. */
    static void stopAndRemove(String id, int timeoutSeconds) {
        try {
            client().stopContainerCmd(id).withTimeout(timeoutSeconds).exec();
        } catch (NotFoundException e) {
            return;
        } catch (DockerException e) {
            // already stopped (304) or stopping: removal below settles it
        }
        try {
            client().removeContainerCmd(id).withForce(true).withRemoveVolumes(false).exec();
        } catch (NotFoundException e) {
            // removed meanwhile (e.g. by Testcontainers' reaper)
        }
    }

    static boolean imagePresent(String image) {
        try {
            client().inspectImageCmd(image).exec();
            return true;
        } catch (NotFoundException e) {
            return false;
        }
    }

    /** Pulls an image that is not present, with a clear error when the registry does not have it or is unreachable. */
    static void pull(String image, java.util.function.Consumer<String> progress) {
        progress.accept("pulling " + image + " (first use of this image)");
        try {
            boolean done = client().pullImageCmd(image).exec(new PullImageResultCallback()).awaitCompletion(15, TimeUnit.MINUTES);
            if (!done || !imagePresent(image)) {
                throw new IllegalStateException("the pull did not finish within 15 minutes");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw WorkbookException.internal("interrupted while pulling " + image).build();
        } catch (RuntimeException e) {
            throw WorkbookException.notReady("the server image is not on this machine and could not be pulled")
                    .value(image + " (" + firstLine(e.getMessage()) + ")")
                    .next("check the name (--image / docker.image), pull it yourself (docker pull " + image + "), "
                            + "use a registry mirror, or build the local image: sudo bash setup/docker-local-image.sh "
                            + "and set docker.image to the tag it prints")
                    .help("troubleshooting/docker-provider.md").cause(e).build();
        }
    }

    static boolean volumeExists(String name) {
        try {
            client().inspectVolumeCmd(name).exec();
            return true;
        } catch (NotFoundException e) {
            return false;
        }
    }

    static void createVolume(String name, Map<String, String> labels) {
        client().createVolumeCmd().withName(name).withLabels(labels).exec();
    }

    static void removeVolume(String name) {
        try {
            client().removeVolumeCmd(name).exec();
        } catch (NotFoundException e) {
            // already gone
        }
    }

    static String firstLine(String s) {
        if (s == null) {
            return "no details";
        }
        String line = s.strip().lines().findFirst().orElse("");
        return line.length() > 300 ? line.substring(0, 300) + "..." : line;
    }
}
