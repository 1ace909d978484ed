package dev.workbook.db.docker;

import dev.workbook.config.Versions;
import dev.workbook.config.ConfigKey;
import dev.workbook.config.Settings;
import dev.workbook.testing.Requirements;
import dev.workbook.testing.TestHomes;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Docker for tests: skips (or fails in CI) without an engine, and picks a server image already on this machine
 * so tests never pull: the workbook's local MariaDB image (setup/docker-local-image.sh) or the official one.
 */
public final class DockerTestSupport {
    private static String image;

    private DockerTestSupport() {
    }

    public static synchronized String requireDockerAndImage() {
        Requirements.require(EngineCheck.availableQuietly(), "a Docker engine",
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

    /**
     * The settings every docker test uses: the local image; Ryuk only when its image is already here (tests never
     * pull); and, with a local engine, published ports reached over loopback.
     */
    static Map<ConfigKey, String> flags() {
        Map<ConfigKey, String> f = new EnumMap<>(ConfigKey.class);
        f.put(ConfigKey.PROVIDER, "docker");
        f.put(ConfigKey.DOCKER_IMAGE, requireDockerAndImage());
        f.put(ConfigKey.DOCKER_RYUK, Boolean.toString(
                DockerEngine.imagePresent(ImagePreflight.effectiveName(Versions.get("docker.ryuk.image")))));
        String dockerHost = System.getenv().getOrDefault("DOCKER_HOST", "");
        if (dockerHost.isEmpty() || dockerHost.startsWith("unix://") || dockerHost.startsWith("npipe://")) {
            f.put(ConfigKey.DOCKER_HOST_OVERRIDE, "localhost");
        }
        return f;
    }

    static Settings settings(Path home) {
        return TestHomes.settings(home, flags());
    }

    static Map<String, String> cliEnv(Path home) {
        Map<String, String> env = TestHomes.env(home);
        flags().forEach((k, v) -> env.put(k.envName(), v));
        return env;
    }

    public static DockerProvider provider(Path home) {
        return new DockerProvider(settings(home), msg -> System.err.println("[docker test] " + msg));
    }

    /** Containers of this home that still exist, running or not. */
    static List<String> containersOf(Path home) {
        return DockerEngine.containersLabelled(DockerLayout.HOME_LABEL, DockerLayout.of(home).home().toString());
    }

    /** Stops the home's server, removes its data volume and returns what was still left before that. */
    public static List<String> tearDown(Path home) {
        provider(home).stop();
        List<String> left = new ArrayList<>(containersOf(home));
        left.forEach(id -> DockerEngine.stopAndRemove(id, 5));
        DockerEngine.removeVolume(DockerLayout.of(home).volumeName());
        return left;
    }
}
