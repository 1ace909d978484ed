package dev.workbook.chapters;

import static org.assertj.core.api.Assertions.assertThat;

import dev.workbook.db.DbTarget;
import dev.workbook.exercises.checks.Seed;
import dev.workbook.exercises.checks.Seeds;
import dev.workbook.exercises.checks.Variant;
import dev.workbook.jupyter.ProjectDir;
import dev.workbook.testing.CliRun;
import dev.workbook.testing.JupyterTesting;
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
 * The web chapters (15, 16) start a server inside whatever runs them. Beyond the JShell-API runner (ChapterEndStateTest),
 * they must also run in the real Java kernel (Jupyter, as Run All) and in the JDK's own jshell tool (a separate JVM on
 * JShell's remote engine), and leave their end states.
 */
class WebChaptersRunEverywhereTest {
    static final String[] WEB_CHAPTERS = {"15", "16"};
    static final java.util.Map<String, String> EXERCISES = java.util.Map.of("15", "15-search-form", "16", "16-tag-posts");

    @Test
    @DisplayName("notebooks 15 and 16 run in the real Java kernel (exercise cells too) and leave their end states")
    void notebooksInTheRealKernel() throws Exception {
        JupyterTesting.requireJupyter();
        DbTarget db = SharedServer.freshDatabase("nb_web");
        Map<String, String> env = JupyterTesting.env(TestHomes.root().resolve("shared"), TestHomes.fresh("nb-web").resolve("jupyter"));
        env.put("WORKBOOK_DB_NAME", db.database());
        CliRun install = JupyterTesting.cli(env, "kernel", "install", "--classpath", JupyterTesting.buildClasspath());
        assertThat(install.exitCode()).as(install.toString()).isZero();
        ProjectDir project = ProjectDir.detect();
        for (String number : WEB_CHAPTERS) {
            Chapter chapter = ChapterCatalog.load().find(number);
            CliRun r = JupyterTesting.cli(env, "notebook", "execute", "--output-dir",
                    project.dir().resolve("target/notebooks-executed").toString(),
                    project.notebooks().resolve(chapter.id() + ".ipynb").toString());
            assertThat(r.exitCode()).as(r.toString()).isZero();
            assertNotebookEndState(chapter, db, r.out());
        }
    }

    /**
     * A notebook also runs its chapter's exercise cells, whose setup loads the exercise's data (its visible seed) into the
     * notebook's database at the end: the tables the seed names hold the seed's rows, the others the chapter's end state.
     */
    private static void assertNotebookEndState(Chapter chapter, DbTarget db, String output) throws Exception {
        String exercise = EXERCISES.get(chapter.number());
        Seed seed = Seeds.of(exercise, Variant.VISIBLE, 0).orElseThrow();
        java.util.Set<String> seeded = new java.util.HashSet<>();
        seed.tables().forEach(t -> seeded.add(t.name()));
        EndState all = EndState.of(chapter);
        EndState rest = new EndState(chapter.id(), all.checks().stream()
                .filter(c -> seeded.stream().noneMatch(t -> c.sql().matches("(?is).*\\b" + t + "\\b.*"))).toList());
        try (Connection c = db.dataSource(db.database(), db.admin()).getConnection()) {
            if (!rest.checks().isEmpty()) {
                assertThat(rest.mismatches(c)).as("tables the exercise does not seed, after " + chapter.id() + "; output:\n" + output)
                        .isEmpty();
            }
            for (var table : seed.tables()) {
                String cols = String.join(", ", table.columns().subList(0, 2));
                java.util.List<String> expected = table.text(table.columns().subList(0, 2).toArray(String[]::new)).stream()
                        .map(row -> String.join(" | ", row)).toList();
                EndState seededRows = new EndState(chapter.id(), java.util.List.of(new EndState.Check(
                        "SELECT " + cols + " FROM " + table.name() + " ORDER BY " + cols, expected)));
                assertThat(seededRows.mismatches(c)).as("the exercise's rows in " + table.name() + "; output:\n" + output).isEmpty();
            }
        }
    }

    @Test
    @DisplayName("the scripts of chapters 15 and 16 run in plain jshell and leave their end states")
    void scriptsInPlainJshell() throws Exception {
        Path jshell = Path.of(System.getProperty("java.home"), "bin", "jshell");
        Requirements.require(Files.isExecutable(jshell), "the jshell tool", "use a full JDK (not a JRE) to run the tests");
        DbTarget db = SharedServer.freshDatabase("jsh_web");
        for (String number : WEB_CHAPTERS) {
            Chapter chapter = ChapterCatalog.load().find(number);
            ProcessBuilder pb = new ProcessBuilder(jshell.toString(), "--class-path",
                    String.join(File.pathSeparator, ClasspathEntries.current()),
                    PlainJshellTest.PROJECT.resolve("notebooks/jshell/" + chapter.id() + ".jsh").toString());
            pb.environment().clear();
            pb.environment().putAll(TestHomes.env(TestHomes.root().resolve("shared")));
            pb.environment().put("WORKBOOK_DB_NAME", db.database());
            Path log = Files.createTempFile(TestHomes.root(), "jshell-" + number + "-", ".log");
            Process p = pb.redirectErrorStream(true).redirectOutput(log.toFile()).start();
            boolean done = p.waitFor(240, TimeUnit.SECONDS);
            String output = Files.readString(log, StandardCharsets.UTF_8);
            if (!done) {
                p.destroyForcibly();
            }
            assertThat(done).as("jshell finished; output:\n" + output).isTrue();
            assertThat(output).as("no snippet failed").doesNotContain("|  Exception", "|  Error:");
            assertEndState(chapter, db, output);
        }
    }

    private static void assertEndState(Chapter chapter, DbTarget db, String output) throws Exception {
        try (Connection c = db.dataSource(db.database(), db.admin()).getConnection()) {
            assertThat(EndState.of(chapter).mismatches(c)).as("database after " + chapter.id() + "; output:\n" + output).isEmpty();
        }
    }
}
