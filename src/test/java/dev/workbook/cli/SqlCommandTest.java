package dev.workbook.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.workbook.testing.CliRun;
import dev.workbook.testing.SharedServer;
import dev.workbook.testing.TestHomes;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("workbook sql runs the seed's mysql-client steps for students without a mysql client")
class SqlCommandTest {
    static Path home;

    @BeforeAll
    static void server() {
        SharedServer.target();
        home = TestHomes.root().resolve("shared");
    }

    @Test
    @DisplayName("SHOW DATABASES prints an aligned table that lists the workbook database")
    void showDatabases() {
        CliRun r = CliRun.run(home, "sql", "SHOW DATABASES");
        assertThat(r.exitCode()).as(r.toString()).isZero();
        assertThat(r.out()).contains("| Database", "| workbook ", "rows in set");
        String[] lines = r.out().split("\\R");
        assertThat(lines[0]).as("a rule line opens the table").matches("\\+-+\\+");
        assertThat(lines[1].length()).as("columns are aligned").isEqualTo(lines[0].length());
    }

    @Test
    @DisplayName("several statements run in order; USE, SHOW TABLES and SELECT DATABASE() work")
    void scriptWithUse() {
        CliRun r = CliRun.run(home, "sql", "USE workbook; CREATE TABLE IF NOT EXISTS sqlcmd (id INT); "
                + "SHOW TABLES; SELECT DATABASE() AS db; DROP TABLE sqlcmd");
        assertThat(r.exitCode()).as(r.toString()).isZero();
        assertThat(r.out()).contains("Query OK", "sqlcmd", "| db ", "| workbook |");
    }

    @Test
    @DisplayName("the seed's CREATE DATABASE ... CHARACTER SET ... COLLATE runs with --admin, corrected to utf8mb4")
    void createDatabaseAsAdmin() {
        CliRun r = CliRun.run(home, "sql", "--admin", "DROP DATABASE IF EXISTS test1; "
                + "CREATE DATABASE test1 CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci; "
                + "SELECT DEFAULT_CHARACTER_SET_NAME AS cs FROM information_schema.SCHEMATA WHERE SCHEMA_NAME = 'test1'; "
                + "DROP DATABASE test1");
        assertThat(r.exitCode()).as(r.toString()).isZero();
        assertThat(r.out()).contains("| utf8mb4 |");
        CliRun denied = CliRun.run(home, "sql", "CREATE DATABASE test2");
        assertThat(denied.exitCode()).as("the app user may not create other databases").isEqualTo(2);
        assertThat(denied.err()).contains("1044", "CREATE DATABASE test2");
    }

    @Test
    @DisplayName("SQL comes from standard input or a file too")
    void stdinAndFile() throws Exception {
        Map<String, String> env = TestHomes.env(home);
        CliRun fromStdin = CliRun.run(env, "SELECT 40 + 2 AS answer;\n", "sql");
        assertThat(fromStdin.out()).contains("| 42 ");
        Path f = Files.writeString(TestHomes.fresh("sqlfile").resolve("q.sql"),
                "-- a comment; with a semicolon\nSELECT 'a;b' AS s; # another\nSELECT 2 AS n;\n");
        CliRun fromFile = CliRun.run(home, "sql", "-f", f.toString());
        assertThat(fromFile.exitCode()).as(fromFile.toString()).isZero();
        assertThat(fromFile.out()).contains("| a;b |", "| 2 |");
    }

    @Test
    @DisplayName("a failing statement exits 2 with the server's error code and the statement")
    void failingStatement() {
        CliRun r = CliRun.run(home, "sql", "SELECT * FROM no_such_table");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("1146", "42S02", "SELECT * FROM no_such_table");
        CliRun missing = CliRun.run(home, "sql", "-f", "/no/such/file.sql");
        assertThat(missing.exitCode()).isEqualTo(2);
        assertThat(missing.err()).contains("cannot read the SQL file", "/no/such/file.sql");
    }
}
