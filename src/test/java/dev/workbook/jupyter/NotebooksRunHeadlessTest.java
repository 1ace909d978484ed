package dev.workbook.jupyter;

import static org.assertj.core.api.Assertions.assertThat;

import dev.workbook.testing.CliRun;
import dev.workbook.testing.JupyterTesting;
import dev.workbook.testing.SharedServer;
import dev.workbook.testing.TestHomes;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Every notebook in notebooks/ (discovered, so chapters added later are included), executed in order with the real
 * Java kernel against the embedded server, on one fresh database as a student would run them. A cell that errors
 * fails the build with the notebook, the cell and the error in the message.
 */
class NotebooksRunHeadlessTest {
    @Test
    @DisplayName("every notebook runs headlessly with the real Java kernel, in order, without an unexpected error")
    void everyNotebookRuns() {
        List<Path> notebooks = NotebookExecutor.discover(ProjectDir.detect().notebooks());
        Assumptions.assumeFalse(notebooks.isEmpty(), "no notebooks in notebooks/ yet (they are generated from the chapters)");
        JupyterTesting.requireJupyter();
        SharedServer.freshDatabase("nb_chapters");
        Path work = TestHomes.fresh("nb-chapters");
        Map<String, String> env = JupyterTesting.env(TestHomes.root().resolve("shared"), work.resolve("jupyter"));
        env.put("WORKBOOK_DB_NAME", "nb_chapters");
        CliRun install = JupyterTesting.cli(env, "kernel", "install", "--classpath", JupyterTesting.buildClasspath());
        assertThat(install.exitCode()).as(install.toString()).isZero();

        CliRun r = JupyterTesting.cli(env, "notebook", "execute", "--output-dir", ProjectDir.detect().dir()
                .resolve("target/notebooks-executed").toString());
        System.out.println(r.out());
        assertThat(r.exitCode()).as("notebooks that failed (executed copies in target/notebooks-executed):%n%s", r.toString())
                .isZero();
        assertThat(r.out()).contains(notebooks.size() + " notebook(s), 0 failed");
    }
}
