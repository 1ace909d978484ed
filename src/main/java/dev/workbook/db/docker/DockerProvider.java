package dev.workbook.db.docker;

import dev.workbook.config.Versions;
import dev.workbook.errors.WorkbookException;
import dev.workbook.config.ConfigKey;
import dev.workbook.config.ProviderKind;
import dev.workbook.config.Settings;
import dev.workbook.db.Credentials;
import dev.workbook.db.DatabaseBootstrap;
import dev.workbook.db.DbTarget;
import dev.workbook.db.Provider;
import dev.workbook.db.ServerStatus;
import dev.workbook.platform.FileLock;
import dev.workbook.platform.SecretStore;
import java.io.IOException;
import java.nio.file.Files;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * A MySQL-compatible server in Docker through Testcontainers' MySQL module: the official image pinned in
 * pom.xml, or any compatible image (docker.image). Like the embedded provider, one server per workbook home
 * outlives the command that started it and every later process attaches; data live in a named volume, so
 * committed rows survive {@code db stop} and {@code db start}. See {@link ContainerKeeper} for why a small
 * process owns the container.
 */
public final class DockerProvider implements Provider {
    static final String ROOT_PASSWORD = "root.password";
    static final String APP_PASSWORD = "app.password";
    /** Connections through Docker's port publishing arrive from the bridge, not from localhost. */
    static final List<String> ACCOUNT_HOSTS = List.of("%");

    private final Settings settings;
    private final DockerLayout layout;
    private final Consumer<String> progress;

    public DockerProvider(Settings settings) {
        this(settings, msg -> System.err.println("[workbook] " + msg));
    }

    public DockerProvider(Settings settings, Consumer<String> progress) {
        this.settings = settings;
        this.layout = DockerLayout.of(settings.home());
        this.progress = progress;
    }

    /** The configured image, or the official image pinned in pom.xml. */
    public String image() {
        String configured = settings.get(ConfigKey.DOCKER_IMAGE);
        return configured != null && !configured.isBlank() ? configured.strip() : Versions.dockerMysqlImage();
    }

    /** The Docker volume that holds this home's data. */
    public String volumeName() {
        return layout.volumeName();
    }

    static String containerName(DockerLayout layout) {
        return "workbook-mysql-" + layout.homeId();
    }

    @Override
    public DbTarget start() {
        String appUser = settings.get(ConfigKey.DB_USER);
        if (appUser.equalsIgnoreCase("root")) {
            throw WorkbookException.badInput("the application user must not be root").value("db.user=" + appUser)
                    .next("use the default (workbook) or another name: --user NAME").build();
        }
        EngineCheck.require();
        try (FileLock lock = FileLock.acquire(layout.lockFile())) {
            Properties secrets = SecretStore.read(layout.credentialsFile());
            DockerState state = attachable().orElse(null);
            if (state == null) {
                state = startContainer(secrets, appUser);
            }
            Credentials admin = new Credentials("root", secrets.getProperty(ROOT_PASSWORD));
            String pw = settings.get(ConfigKey.DB_PASSWORD);
            Credentials app = new Credentials(appUser, pw != null ? pw : secrets.getProperty(APP_PASSWORD));
            DbTarget target = new DbTarget(ProviderKind.DOCKER, state.host(), state.port(), settings.get(ConfigKey.DB_NAME),
                    app, admin, state.version());
            DatabaseBootstrap.ensureDatabaseAndAppUser(target.dataSource("", admin), target.database(), app, ACCOUNT_HOSTS,
                    DatabaseBootstrap.managedIf(settings));
            return target;
        } catch (IOException e) {
            throw WorkbookException.notReady("could not write the docker provider's files").value(layout.dir())
                    .next("check that the workbook home is writable").help("troubleshooting/docker-provider.md")
                    .cause(e).build();
        } catch (SQLException e) {
            throw WorkbookException.notReady("the container runs but the workbook database could not be prepared")
                    .value(e.getErrorCode() + " " + e.getMessage())
                    .next("run: workbook db stop --provider docker, then: workbook db start --provider docker")
                    .help("troubleshooting/docker-provider.md").cause(e).build();
        }
    }

    /** The running server of this home, if its keeper lives and its container runs. */
    private Optional<DockerState> attachable() {
        return DockerState.read(layout.stateFile())
                .filter(s -> s.status() == DockerState.Status.READY)
                .filter(s -> keeperAlive(s.keeperPid()))
                .filter(s -> DockerEngine.inspect(s.containerId()).map(DockerEngine.Seen::running).orElse(false));
    }

