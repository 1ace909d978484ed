package dev.workbook.db.docker;

import static org.assertj.core.api.Assertions.assertThat;

import dev.workbook.db.Provider;
import dev.workbook.db.ProviderContract;
import dev.workbook.testing.TestHomes;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;

@DisplayName("docker provider: the provider contract, against a real container")
class DockerProviderContractTest extends ProviderContract {
    private final Path home = TestHomes.fresh("docker-contract");

    @BeforeAll
    void requireDocker() {
        DockerTestSupport.requireDockerAndImage();
    }

    @Override
    protected Provider provider() {
        return DockerTestSupport.provider(home);
    }

    @Override
    protected Map<String, String> cliEnv() {
        return DockerTestSupport.cliEnv(home);
    }

    @Override
    protected Path home() {
        return home;
    }

    @AfterAll
    void noContainerOrVolumeLeft() {
        assertThat(DockerTestSupport.tearDown(home)).as("db stop removed the container").isEmpty();
        assertThat(DockerEngine.volumeExists(DockerLayout.of(home).volumeName())).as("the test removed its volume").isFalse();
    }
}
