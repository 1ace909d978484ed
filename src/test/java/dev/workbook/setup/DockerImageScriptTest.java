package dev.workbook.setup;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The docker image script's own checks, which need neither root nor Docker. CI runs the script for real. */
@DisplayName("setup/docker-local-image.sh: syntax, help and refused input")
class DockerImageScriptTest {
    private static final Path PROJECT = Path.of(System.getProperty("workbook.project.dir", ".")).toAbsolutePath();

    private record Result(int exit, String output) {
    }

    private static Result run(String... cmd) throws Exception {
        Process p = new ProcessBuilder(cmd).directory(PROJECT.toFile()).redirectErrorStream(true).start();
        p.getOutputStream().close();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
        return new Result(p.exitValue(), out);
    }

    @Test
    @DisplayName("the script and the image's entrypoint parse as POSIX sh")
    void syntax() throws Exception {
        assertThat(run("sh", "-n", "setup/docker-local-image.sh").exit()).isZero();
        assertThat(run("sh", "-n", "setup/docker/entrypoint.sh").exit()).isZero();
    }

    @Test
    @DisplayName("--help explains the script and names the image tag's source and the settings to export")
    void help() throws Exception {
        Result r = run("sh", "setup/docker-local-image.sh", "--help");
        assertThat(r.exit()).isZero();
        assertThat(r.output()).contains("Usage:", "--force", "docker.local.image", "WORKBOOK_DOCKER_IMAGE");
    }

    @Test
    @DisplayName("an unknown option exits 2 before touching anything, with the next command")
    void unknownOption() throws Exception {
        Result r = run("sh", "setup/docker-local-image.sh", "--frobnicate");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.output()).contains("unknown option: --frobnicate", "next:");
    }
}
