package dev.workbook.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.workbook.testing.SharedServer;
import dev.workbook.testing.TestHomes;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** `workbook run` and `workbook chapters` in-process, on the shared embedded server (its home, so start attaches). */
class RunCommandTest {
    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();

    int run(String... args) {
        SharedServer.target();
        Path home = TestHomes.root().resolve("shared");
        CliContext ctx = new CliContext(TestHomes.env(home), new ByteArrayInputStream(new byte[0]), new PrintWriter(out, true),
                new PrintWriter(err, true));
        return WorkbookCli.run(ctx, args);
    }

    @Test
    @DisplayName("workbook run 01 runs the chapter on the configured database and prints each snippet's output")
    void runsAChapter() {
        int code = run("run", "01", "--database", "cli_run");
        assertThat(code).as(() -> "exit code; stderr:\n" + err).isZero();
        assertThat(out.toString()).contains("running 1 chapter on embedded workbook@127.0.0.1")
                .contains("| cli_run          |").contains("ok: 01-getting-a-server");
    }

    @Test
    @DisplayName("an unknown chapter is bad input (exit 2) and says how to list chapters, before any server starts")
    void unknownChapter() {
        int code = run("run", "99-nothing");
        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).contains("no such chapter: 99-nothing").contains("workbook chapters list");
    }

    @Test
    @DisplayName("workbook chapters list shows every chapter in order with its title")
    void listsChapters() {
        assertThat(run("chapters", "list")).isZero();
        assertThat(out.toString()).contains("01  01-getting-a-server").contains("05  05-querying");
    }

    @Test
    @DisplayName("workbook chapters export --check passes on the committed notebooks")
    void exportCheck() {
        int code = run("chapters", "export", "--check", "--dir", System.getProperty("workbook.project.dir", "."));
        assertThat(code).as(() -> "stderr:\n" + err).isZero();
    }

    @Test
    @DisplayName("workbook tour --from the last chapter runs just that one and prints the summary table")
    void tourFrom() {
        var all = dev.workbook.chapters.ChapterCatalog.load().all();
        String last = all.get(all.size() - 1).id();
        int code = run("tour", "--from", last, "--database", "cli_tour");
        assertThat(code).as(() -> "stderr:\n" + err).isZero();
        assertThat(out.toString()).contains("the workbook tour: 1 chapter on embedded").contains("ok: " + last)
                .containsPattern(last + " +\\d+ +[0-9.]+ s +ok").containsPattern("1 of 1 chapters passed in [0-9.]+ s");
    }
}
