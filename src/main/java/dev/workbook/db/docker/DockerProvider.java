package dev.workbook.db.docker;

import dev.workbook.Versions;
import dev.workbook.WorkbookException;
import dev.workbook.config.ConfigKey;
import dev.workbook.config.ProviderKind;
import dev.workbook.config.Settings;
import dev.workbook.db.Credentials;
import dev.workbook.db.DbTarget;
import dev.workbook.db.Provider;
import dev.workbook.db.ServerStatus;
import java.util.LinkedHashMap;
import java.util.Map;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.mysql.MySQLContainer;
import org.testcontainers.utility.DockerImageName;

/** The official MySQL image (pinned in pom.xml) through Testcontainers, for machines with Docker. */
public final class DockerProvider implements Provider {
    private final Settings settings;
    private MySQLContainer container;

    public DockerProvider(Settings settings) {
        this.settings = settings;
    }

    String image() {
        String configured = settings.get(ConfigKey.DOCKER_IMAGE);
        return configured != null ? configured : Versions.dockerMysqlImage();
    }

    @Override
    public synchronized DbTarget start() {
        DockerEngine.require(System.getenv());
        if (container == null || !container.isRunning()) {
            DockerImageName name = DockerImageName.parse(image());
            if (!name.getUnversionedPart().equals("mysql") && settings.getBoolean(ConfigKey.DOCKER_COMPATIBLE)) {
                name = name.asCompatibleSubstituteFor("mysql");
            }
            container = new MySQLContainer(name)
                    .withDatabaseName(settings.get(ConfigKey.DB_NAME))
                    .withUsername(settings.get(ConfigKey.DB_USER))
                    .withPassword(settings.get(ConfigKey.DB_PASSWORD) != null ? settings.get(ConfigKey.DB_PASSWORD) : "workbook")
                    .withCommand("--character-set-server=utf8mb4", "--collation-server=utf8mb4_unicode_ci");
            container.start();
        }
        return new DbTarget(ProviderKind.DOCKER, container.getHost(), container.getMappedPort(MySQLContainer.MYSQL_PORT),
                container.getDatabaseName(), new Credentials(container.getUsername(), container.getPassword()),
                new Credentials("root", container.getPassword()), null);
    }

    @Override
    public synchronized void stop() {
        if (container != null) {
            container.stop();
            container = null;
        }
    }

    @Override
    public ServerStatus status() {
        Map<String, String> d = new LinkedHashMap<>();
        d.put("provider", "docker (" + image() + " through Testcontainers)");
        boolean running = container != null && container.isRunning();
        return new ServerStatus(running, running ? "container is running" : "no container started by this process", d);
    }
}
