package dev.workbook.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.workbook.db.DbTarget;
import dev.workbook.testing.CliRun;
import dev.workbook.testing.Requirements;
import dev.workbook.testing.SharedServer;
import dev.workbook.testing.TestHomes;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * {@code workbook sql -f} loads what mysqldump writes. The source database is made by {@code workbook sql -f} itself from
 * a script with DELIMITER blocks (a procedure, a trigger, a function, an event, a view, emoji and awkward quotes), dumped
 * with the real mariadb-dump, loaded into a second database and checked there by using it: the procedure runs and the
 * trigger fires.
 */
@DisplayName("workbook sql -f loads a real mariadb-dump with a procedure, a trigger, a function, an event and a view")
class SqlDumpTest {
    static Path home;
    static DbTarget server;

    @BeforeAll
    static void server() {
        server = SharedServer.target();
        home = TestHomes.root().resolve("shared");
    }

    @Test
    @DisplayName("a dump made now by mariadb-dump from a database that workbook sql -f built")
    void freshDump() throws Exception {
        Requirements.require(onPath("mariadb-dump"), "mariadb-dump", "install Debian's mariadb-client");
        Path dir = TestHomes.fresh("dump");
        Path source = dir.resolve("source.sql");
        Files.writeString(source, resource("/sql/dump-source.sql"));
        CliRun built = CliRun.run(home, "sql", "--admin", "-f", source.toString());
        assertThat(built.exitCode()).as(built.toString()).isZero();

        Path dump = dir.resolve("dump.sql");
        ProcessBuilder pb = new ProcessBuilder("mariadb-dump", "-h", server.host(), "-P", "" + server.port(), "-u",
                server.admin().user(), "--routines", "--triggers", "--events", "dump_src")
                .redirectOutput(dump.toFile()).redirectError(dir.resolve("dump.err").toFile());
        pb.environment().put("MYSQL_PWD", server.admin().password()); // not on the command line, where ps shows it
        Process p = pb.start();
        p.getOutputStream().close();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(Files.readString(dir.resolve("dump.err"))).isZero();
        loadAndUse(dump, "dump_fresh");
    }

    @Test
    @DisplayName("the committed dump (mariadb-dump 10.11 of the same database), so the loader is tested without a client")
    void committedDump() throws Exception {
        Path dump = TestHomes.fresh("dump-fixture").resolve("dump.sql");
        Files.writeString(dump, resource("/sql/mariadb-dump-10.11.sql"));
        loadAndUse(dump, "dump_fixture");
    }

    private static void loadAndUse(Path dump, String database) throws SQLException {
        CliRun loaded = CliRun.run(home, "sql", "--admin", "--database", database, "-f", dump.toString());
        assertThat(loaded.exitCode()).as(loaded.toString()).isZero();
        try (Connection c = server.dataSource(database, server.admin()).getConnection(); Statement st = c.createStatement()) {
            assertThat(rows(st, "SELECT name FROM author ORDER BY id")).containsExactly("Ada ☕", "Carl; \"the\" 'quoted'");
            assertThat(rows(st, "SELECT body FROM post")).containsExactly("line one\nline two; still body");
            assertThat(rows(st, "SELECT CONCAT(ROUTINE_TYPE, ' ', ROUTINE_NAME) FROM information_schema.ROUTINES "
                    + "WHERE ROUTINE_SCHEMA = DATABASE() ORDER BY 1")).containsExactly("FUNCTION shout", "PROCEDURE add_post");
            assertThat(rows(st, "SELECT EVENT_NAME FROM information_schema.EVENTS WHERE EVENT_SCHEMA = DATABASE()"))
                    .containsExactly("tidy");
            assertThat(rows(st, "SELECT shout(name) FROM author WHERE id = 1")).containsExactly("ADA ☕!");
            st.execute("CALL add_post(1, 'second')");
            assertThat(rows(st, "SELECT posts FROM author WHERE id = 1")).as("the trigger counted the procedure's insert")
                    .containsExactly("1");
            assertThat(rows(st, "SELECT title FROM post_titles ORDER BY title")).containsExactly("first ✅", "second");
        }
    }

    private static List<String> rows(Statement st, String sql) throws SQLException {
        List<String> out = new ArrayList<>();
        try (ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = SqlDumpTest.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static boolean onPath(String program) {
        String path = System.getenv("PATH");
        if (path == null) {
            return false;
        }
        for (String d : path.split(File.pathSeparator)) {
            if (Files.isExecutable(Path.of(d, program))) {
                return true;
            }
        }
        return false;
    }
}
