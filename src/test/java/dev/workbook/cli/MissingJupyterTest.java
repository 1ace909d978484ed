package dev.workbook.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.workbook.testing.CliRun;
import dev.workbook.testing.JupyterTesting;
import dev.workbook.testing.TestHomes;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;

/** With no working jupyter on PATH, every Jupyter command says how to get it and exits 3. Needs no Jupyter. */
@EnabledOnOs({OS.LINUX, OS.MAC})
class MissingJupyterTest {
    private static Map<String, String> envWithPath(Path bin) {
        Path home = TestHomes.fresh("no-jupyter");
        Map<String, String> env = JupyterTesting.env(home, home.resolve("jupyter"));
        env.put("PATH", bin.toString());
        return env;
    }

    @Test
    @DisplayName("kernel install without Jupyter prints this OS's install line, pip/pipx, the help page, and exits 3")
    void kernelInstallExplainsHowToGetJupyter() {
        CliRun r = JupyterTesting.cli(envWithPath(TestHomes.fresh("empty-bin")), "kernel", "install");
        assertThat(r.exitCode()).as(r.toString()).isEqualTo(3);
        assertThat(r.err()).contains("Jupyter is not installed", "pipx install notebook", "pip install --user notebook",
                "troubleshooting/jupyter-not-found.md", "then run: workbook kernel install");
        if (Files.exists(Path.of("/etc/debian_version"))) {
            assertThat(r.err()).contains("apt-get install -y jupyter-notebook jupyter-nbconvert python3-nbclient");
        }
        assertThat(r.err()).as("no stack trace").doesNotContain("\tat ");
    }

    @Test
    @DisplayName("a jupyter on PATH that does not work (a broken shim) counts as missing, for notebook and uninstall too")
    void brokenShimCountsAsMissing() throws Exception {
        Path bin = TestHomes.fresh("shim-bin");
        Path shim = bin.resolve("jupyter");
        Files.writeString(shim, "#!/bin/sh\necho 'pyenv: jupyter: command not found' >&2\nexit 127\n");
        Files.setPosixFilePermissions(shim, PosixFilePermissions.fromString("rwxr-xr-x"));
        for (String[] args : new String[][] {{"notebook", "--no-browser"}, {"kernel", "uninstall"}, {"notebook", "execute"}}) {
            CliRun r = JupyterTesting.cli(envWithPath(bin), args);
            assertThat(r.exitCode()).as(String.join(" ", args) + "\n" + r.toString()).isEqualTo(3);
            assertThat(r.err()).contains("Jupyter is not installed");
        }
    }
}
