package dev.workbook.chapters;

import static org.assertj.core.api.Assertions.assertThat;

import dev.workbook.db.DbTarget;
import dev.workbook.testing.Requirements;
import dev.workbook.testing.SharedServer;
import dev.workbook.testing.TestHomes;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * A generated script runs in the JDK's own jshell tool (its default remote engine, a separate JVM), the way
 * notebooks/jshell/NN-slug.jsh documents it, and leaves the chapter's end state in the database.
 */
class PlainJshellTest {
    static final Path PROJECT = Path.of(System.getProperty("workbook.project.dir", "."));

    @Test
    @DisplayName("plain jshell runs notebooks/jshell/04-inserting.jsh to the chapter's end state")
    void plainJshellRunsAScript() throws Exception {
        Path jshell = Path.of(System.getProperty("java.home"), "bin", "jshell");
        Requirements.require(Files.isExecutable(jshell), "the jshell tool", "use a full JDK (not a JRE) to run the tests");
        Path home = TestHomes.root().resolve("shared");
        DbTarget db = SharedServer.freshDatabase("jsh04");
        Chapter chapter = ChapterCatalog.load().find("04");
        String classPath = String.join(File.pathSeparator, ClasspathEntries.current());
        ProcessBuilder pb = new ProcessBuilder(jshell.toString(), "--class-path", classPath,
                PROJECT.resolve("notebooks/jshell/" + chapter.id() + ".jsh").toString());
        Map<String, String> env = pb.environment();
        env.clear();
        env.putAll(TestHomes.env(home));
        env.put("WORKBOOK_DB_NAME", db.database());
        Path log = Files.createTempFile(TestHomes.root(), "jshell-04-", ".log");
        pb.redirectErrorStream(true).redirectOutput(log.toFile());
        Process p = pb.start();
        boolean done = p.waitFor(180, TimeUnit.SECONDS);
        String output = Files.readString(log, StandardCharsets.UTF_8);
        if (!done) {
            p.destroyForcibly();
        }
        assertThat(done).as("jshell finished (the script ends with /exit); output:\n" + output).isTrue();
        assertThat(p.exitValue()).as(output).isZero();
        assertThat(output).as("the script reached its last cells").contains("after persist, before commit: id = 3")
                .contains("Detached entity passed to persist");
        try (Connection c = db.dataSource(db.database(), db.admin()).getConnection()) {
            assertThat(EndState.of(chapter).mismatches(c)).as("database after plain jshell; output:\n" + output).isEmpty();
        }
    }
}
