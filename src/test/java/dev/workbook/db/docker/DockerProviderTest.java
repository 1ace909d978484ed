package dev.workbook.db.docker;

import static org.assertj.core.api.Assertions.assertThat;

import dev.workbook.db.DbTarget;
import dev.workbook.testing.JavaProcess;
import dev.workbook.testing.TestHomes;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@DisplayName("docker provider: separate processes, crash recovery, bad input, clean-up")
class DockerProviderTest {
    private final List<Path> homes = new ArrayList<>();

    @BeforeAll
    void requireDocker() {
        DockerTestSupport.requireDockerAndImage();
    }

    /** Where a separate process's output goes (a fresh file under the test homes). */
    private static Path out() throws java.io.IOException {
        return java.nio.file.Files.createTempFile(TestHomes.root(), "docker-process", ".txt");
    }

    private Path home(String name) {
        Path h = TestHomes.fresh(name);
        homes.add(h);
        return h;
    }

    @Test
    @DisplayName("a server started by one process serves a later, separate process, and db stop there removes the container")
    void laterProcessAttachesAndStops() throws Exception {
        Path home = home("docker-attach");
        DbTarget t = DockerTestSupport.provider(home).start();
        try (Connection c = t.connect(); Statement st = c.createStatement()) {
            st.execute("CREATE TABLE visit (id INT PRIMARY KEY)");
            st.execute("INSERT INTO visit VALUES (1), (2), (3)");
        }
        Map<String, String> env = DockerTestSupport.cliEnv(home);
        JavaProcess.Result sql = JavaProcess.run(env, out(), "sql", "SELECT COUNT(*) AS visits FROM visit");
        assertThat(sql.exitCode()).as(sql.output()).isZero();
        assertThat(sql.output()).as("the other process sees the rows through the same server").contains("visits").contains("3");
        assertThat(sql.output()).as("it attached rather than starting a second container").doesNotContain("starting ");

        JavaProcess.Result stop = JavaProcess.run(env, out(), "db", "stop");
        assertThat(stop.exitCode()).as(stop.output()).isZero();
        assertThat(DockerTestSupport.containersOf(home)).as("db stop removed the container").isEmpty();
        assertThat(DockerTestSupport.provider(home).status().running()).isFalse();
    }

