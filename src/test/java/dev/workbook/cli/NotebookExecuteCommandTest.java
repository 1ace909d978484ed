package dev.workbook.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.workbook.db.DbTarget;
import dev.workbook.testing.CliRun;
import dev.workbook.testing.JupyterTesting;
import dev.workbook.testing.SharedServer;
import dev.workbook.testing.TestHomes;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * workbook notebook execute with the real rapaio kernel against the shared embedded server: a notebook that runs
 * leaves its rows in the database; a broken one fails and the report names the notebook, the cell and the error.
 */
class NotebookExecuteCommandTest {
    private static Map<String, String> env;
    private static DbTarget db;
    private static Path work;

    @BeforeAll
    static void installKernel() {
        JupyterTesting.requireJupyter();
        db = SharedServer.freshDatabase("nb_fixture");
        work = TestHomes.fresh("nb-execute");
        env = JupyterTesting.env(TestHomes.root().resolve("shared"), work.resolve("jupyter"));
        env.put("WORKBOOK_DB_NAME", db.database());
        CliRun r = JupyterTesting.cli(env, "kernel", "install", "--no-archive", "--classpath", JupyterTesting.buildClasspath());
        assertThat(r.exitCode()).as(r.toString()).isZero();
    }

    private static Path fixture(String name) throws IOException {
        Path copy = work.resolve(name);
        try (InputStream in = NotebookExecuteCommandTest.class.getResourceAsStream("/notebooks-fixture/" + name)) {
            Files.copy(in, copy);
        }
        return copy;
    }

    @Test
    @DisplayName("a notebook that runs passes, and its rows are in the database the workbook is configured for")
    void passingNotebookReachesTheDatabase() throws Exception {
        Path nb = fixture("01-passes.ipynb");
        CliRun r = JupyterTesting.cli(env, "notebook", "execute", nb.toString(), "--output-dir", work.resolve("out").toString());
        assertThat(r.exitCode()).as(r.toString()).isZero();
        assertThat(r.out()).contains("ok      01-passes.ipynb", "1 notebook(s), 0 failed");
        try (Connection c = db.connect(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM nb_student")) {
            rs.next();
            assertThat(rs.getInt(1)).as("the kernel inserted three students; the duplicate (cell 4) was refused").isEqualTo(3);
        }
        assertThat(Files.readString(work.resolve("out/01-passes.ipynb"))).as("the executed copy holds the cells' output")
                .contains("| students |", "Duplicate entry");
        assertThat(Files.readString(nb)).as("the notebook itself stays without outputs").doesNotContain("Duplicate entry");
    }

    @Test
    @DisplayName("a cell that errors fails the run: the report names the notebook, the cell and the error")
    void failingNotebookIsReported() throws Exception {
        Path nb = fixture("02-fails.ipynb");
        CliRun r = JupyterTesting.cli(env, "notebook", "execute", nb.toString(), "--output-dir", work.resolve("out").toString());
        assertThat(r.exitCode()).as("checks failed\n" + r.toString()).isEqualTo(1);
        assertThat(r.out()).contains("FAILED  " + nb, "cell 3 (id f-c2): raised an error",
                "| throw new IllegalStateException(\"the fixture's deliberate failure\");",
                "error: IllegalStateException: the fixture's deliberate failure",
                "1 more cell(s) misbehaved after it: cells 4", "1 notebook(s), 1 failed");
    }
}
