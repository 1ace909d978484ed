package dev.workbook.sql;

import static org.assertj.core.api.Assertions.assertThat;

import dev.workbook.testing.SharedServer;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.sql.Connection;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Golden output, written out by hand: each expected table below was counted in terminal columns (☕ ✅ ⭐ 👍🏽 中 take
 * two, a combining accent none), never measured with the printer's own width function.
 */
@DisplayName("Result tables line up, whatever the text in them, and show values whole")
class TablePrinterTest {

    private static List<String> row(String... cells) {
        return Arrays.asList(cells);
    }

    @Test
    @DisplayName("emoji (☕ ✅ ⭐, 👍🏽 with its skin tone) take two columns, like CJK; a combining accent takes none")
    void wideCharacters() {
        String got = TablePrinter.table(List.of("drink", "ok"), List.of(row("☕", "✅"), row("tea", "⭐"), row("👍🏽", "NULL"),
                row("中文", "e\u0301")));
        assertThat(got).isEqualTo("""
                +-------+------+
                | drink | ok   |
                +-------+------+
                | ☕    | ✅   |
                | tea   | ⭐   |
                | 👍🏽    | NULL |
                | 中文  | e\u0301    |
                +-------+------+
                4 rows in set
                """);
    }

    @Test
    @DisplayName("a multi-line value keeps its line breaks: the row grows taller and every border stays in place")
    void multiLineValues() {
        String got = TablePrinter.table(List.of("Table", "Create Table"),
                List.of(row("t", "CREATE TABLE `t` (\n  `id` int\n)")));
        assertThat(got).isEqualTo("""
                +-------+--------------------+
                | Table | Create Table       |
                +-------+--------------------+
                | t     | CREATE TABLE `t` ( |
                |       |   `id` int         |
                |       | )                  |
                +-------+--------------------+
                1 row in set
                """);
    }

    @Test
    @DisplayName("the vertical (\\G) layout: a banner per row, names right-aligned, values whole with their line breaks")
    void verticalLayout() {
        String got = TablePrinter.vertical(List.of("Table", "Create Table"),
                List.of(row("t", "CREATE TABLE `t` (\n  `id` int\n)"), row("☕", "x")));
        assertThat(got).isEqualTo("""
                *************************** 1. row ***************************
                       Table: t
                Create Table: CREATE TABLE `t` (
                  `id` int
                )
                *************************** 2. row ***************************
                       Table: ☕
                Create Table: x
                2 rows in set
                """);
        assertThat(TablePrinter.vertical(List.of("a"), List.of())).isEqualTo("Empty set\n");
    }

    @Test
    @DisplayName("long values are never cut, and tabs become spaces so that the borders stay straight")
    void longValuesAndTabs() {
        String longValue = "x".repeat(300);
        assertThat(TablePrinter.table(List.of("v"), List.of(row(longValue)))).contains("| " + longValue + " |");
        assertThat(TablePrinter.table(List.of("v"), List.of(row("a\tb")))).isEqualTo("""
                +-----------+
                | v         |
                +-----------+
                | a       b |
                +-----------+
                1 row in set
                """);
    }

    @Test
    @DisplayName("through the real server: SHOW CREATE TABLE prints vertically on its own, its UNIQUE KEY line intact")
    void showCreateTableFromTheServer() throws Exception {
        StringWriter out = new StringWriter();
        try (Connection c = SharedServer.freshDatabase("table_printer").connect()) {
            SqlRunner.run(c, "CREATE TABLE pet (name VARCHAR(20) PRIMARY KEY, owner VARCHAR(20), UNIQUE KEY uk_owner (owner)) "
                    + "DEFAULT CHARSET utf8mb4 COLLATE utf8mb4_unicode_ci; INSERT INTO pet VALUES ('Fluffy 🐱', 'Harold');"
                    + "SHOW CREATE TABLE pet; SELECT name, owner FROM pet\\G SELECT name, owner FROM pet", new PrintWriter(out));
        }
        assertThat(out.toString()).contains("""
                *************************** 1. row ***************************
                       Table: pet
                Create Table: CREATE TABLE `pet` (
                  `name` varchar(20) NOT NULL,
                  `owner` varchar(20) DEFAULT NULL,
                  PRIMARY KEY (`name`),
                  UNIQUE KEY `uk_owner` (`owner`)
                ) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci
                1 row in set
                """, """
                *************************** 1. row ***************************
                 name: Fluffy 🐱
                owner: Harold
                1 row in set
                """, """
                +-----------+--------+
                | name      | owner  |
                +-----------+--------+
                | Fluffy 🐱 | Harold |
                +-----------+--------+
                1 row in set
                """);
    }
}