    @Test
    @DisplayName("after the process owning the container is killed (kill -9), the next start recovers with committed rows kept")
    void recoversAfterKeeperKilled() throws Exception {
        Path home = home("docker-kill");
        DbTarget t = DockerTestSupport.provider(home).start();
        try (Connection c = t.connect(); Statement st = c.createStatement()) {
            st.execute("CREATE TABLE ledger (id INT PRIMARY KEY, note VARCHAR(20))");
            st.execute("INSERT INTO ledger VALUES (1, 'committed')");
        }
        DockerState before = DockerState.read(DockerLayout.of(home).stateFile()).orElseThrow();
        ProcessHandle keeper = ProcessHandle.of(before.keeperPid()).orElseThrow();
        keeper.destroyForcibly();
        keeper.onExit().get();
        assertThat(DockerTestSupport.provider(home).status().running()).as("status notices the dead keeper").isFalse();

        DbTarget again = DockerTestSupport.provider(home).start();
        try (Connection c = again.connect(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT note FROM ledger WHERE id = 1")) {
            assertThat(rs.next()).as("the committed row survived the crash").isTrue();
            assertThat(rs.getString(1)).isEqualTo("committed");
        }
        assertThat(DockerTestSupport.containersOf(home)).as("the old container was replaced, not left beside the new one")
                .hasSize(1).doesNotContain(before.containerId());
    }

    @Test
    @DisplayName("three processes starting the docker server at the same moment share one container")
    void concurrentStartsShareOneContainer() throws Exception {
        Path home = home("docker-concurrent");
        Map<String, String> env = DockerTestSupport.cliEnv(home);
        List<Process> processes = new ArrayList<>();
        List<Path> outputs = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            Path o = out();
            outputs.add(o);
            processes.add(JavaProcess.start(env, o, "sql", "CREATE TABLE IF NOT EXISTS t (id INT PRIMARY KEY); "
                    + "INSERT INTO t VALUES (" + i + ")"));
        }
        for (int i = 0; i < 3; i++) {
            assertThat(processes.get(i).waitFor(5, TimeUnit.MINUTES)).as("process %d finished", i).isTrue();
            assertThat(processes.get(i).exitValue()).as("process %d:%n%s", i, Files.readString(outputs.get(i))).isZero();
        }
        assertThat(DockerTestSupport.containersOf(home)).as("one container serves all three").hasSize(1);
        try (Connection c = DockerTestSupport.provider(home).start().connect(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM t")) {
            rs.next();
            assertThat(rs.getInt(1)).as("every process's insert is there").isEqualTo(3);
        }
        Path credentials = DockerLayout.of(home).credentialsFile();
        assertThat(Files.getPosixFilePermissions(credentials)).as("generated passwords are readable by the owner only")
                .containsExactlyInAnyOrder(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
        String password = DockerTestSupport.provider(home).start().app().password();
        assertThat(Files.readString(DockerLayout.of(home).stateFile())).as("the state file holds no password")
                .doesNotContain(password);
        assertThat(Files.readString(DockerLayout.of(home).keeperLog())).as("the keeper's log holds no password")
                .doesNotContain(password);
    }

    @Test
    @DisplayName("a malformed image name is refused before anything starts, naming the value (exit 2)")
    void malformedImageName() throws Exception {
        Path home = home("docker-bad-name");
        Map<String, String> env = DockerTestSupport.cliEnv(home);
        JavaProcess.Result r = JavaProcess.run(env, out(), "db", "start", "--image", "Not A Valid::Name");
        assertThat(r.exitCode()).as(r.output()).isEqualTo(2);
        assertThat(r.output()).contains("not a valid Docker image name").contains("Not A Valid::Name")
                .contains("troubleshooting/docker-provider.md").doesNotContain("\tat ");
        assertThat(DockerTestSupport.containersOf(home)).isEmpty();
    }

    @Test
    @DisplayName("an image that is neither here nor pullable gives one clear message at once (exit 3)")
    void missingImage() throws Exception {
        Path home = home("docker-missing-image");
        // A registry on loopback port 9, where nothing listens: the pull fails at once and nothing leaves the machine.
        String image = "127.0.0.1:9/workbook/no-such-image:1.0";
        JavaProcess.Result r = JavaProcess.run(DockerTestSupport.cliEnv(home), out(), "db", "start", "--image", image);
        assertThat(r.exitCode()).as(r.output()).isEqualTo(3);
        assertThat(r.output()).contains("could not be pulled").contains(image).contains("setup/docker-local-image.sh")
                .doesNotContain("\tat ");
        assertThat(DockerTestSupport.containersOf(home)).isEmpty();
    }

    @Test
    @DisplayName("a non-mysql image with docker.compatible=false is refused with the setting to change (exit 2)")
    void incompatibleImageRefused() throws Exception {
        Path home = home("docker-incompatible");
        Map<String, String> env = DockerTestSupport.cliEnv(home);
        env.put("WORKBOOK_DOCKER_COMPATIBLE", "false");
        env.put("WORKBOOK_DOCKER_IMAGE", "workbook/mariadb-debian:10.11-bookworm");
        JavaProcess.Result r = JavaProcess.run(env, out(), "db", "start");
        assertThat(r.exitCode()).as(r.output()).isEqualTo(2);
        assertThat(r.output()).contains("docker.compatible").contains("workbook/mariadb-debian:10.11-bookworm");
    }

    @Test
    @DisplayName("root as the application user is refused: the application never runs as root (exit 2)")
    void rootAppUserRefused() throws Exception {
        Path home = home("docker-root");
        JavaProcess.Result r = JavaProcess.run(DockerTestSupport.cliEnv(home), out(), "db", "start", "--user", "root");
        assertThat(r.exitCode()).as(r.output()).isEqualTo(2);
        assertThat(r.output()).contains("must not be root");
    }

    @AfterAll
    void noContainersOrVolumesLeft() {
        for (Path home : homes) {
            assertThat(DockerTestSupport.tearDown(home)).as("db stop left no container for " + home).isEmpty();
            assertThat(DockerTestSupport.containersOf(home)).isEmpty();
            assertThat(DockerEngine.volumeExists(DockerLayout.of(home).volumeName())).isFalse();
        }
    }
}
