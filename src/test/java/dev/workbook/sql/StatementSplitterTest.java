package dev.workbook.sql;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Scripts split into statements as the mysql client splits them")
class StatementSplitterTest {
    @Test
    @DisplayName("semicolons inside quotes, backquotes and comments do not split")
    void quotesAndComments() {
        assertThat(StatementSplitter.split("SELECT 'a;b'; SELECT `x;y` FROM t; -- c;d\nSELECT \"e;f\" /* g;h */; # i;j\n"))
                .containsExactly("SELECT 'a;b'", "SELECT `x;y` FROM t", "SELECT \"e;f\"");
    }

    @Test
    @DisplayName("escaped and doubled quotes stay inside the string")
    void escapes() {
        assertThat(StatementSplitter.split("SELECT 'it''s;'; SELECT 'a\\';b'"))
                .containsExactly("SELECT 'it''s;'", "SELECT 'a\\';b'");
    }

    @Test
    @DisplayName("empty statements and trailing whitespace are dropped; -- needs a space to start a comment")
    void empties() {
        assertThat(StatementSplitter.split(" ;; SELECT 1--2 ;\n\n")).containsExactly("SELECT 1--2");
    }

    @Test
    @DisplayName("mysqldump's executable comments and optimizer hints reach the server; plain comments do not")
    void executableCommentsAndHints() {
        assertThat(StatementSplitter.split("/*!40101 SET NAMES utf8mb4 */;\n/*M!100100 SET @a = 1 */;\n"
                + "SELECT /*+ MAX_EXECUTION_TIME(1000) */ id /* why */ FROM t;\n/* only a comment */;"))
                .containsExactly("/*!40101 SET NAMES utf8mb4 */", "/*M!100100 SET @a = 1 */",
                        "SELECT /*+ MAX_EXECUTION_TIME(1000) */ id   FROM t");
    }

    @Test
    @DisplayName("DELIMITER lines change the delimiter and are not sent; the body's semicolons stay inside")
    void delimiterBlocks() {
        String script = """
                DELIMITER //
                CREATE PROCEDURE p()
                BEGIN
                  SELECT 1; SELECT 2;
                END //
                delimiter ;
                CALL p();
                DELIMITER ;;
                /*!50003 CREATE*/ /*!50003 TRIGGER t AFTER INSERT ON x FOR EACH ROW BEGIN SET @n = 1; END */;;
                DELIMITER ;
                """;
        List<SqlStatement> s = StatementSplitter.statements(script);
        assertThat(s).extracting(SqlStatement::sql).containsExactly(
                "CREATE PROCEDURE p()\nBEGIN\n  SELECT 1; SELECT 2;\nEND",
                "CALL p()",
                "/*!50003 CREATE*/ /*!50003 TRIGGER t AFTER INSERT ON x FOR EACH ROW BEGIN SET @n = 1; END */");
        assertThat(s).extracting(SqlStatement::line).as("the line each statement starts on").containsExactly(2, 7, 9);
    }

