package dev.workbook.db.docker;

import dev.workbook.platform.SecretStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Properties;
import org.testcontainers.DockerClientFactory;

/**
 * The process that owns the workbook's server container. Testcontainers ties a container's life to the JVM
 * that started it (Ryuk, or a shutdown hook when Ryuk is off), while the workbook's server must outlive the
 * CLI that started it and serve notebooks and tests. So {@code db start} launches this small JVM, which starts
 * the container, reports in the state file and stays until the container is stopped ({@code db stop}) or dies.
 * If this process is killed, Ryuk removes the container; the next start finds what is left and recovers.
 */
public final class ContainerKeeper {
    private static final long POLL_MILLIS = 1000;

    private ContainerKeeper() {
    }

    /** Arguments: home, image, compatible (true/false), database, application user. */
    public static void main(String[] args) {
        if (args.length != 5) {
            System.err.println("usage: ContainerKeeper HOME IMAGE COMPATIBLE DATABASE USER (started by workbook db start)");
            System.exit(2);
        }
        DockerLayout layout = DockerLayout.of(Path.of(args[0]));
        long pid = ProcessHandle.current().pid();
        DockerState state = DockerState.starting(pid, args[1], layout.volumeName());
        try {
            state.write(layout.stateFile());
            Properties secrets = SecretStore.read(layout.credentialsFile());
            DockerClientFactory.instance().client(); // this process owns containers: connect, and start Ryuk if enabled
            String host = DockerClientFactory.instance().dockerHostIpAddress();
            boolean loopback = host.equals("localhost") || host.equals("127.0.0.1");
            ServerContainer.Spec spec = new ServerContainer.Spec(args[1], Boolean.parseBoolean(args[2]), args[3], args[4],
                    secrets.getProperty(DockerProvider.APP_PASSWORD), secrets.getProperty(DockerProvider.ROOT_PASSWORD),
                    layout.volumeName(), DockerProvider.containerName(layout), layout.home().toString(), loopback);
            ServerContainer container = ServerContainer.create(spec);
            container.start();
            String id = container.getContainerId();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> DockerEngine.stopAndRemove(id, 20)));
            state = state.ready(id, loopback ? "127.0.0.1" : container.getHost(),
                    container.getMappedPort(DockerEngine.MYSQL_PORT), version(container));
            state.write(layout.stateFile());
            System.out.println("ready: container " + state.shortId() + " on " + state.host() + ":" + state.port());
            while (DockerEngine.inspect(id).map(DockerEngine.Seen::running).orElse(false)) {
                Thread.sleep(POLL_MILLIS);
            }
            System.out.println("the container stopped; exiting");
            System.exit(0);
        } catch (Throwable e) {
            e.printStackTrace();
            reportFailure(layout, state, e);
            System.exit(1);
        }
    }

    private static String version(ServerContainer c) throws Exception {
        try (Connection conn = c.createConnection(""); Statement st = conn.createStatement();
             ResultSet rs = st.executeQuery("SELECT VERSION()")) {
            rs.next();
            return rs.getString(1);
        }
    }

    private static void reportFailure(DockerLayout layout, DockerState state, Throwable e) {
        try {
            StartFailure f = StartFailure.of(e, state.image());
            if (Files.exists(layout.stateFile())) {
                state.failed(f.what(), f.next()).write(layout.stateFile());
            }
        } catch (IOException | RuntimeException ignored) {
            // the launcher then reads keeper.log instead
        }
    }
}
