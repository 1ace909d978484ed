package dev.workbook.db.docker;

import dev.workbook.db.ServerStatus;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** {@code workbook db status} for the docker provider: what runs for this home, without starting anything. */
final class DockerStatus {
    private DockerStatus() {
    }

    static ServerStatus of(DockerLayout layout, String image) {
        Map<String, String> d = new LinkedHashMap<>();
        d.put("provider", "docker (" + image + " through Testcontainers)");
        d.put("data volume", layout.volumeName());
        d.put("state", layout.stateFile().toString());
        if (!EngineCheck.availableQuietly()) {
            return ServerStatus.stopped("Docker is not available, so no docker server runs", d);
        }
        Optional<DockerState> state = DockerState.read(layout.stateFile()).filter(s -> s.status() == DockerState.Status.READY);
        if (state.isEmpty()) {
            return ServerStatus.stopped("no docker server is running for this workbook home", d);
        }
        DockerState s = state.get();
        d.put("container", s.shortId() + " (" + DockerProvider.containerName(layout) + ")");
        d.put("image", s.image());
        d.put("address", s.host() + ":" + s.port());
        d.put("server", s.version());
        d.put("keeper pid", Long.toString(s.keeperPid()));
        boolean running = DockerEngine.inspect(s.containerId()).map(DockerEngine.Seen::running).orElse(false);
        if (!running) {
            return ServerStatus.stopped("the docker server's container is gone; run: workbook db start --provider docker", d);
        }
        boolean keeper = DockerProvider.keeperAlive(s.keeperPid());
        return new ServerStatus(keeper, keeper ? "docker server is running"
                : "the container runs but the process that owns it died; run: workbook db start --provider docker", d);
    }
}
