package dev.workbook.jupyter;

import static org.assertj.core.api.Assertions.assertThat;

import dev.workbook.json.Json;
import dev.workbook.testing.CliRun;
import dev.workbook.testing.JupyterTesting;
import dev.workbook.testing.SharedServer;
import dev.workbook.testing.TestHomes;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Errors in notebook cells, as a student meets them, through the real kernel: one notebook holding each error path,
 * executed once with nbconvert (errors allowed), then each cell's error read as Jupyter shows it.
 */
class CellErrorsNotebookTest {
    static final List<String> CELLS = List.of(
            "sf2.fromSession(s -> s.find(Blog.Post.class, 1L))",
            "Workbook.sql(\"SELECT * FROM no_such_table_here\")",
            "@jakarta.persistence.Entity(name = \"Thing\")\nclass Thing {\n    @jakarta.persistence.Id Long id;\n}",
            "org.hibernate.SessionFactory sf = Workbook.hibernate(Thing.class)\n"
                    + "        .schema(org.hibernate.tool.schema.Action.CREATE).build();",
            "sf.fromSession(s -> s.createNativeQuery(\"SELECT * FROM no_such_table_either\", Object.class).getResultList())",
            "sf.close();",
            "sf.fromSession(s -> s.find(Thing.class, 1L))",
            "var t = Workbook.target();\nint dead;\ntry (var socket = new java.net.ServerSocket(0)) {\n    dead = socket.getLocalPort();\n}\n"
                    + "Workbook.use(new dev.workbook.db.DbTarget(t.provider(), t.host(), dead, t.database(), t.app(), t.admin(),"
                    + " t.serverVersion()));\nWorkbook.sql(\"SELECT 1\");",
            "Workbook.lastError()",
            "throw dev.workbook.errors.WorkbookException.notReady(\"the server is not running\").value(\"embedded\")"
                    + ".next(\"./workbook db start\").help(\"troubleshooting/server-not-running.md\").build();");
    private static List<String> shown;

    @BeforeAll
    static void runTheNotebook() throws Exception {
        JupyterTesting.requireJupyter();
        SharedServer.freshDatabase("nb_errors");
        Path work = TestHomes.fresh("nb-errors");
        Map<String, String> env = JupyterTesting.env(TestHomes.root().resolve("shared"), work.resolve("jupyter"));
        env.put("WORKBOOK_DB_NAME", "nb_errors");
        CliRun install = JupyterTesting.cli(env, "kernel", "install", "--no-archive", "--classpath", JupyterTesting.buildClasspath());
        assertThat(install.exitCode()).as(install.toString()).isZero();
        Path nb = work.resolve("errors.ipynb");
        Files.writeString(nb, notebook(CELLS));
        Jupyter jupyter = Jupyter.require(env, null);
        NotebookRun run = new NotebookExecutor(jupyter, KernelInstaller.DEFAULT_NAME, work.resolve("out"), Duration.ofMinutes(2))
                .execute(nb);
        assertThat(run.executionFailure()).as(run.report()).isNull();
        shown = new ArrayList<>();
        for (Object cell : (List<?>) Json.parseObject(Files.readString(run.executed())).get("cells")) {
            List<Object> outputs = new ArrayList<>((List<?>) ((Map<?, ?>) cell).get("outputs"));
            StringBuilder text = new StringBuilder();
            String error = ExecutedNotebook.errorText(outputs);
            text.append(error == null ? "" : error);
            for (Object o : outputs) {
                if ("stream".equals(((Map<?, ?>) o).get("output_type"))) {
                    text.append(ExecutedNotebook.text(((Map<?, ?>) o).get("text")));
                }
            }
            shown.add(text.toString());
        }
    }

    static String notebook(List<String> sources) {
        List<Object> cells = new ArrayList<>();
        int i = 0;
        for (String s : sources) {
            Map<String, Object> c = new LinkedHashMap<>();
            c.put("cell_type", "code");
            c.put("execution_count", null);
            c.put("id", "c" + (++i));
            c.put("metadata", Map.of());
            c.put("outputs", List.of());
            c.put("source", s);
            cells.add(c);
        }
        Map<String, Object> nb = new LinkedHashMap<>();
        nb.put("cells", cells);
        nb.put("metadata", Map.of("kernelspec", Map.of("name", KernelInstaller.DEFAULT_NAME, "display_name", "Java", "language", "java")));
        nb.put("nbformat", 4);
        nb.put("nbformat_minor", 5);
        return Json.write(nb);
    }

    @Test
    @DisplayName("names from cells not run yet: says which names, to run the cells above or Run All, and links the page")
    void cellsRunOutOfOrder() {
        assertThat(shown.get(0)).contains("error: this cell uses sf2, Blog", "run the cells above this one first", "Run All",
                "help: troubleshooting/notebook-cells-out-of-order.md");
        assertThat(shown.get(0).lines().filter(l -> l.startsWith("error:"))).as("one message, not one per name").hasSize(1);
    }

    @Test
    @DisplayName("a SQL error: the server's words, its error code, the next step and the same page the tour links")
    void sqlError() {
        assertThat(shown.get(1)).as("through Workbook.sql").contains("no_such_table_here", "SQL error 1146 (SQLSTATE 42S02)",
                "help: troubleshooting/1146-table-doesnt-exist.md", "next: check the name");
        assertThat(shown.get(4)).as("through Hibernate").contains("no_such_table_either", "sql error: MySQL/MariaDB error 1146",
                "next: check the name", "help: troubleshooting/1146-table-doesnt-exist.md");
    }

    @Test
    @DisplayName("a closed SessionFactory: says it is closed and which cell to run again")
    void closedFactory() {
        assertThat(shown.get(6)).contains("error: this SessionFactory is closed",
                "run again the cell that builds it, the one that begins:  org.hibernate.SessionFactory sf = Workbook.hibernate(Thing.class)",
                "help: troubleshooting/entity-manager-factory-closed.md");
    }

    @Test
    @DisplayName("a server that stopped: says to run ./workbook db start and links the page, no stack trace")
    void stoppedServer() {
        assertThat(shown.get(7)).contains("error: the database server does not answer", "next: run ./workbook db start",
                "help: troubleshooting/2003-cant-connect-tcp.md", "Workbook.lastError()")
                .doesNotContain("\tat ", "   at com.mysql");
    }

    @Test
    @DisplayName("the raw error, with its stack trace and causes, is there on request: Workbook.lastError()")
    void rawErrorOnRequest() {
        assertThat(shown.get(8)).contains("The exception as thrown, with its causes:", "Caused by:", "ConnectException",
                "at com.mysql");
    }

    @Test
    @DisplayName("the workbook's own errors read as in the CLI: what, value, next, page")
    void workbookExceptionAsInTheCli() {
        assertThat(shown.get(9)).contains("error: the server is not running: embedded", "next: ./workbook db start",
                "help: troubleshooting/server-not-running.md");
    }
}
