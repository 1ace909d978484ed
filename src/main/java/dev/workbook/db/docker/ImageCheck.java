package dev.workbook.db.docker;

import dev.workbook.errors.WorkbookException;
import org.testcontainers.mysql.MySQLContainer;
import org.testcontainers.utility.DockerImageName;

/** Checks a configured image name before anything is pulled or started, so mistakes get a plain message. */
final class ImageCheck {
    private ImageCheck() {
    }

    static void verify(String image, boolean compatible) {
        DockerImageName name;
        try {
            name = DockerImageName.parse(image);
            name.assertValid();
        } catch (IllegalArgumentException e) {
            throw WorkbookException.badInput("not a valid Docker image name").value(image)
                    .next("use a name like mysql:8.4.7 or registry.example.com/mirror/mysql:8.4.7 (--image / docker.image)")
                    .help("troubleshooting/docker-provider.md").build();
        }
        if (!compatible && !name.getUnversionedPart().equals(MySQLContainer.NAME)) {
            throw WorkbookException.badInput("the image is not the official mysql image and docker.compatible is false")
                    .value(image)
                    .next("set docker.compatible=true to declare it a MySQL-compatible substitute, or use mysql:<version>")
                    .help("troubleshooting/docker-provider.md").build();
        }
    }
}
