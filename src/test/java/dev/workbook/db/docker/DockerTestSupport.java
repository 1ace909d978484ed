package dev.workbook.db.docker;

import dev.workbook.Versions;
import dev.workbook.config.ConfigKey;
import dev.workbook.config.Settings;
import dev.workbook.testing.Requirements;
import dev.workbook.testing.TestHomes;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Docker for tests: skips (or fails in CI) without an engine, and picks a server image already on this machine
 * so tests never pull: the workbook's local MariaDB image (setup/docker-local-image.sh) or the official one.
 */
final class DockerTestSupport {
    private static String image;

    private DockerTestSupport() {
    }

    static synchronized String requireDockerAndImage() {
        Requirements.require(DockerEngine.availableQuietly(), "a Docker engine",
                "start Docker, or on Debian/Ubuntu as root: bash setup/docker-local-image.sh");
        if (image == null) {
            String local = Versions.dockerLocalImage();
            String official = Versions.dockerMysqlImage();
            image = DockerEngine.imagePresent(local) ? local : DockerEngine.imagePresent(official) ? official : null;
        }
        Requirements.require(image != null, "a MySQL-compatible server image",
                "build one: bash setup/docker-local-image.sh (Debian/Ubuntu, root), or: docker pull " + Versions.dockerMysqlImage());
        return image;
    }

    static Settings settings(Path home) {
        return TestHomes.settings(home, Map.of(ConfigKey.PROVIDER, "docker", ConfigKey.DOCKER_IMAGE, requireDockerAndImage()));
    }

    static Map<String, String> cliEnv(Path home) {
        Map<String, String> env = TestHomes.env(home);
        env.put("WORKBOOK_PROVIDER", "docker");
        env.put("WORKBOOK_DOCKER_IMAGE", requireDockerAndImage());
        return env;
    }

    static DockerProvider provider(Path home) {
        return new DockerProvider(settings(home), msg -> System.err.println("[docker test] " + msg));
    }

    /** Containers of this home that still exist, running or not. */
    static List<String> containersOf(Path home) {
        return DockerEngine.containersLabelled(DockerLayout.HOME_LABEL, DockerLayout.of(home).home().toString());
    }

    /** Stops the home's server, removes its data volume and returns what was still left before that. */
    static List<String> tearDown(Path home) {
        provider(home).stop();
        List<String> left = new ArrayList<>(containersOf(home));
        left.forEach(id -> DockerEngine.stopAndRemove(id, 5));
        DockerEngine.removeVolume(DockerLayout.of(home).volumeName());
        return left;
    }
}