    @Test
    @DisplayName("without DELIMITER, BEGIN ... END bodies of procedures, functions, triggers and events stay whole")
    void compoundBodiesWithTheDefaultDelimiter() {
        String script = """
                CREATE PROCEDURE p(IN n INT)
                BEGIN
                  DECLARE i INT DEFAULT 0;
                  WHILE i < n DO SET i = i + 1; END WHILE;
                  IF i > 2 THEN SELECT 'big'; ELSE SELECT 'small'; END IF;
                  SELECT CASE WHEN i > 1 THEN 'x' ELSE 'y' END AS c;
                  CASE i WHEN 1 THEN SELECT 1; ELSE BEGIN SELECT 2; END; END CASE;
                END;
                CREATE TRIGGER t BEFORE INSERT ON x FOR EACH ROW BEGIN SET NEW.a = 1; SET NEW.b = 2; END;
                CREATE TRIGGER t2 BEFORE INSERT ON x FOR EACH ROW SET NEW.a = 1;
                CREATE FUNCTION f() RETURNS INT RETURN CASE WHEN 1 THEN 2 END;
                CREATE EVENT e ON SCHEDULE EVERY 1 DAY DO BEGIN DELETE FROM x; DELETE FROM y; END;
                BEGIN NOT ATOMIC SELECT 1; SELECT 2; END;
                BEGIN; INSERT INTO x VALUES (1); COMMIT;
                CREATE TABLE procedure_log (a INT, b INT AS (CASE WHEN a > 0 THEN 1 END));
                """;
        List<String> s = StatementSplitter.split(script);
        assertThat(s).hasSize(10);
        assertThat(s.get(0)).startsWith("CREATE PROCEDURE").endsWith("END CASE;\nEND");
        assertThat(s.get(1)).isEqualTo("CREATE TRIGGER t BEFORE INSERT ON x FOR EACH ROW BEGIN SET NEW.a = 1; SET NEW.b = 2; END");
        assertThat(s.get(2)).isEqualTo("CREATE TRIGGER t2 BEFORE INSERT ON x FOR EACH ROW SET NEW.a = 1");
        assertThat(s.get(3)).isEqualTo("CREATE FUNCTION f() RETURNS INT RETURN CASE WHEN 1 THEN 2 END");
        assertThat(s.get(4)).isEqualTo("CREATE EVENT e ON SCHEDULE EVERY 1 DAY DO BEGIN DELETE FROM x; DELETE FROM y; END");
        assertThat(s.get(5)).isEqualTo("BEGIN NOT ATOMIC SELECT 1; SELECT 2; END");
        assertThat(s.subList(6, 10)).as("a transaction's BEGIN is a statement of its own").containsExactly("BEGIN",
                "INSERT INTO x VALUES (1)", "COMMIT",
                "CREATE TABLE procedure_log (a INT, b INT AS (CASE WHEN a > 0 THEN 1 END))");
    }

    @Test
    @DisplayName("\\G ends a statement and asks for the vertical layout, \\g just ends it; inside strings they are text")
    void verticalTerminator() {
        List<SqlStatement> s = StatementSplitter.statements("SHOW CREATE TABLE t\\G SELECT 1\\g SELECT '\\G' AS g;");
        assertThat(s).extracting(SqlStatement::sql).containsExactly("SHOW CREATE TABLE t", "SELECT 1", "SELECT '\\G' AS g");
        assertThat(s).extracting(SqlStatement::vertical).containsExactly(true, false, false);
    }

    @Test
    @DisplayName("a real mariadb-dump file: header, tables, data, a trigger, an event, a function, a procedure, a view")
    void realDump() throws IOException {
        String dump;
        try (InputStream in = getClass().getResourceAsStream("/sql/mariadb-dump-10.11.sql")) {
            dump = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        List<String> s = StatementSplitter.split(dump);
        assertThat(s).as("no client command reaches the server").noneMatch(x -> x.contains("DELIMITER") || x.contains("sandbox"));
        assertThat(s.get(0)).isEqualTo("/*!40101 SET @OLD_CHARACTER_SET_CLIENT=@@CHARACTER_SET_CLIENT */");
        assertThat(s).contains("/*!40101 SET NAMES utf8mb4 */", "LOCK TABLES `author` WRITE",
                "INSERT INTO `author` VALUES\n(1,'Ada ☕',0),\n(2,'Carl; \\\"the\\\" \\'quoted\\'',0)");
        assertThat(s).filteredOn(x -> x.contains("TRIGGER post_count")).singleElement().asString()
                .startsWith("/*!50003 CREATE*/ /*!50017 DEFINER=").contains("posts = posts + 1 WHERE id = NEW.author_id;")
                .endsWith("END \n*/");
        assertThat(s).filteredOn(x -> x.contains("PROCEDURE `add_post`")).singleElement().asString()
                .contains("DECLARE n INT DEFAULT 0;", "END IF;").endsWith("END");
        assertThat(s).filteredOn(x -> x.contains("EVENT `tidy`")).singleElement().asString()
                .contains("DO BEGIN DELETE FROM post WHERE title IS NULL; END");
        assertThat(s).filteredOn(x -> x.contains("FUNCTION `shout`")).singleElement().asString()
                .contains("RETURN CONCAT(UPPER(s), '!');");
        assertThat(s.get(s.size() - 1)).isEqualTo("/*!40111 SET SQL_NOTES=@OLD_SQL_NOTES */");
        assertThat(s).as("one per line that ends with the delimiter in force, counted apart").hasSize(115);
    }
}
