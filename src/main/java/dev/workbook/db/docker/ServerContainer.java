package dev.workbook.db.docker;

import com.github.dockerjava.api.model.Bind;
import com.github.dockerjava.api.model.ExposedPort;
import com.github.dockerjava.api.model.HostConfig;
import com.github.dockerjava.api.model.PortBinding;
import com.github.dockerjava.api.model.Ports;
import com.github.dockerjava.api.model.Volume;
import dev.workbook.db.DatabaseBootstrap;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.testcontainers.mysql.MySQLContainer;
import org.testcontainers.utility.DockerImageName;

/**
 * The workbook's server container: Testcontainers' MySQL module with the workbook's settings, a named volume
 * for the data directory, a port published on loopback only, and a root password of its own (the module
 * would give root the application user's password).
 */
final class ServerContainer extends MySQLContainer {
    static final String DATA_DIR = "/var/lib/mysql";
    static final Duration STARTUP_TIMEOUT = Duration.ofMinutes(3);

    /** What the keeper needs to create the container. Passwords come from the credentials file, never from arguments. */
    record Spec(String image, boolean compatible, String database, String appUser, String appPassword,
                String rootPassword, String volume, String containerName, String homeLabel, boolean loopbackOnly) {
        @Override
        public String toString() {
            return "Spec[image=" + image + ", database=" + database + ", user=" + appUser + ", volume=" + volume + "]";
        }
    }

    private final String rootPassword;

    private ServerContainer(DockerImageName image, String rootPassword) {
        super(image);
        this.rootPassword = rootPassword;
    }

    /** The image name as Testcontainers must see it: a non-official image is declared a substitute for mysql. */
    static DockerImageName imageName(String image, boolean compatible) {
        DockerImageName name = DockerImageName.parse(image);
        if (compatible && !name.getUnversionedPart().equals(MySQLContainer.NAME)) {
            name = name.asCompatibleSubstituteFor(MySQLContainer.NAME);
        }
        return name;
    }

    static ServerContainer create(Spec s) {
        ServerContainer c = new ServerContainer(imageName(s.image(), s.compatible()), s.rootPassword());
        c.withDatabaseName(s.database()).withUsername(s.appUser()).withPassword(s.appPassword());
        c.withCommand("--character-set-server=" + DatabaseBootstrap.CHARSET,
                "--collation-server=" + DatabaseBootstrap.COLLATION, "--skip-name-resolve");
        c.withLabel(DockerLayout.HOME_LABEL, s.homeLabel());
        c.withStartupTimeoutSeconds((int) STARTUP_TIMEOUT.toSeconds());
        c.withCreateContainerCmdModifier(cmd -> {
            cmd.withName(s.containerName());
            HostConfig hc = cmd.getHostConfig();
            List<Bind> binds = new ArrayList<>(hc.getBinds() == null ? List.of() : List.of(hc.getBinds()));
            binds.add(new Bind(s.volume(), new Volume(DATA_DIR)));
            hc.withBinds(binds);
            if (s.loopbackOnly()) {
                // Reachable from this machine only: a student's server should not be open to the network.
                hc.withPortBindings(new PortBinding(Ports.Binding.bindIp("127.0.0.1"), ExposedPort.tcp(MYSQL_PORT)));
            }
        });
        return c;
    }

    @Override
    protected void configure() {
        super.configure();
        addEnv("MYSQL_ROOT_PASSWORD", rootPassword);
        // The module retries a failed start three times; a broken image should fail once, quickly.
        setStartupAttempts(1);
    }
}
