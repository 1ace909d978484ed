package dev.workbook.db.docker;

import dev.workbook.config.Versions;
import java.util.function.Consumer;
import org.testcontainers.utility.DockerImageName;
import org.testcontainers.utility.ImageNameSubstitutor;

/**
 * Makes sure the images a start needs are on this machine before the keeper starts, so a missing image or an
 * unreachable registry gives one clear message at once instead of Testcontainers' minutes of pull retries.
 * Names go through Testcontainers' own substitution (TESTCONTAINERS_HUB_IMAGE_NAME_PREFIX for registry mirrors).
 */
final class ImagePreflight {
    private ImagePreflight() {
    }

    /** The name Testcontainers will really use for this image. */
    static String effectiveName(String image) {
        return ImageNameSubstitutor.instance().apply(DockerImageName.parse(image)).asCanonicalNameString();
    }

    static void ensureServerImage(String image, Consumer<String> progress) {
        String name = effectiveName(image);
        if (!DockerEngine.imagePresent(name)) {
            DockerEngine.pull(name, progress);
        }
    }

    /** Ryuk's image, when Ryuk will run: where it cannot be pulled, say how to turn Ryuk off. */
    static void ensureRyukImage(Consumer<String> progress) {
        String ryuk = effectiveName(Versions.get("docker.ryuk.image"));
        if (DockerEngine.imagePresent(ryuk)) {
            return;
        }
        try {
            DockerEngine.pull(ryuk, progress);
        } catch (dev.workbook.errors.WorkbookException e) {
            throw dev.workbook.errors.WorkbookException.notReady("Ryuk, Testcontainers' clean-up container, cannot run: its image "
                            + "is not here and could not be pulled").value(ryuk)
                    .next("turn Ryuk off: WORKBOOK_DOCKER_RYUK=false (or docker.ryuk=false in the config file), "
                            + "or mirror Docker Hub with TESTCONTAINERS_HUB_IMAGE_NAME_PREFIX")
                    .help("troubleshooting/docker-provider.md").cause(e).build();
        }
    }
}