    private DockerState startContainer(Properties secrets, String appUser) throws IOException {
        removeLeftovers();
        String image = image();
        boolean compatible = settings.getBoolean(ConfigKey.DOCKER_COMPATIBLE);
        ImageCheck.verify(image, compatible);
        ImagePreflight.ensureServerImage(image, progress);
        Map<String, String> env = new HashMap<>();
        if (settings.source(ConfigKey.DOCKER_RYUK) != Settings.Source.DEFAULT) {
            // An explicit docker.ryuk wins; otherwise Testcontainers' own TESTCONTAINERS_RYUK_DISABLED (if any) applies.
            env.put("TESTCONTAINERS_RYUK_DISABLED", Boolean.toString(!settings.getBoolean(ConfigKey.DOCKER_RYUK)));
        }
        boolean ryuk = !Boolean.parseBoolean(env.getOrDefault("TESTCONTAINERS_RYUK_DISABLED",
                System.getenv("TESTCONTAINERS_RYUK_DISABLED")));
        if (ryuk) {
            ImagePreflight.ensureRyukImage(progress);
        }
        prepareSecretsAndVolume(secrets);
        String override = settings.get(ConfigKey.DOCKER_HOST_OVERRIDE);
        if (override != null && !override.isBlank()) {
            env.put("TESTCONTAINERS_HOST_OVERRIDE", override.strip());
        }
        progress.accept("starting " + image + " in Docker (data volume " + layout.volumeName() + ")");
        long t0 = System.nanoTime();
        DockerState s = KeeperLauncher.launch(layout, List.of(layout.home().toString(), image,
                Boolean.toString(compatible), settings.get(ConfigKey.DB_NAME), appUser), env);
        progress.accept(String.format("%s started in container %s on %s:%d in %.1f s", s.version(), s.shortId(),
                s.host(), s.port(), (System.nanoTime() - t0) / 1e9));
        return s;
    }

    /**
     * Passwords are generated once per home. The data volume keeps the passwords it was initialised with, so a
     * volume without the matching credentials file cannot be used: say so instead of failing logins later.
     */
    private void prepareSecretsAndVolume(Properties secrets) throws IOException {
        boolean fresh = secrets.getProperty(ROOT_PASSWORD) == null;
        if (fresh && DockerEngine.volumeExists(layout.volumeName())) {
            throw WorkbookException.notReady("the data volume exists but this home has lost the passwords it was created with")
                    .value(layout.volumeName() + " (credentials expected in " + layout.credentialsFile() + ")")
                    .next("restore that file, or delete the volume and its data: docker volume rm " + layout.volumeName())
                    .help("troubleshooting/docker-provider.md").build();
        }
        if (fresh) {
            secrets.setProperty(ROOT_PASSWORD, SecretStore.newPassword());
            secrets.setProperty(APP_PASSWORD, SecretStore.newPassword());
            SecretStore.write(layout.credentialsFile(), secrets, true);
        }
        if (!DockerEngine.volumeExists(layout.volumeName())) {
            DockerEngine.createVolume(layout.volumeName(), Map.of(DockerLayout.HOME_LABEL, layout.home().toString()));
        }
    }

    /** A keeper that died (kill -9, reboot) may leave its container behind; stop it cleanly before starting anew. */
    private void removeLeftovers() throws IOException {
        Optional<DockerState> old = DockerState.read(layout.stateFile());
        old.filter(s -> keeperAlive(s.keeperPid())).ifPresent(s -> ProcessHandle.of(s.keeperPid()).ifPresent(ProcessHandle::destroy));
        List<String> stray = DockerEngine.containersLabelled(DockerLayout.HOME_LABEL, layout.home().toString());
        if (!stray.isEmpty() || old.isPresent()) {
            progress.accept("recovering: removing what a previous start left behind (data in "
                    + layout.volumeName() + " are kept)");
        }
        for (String id : stray) {
            DockerEngine.stopAndRemove(id, 30);
        }
        Files.deleteIfExists(layout.stateFile());
    }

    @Override
    public void stop() {
        Optional<DockerState> state = DockerState.read(layout.stateFile());
        if (state.isEmpty() && !EngineCheck.availableQuietly()) {
            progress.accept("no docker server is running for this workbook home");
            return;
        }
        EngineCheck.require();
        try (FileLock lock = FileLock.acquire(layout.lockFile())) {
            List<String> ids = DockerEngine.containersLabelled(DockerLayout.HOME_LABEL, layout.home().toString());
            for (String id : ids) {
                DockerEngine.stopAndRemove(id, 30);
            }
            state.ifPresent(s -> awaitExit(s.keeperPid()));
            Files.deleteIfExists(layout.stateFile());
            progress.accept(ids.isEmpty() ? "no docker server was running for this workbook home"
                    : "container removed; data kept in volume " + layout.volumeName()
                    + " (to delete them: docker volume rm " + layout.volumeName() + ")");
        } catch (IOException e) {
            throw WorkbookException.internal("could not update the docker provider's files").value(layout.dir()).cause(e).build();
        }
    }

    @Override
    public ServerStatus status() {
        return DockerStatus.of(layout, image());
    }

    static boolean keeperAlive(long pid) {
        return ProcessHandle.of(pid).filter(ProcessHandle::isAlive)
                .filter(h -> h.info().arguments().map(a -> List.of(a).contains(ContainerKeeper.class.getName())).orElse(true))
                .isPresent();
    }

    private static void awaitExit(long pid) {
        ProcessHandle.of(pid).ifPresent(h -> {
            try {
                h.onExit().get(5, TimeUnit.SECONDS);
            } catch (Exception e) {
                h.destroy();
            }
        });
    }
}
