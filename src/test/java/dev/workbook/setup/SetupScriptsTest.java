package dev.workbook.setup;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The install scripts' own checks, which run without root or a package manager. CI runs setup/debian.sh for real
 * (twice, the second time with --expect-no-changes).
 */
@DisplayName("setup scripts: syntax, help and refused input")
class SetupScriptsTest {
    private static final Path PROJECT = Path.of(System.getProperty("workbook.project.dir", ".")).toAbsolutePath();

    private record Result(int exit, String output) {
    }

    private static Result run(String... cmd) throws IOException, InterruptedException {
        List<String> all = new ArrayList<>(List.of(cmd));
        Process p = new ProcessBuilder(all).directory(PROJECT.toFile()).redirectErrorStream(true).start();
        p.getOutputStream().close();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
        return new Result(p.exitValue(), out);
    }

    @ParameterizedTest
    @ValueSource(strings = {"setup/debian.sh", "setup/macos.sh", "setup/lib/common.sh"})
    @DisplayName("parses as bash")
    void syntax(String script) throws Exception {
        assertThat(run("bash", "-n", script).exit()).isZero();
    }

    @ParameterizedTest
    @ValueSource(strings = {"setup/debian.sh", "setup/macos.sh"})
    @DisplayName("--help explains the script and exits 0")
    void help(String script) throws Exception {
        Result r = run("bash", script, "--help");
        assertThat(r.exit()).isZero();
        assertThat(r.output()).contains("Usage:", "--yes", "--expect-no-changes");
    }

    @ParameterizedTest
    @ValueSource(strings = {"setup/debian.sh", "setup/macos.sh"})
    @DisplayName("refuses root as the application user and unknown options, before touching anything")
    void refusesBadInput(String script) throws Exception {
        Result root = run("bash", script, "--user", "root");
        assertThat(root.exit()).isEqualTo(2);
        assertThat(root.output()).contains("the application user must not be root", "troubleshooting/1698-auth-socket.md");
        Result unknown = run("bash", script, "--frobnicate");
        assertThat(unknown.exit()).isEqualTo(2);
        assertThat(unknown.output()).contains("unknown option: --frobnicate", "next:");
        Result name = run("bash", script, "--database", "my-db");
        assertThat(name.exit()).isEqualTo(2);
    }
}
