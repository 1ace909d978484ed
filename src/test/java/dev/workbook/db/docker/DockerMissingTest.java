package dev.workbook.db.docker;

import static org.assertj.core.api.Assertions.assertThat;

import dev.workbook.testing.TestHomes;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Runs everywhere: with or without Docker, an engine that does not answer must give the same clear message. */
@DisplayName("docker provider without a Docker engine")
class DockerMissingTest {

    @Test
    @DisplayName("db start names the other two providers, exits 3 and prints no stack trace")
    void noEngineNamesOtherProviders() throws Exception {
        Path home = TestHomes.fresh("docker-missing");
        Map<String, String> env = TestHomes.env(home);
        env.put("DOCKER_HOST", "unix://" + home.resolve("no-docker-here.sock"));
        WorkbookProcess.Result r = WorkbookProcess.run(env, "db", "start", "--provider", "docker");
        assertThat(r.code()).as(r.out()).isEqualTo(3);
        assertThat(r.out()).contains("Docker is not available").contains("--provider embedded").contains("--provider server")
                .contains("troubleshooting/docker-provider.md").doesNotContain("\tat ");
    }
}
