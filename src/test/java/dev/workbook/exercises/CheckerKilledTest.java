package dev.workbook.exercises;

import static org.assertj.core.api.Assertions.assertThat;

import dev.workbook.chapters.ChapterCatalog;
import dev.workbook.chapters.ExerciseJsh;
import dev.workbook.testing.JavaProcess;
import dev.workbook.testing.SharedServer;
import dev.workbook.testing.TestHomes;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * `workbook check` killed with kill -9 in the middle of a run (the student's code in an endless loop, its run database and
 * account on the server) leaves nothing behind once the next check has run: that check sweeps what a dead run held.
 */
class CheckerKilledTest {
    @Test
    @DisplayName("a checker killed with kill -9 mid-run: the next check removes its run database and account")
    void killedMidRun() throws Exception {
        SharedServer.target();
        Path dir = TestHomes.fresh("killed");
        Exercise ex = ExerciseManifest.load().find("01");
        String looping = ExerciseJsh.write(ChapterCatalog.load().exercise(ex.id()).orElseThrow(),
                List.of("void createPets() {\n    while (true) { }\n}"));
        Path file = dir.resolve(ex.fileName());
        Files.writeString(file, looping);
        Map<String, String> env = new HashMap<>(TestHomes.env(TestHomes.root().resolve("shared")));
        env.put("WORKBOOK_SANDBOX_CDS", System.getenv().getOrDefault("WORKBOOK_SANDBOX_CDS", ""));
        Process cli = JavaProcess.start(env, dir.resolve("cli.txt"), "check", ex.id(), "--file", file.toString());
        long deadline = System.nanoTime() + 120_000_000_000L;
        while (leftovers().isEmpty() && cli.isAlive() && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(leftovers()).as("the check got as far as its run database: " + Files.readString(dir.resolve("cli.txt"))).isNotEmpty();
        Thread.sleep(1500); // into the student's endless loop
        cli.destroyForcibly(); // kill -9
        cli.waitFor();
        assertThat(leftovers()).as("a killed checker cannot clean up after itself").isNotEmpty();

        try (ExerciseChecker next = new ExerciseChecker(SharedServer.target())) {
            ExerciseResult r = next.check(ex, ExerciseFiles.reference(ex));
            assertThat(r.passed()).as(() -> Reports.full(r)).isTrue();
        }
        assertThat(leftovers()).as("the next check swept the dead run's database and account").isEmpty();
    }

    /** Run databases and accounts on the server. */
    private static List<String> leftovers() throws Exception {
        List<String> left = new ArrayList<>();
        try (Connection c = SharedServer.target().adminDataSource().orElseThrow().getConnection();
             ResultSet rs = c.createStatement().executeQuery("SELECT SCHEMA_NAME FROM information_schema.SCHEMATA"
                     + " WHERE SCHEMA_NAME LIKE 'wbx\\_%' UNION ALL SELECT CONCAT(User, '@', Host) FROM mysql.user"
                     + " WHERE User LIKE 'wbx\\_%'")) {
            while (rs.next()) {
                left.add(rs.getString(1));
            }
        }
        return left;
    }
}
