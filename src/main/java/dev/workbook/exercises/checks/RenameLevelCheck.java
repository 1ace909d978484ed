package dev.workbook.exercises.checks;

import static dev.workbook.exercises.checks.Db.row;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("09-rename-level")
@DisplayName("09-rename-level: V5 renames course.level to difficulty")
class RenameLevelCheck {
    @Test
    @Order(1)
    @DisplayName("course has difficulty (VARCHAR(20) NOT NULL) and no level any more")
    void renamed() {
        Db.Column d = Db.columns("course").get("difficulty");
        assertEquals("varchar(20) not null", d == null ? "(no column difficulty)" : d.columnType() + (d.nullable() ? " null" : " not null"),
                "course.difficulty is what level was: VARCHAR(20) NOT NULL.");
        assertFalse(Db.columns("course").containsKey("level"), "course has no column level any more: it was renamed, not copied.");
    }

    @Test
    @Order(2)
    @DisplayName("the values moved with the column")
    void valuesKept() {
        assertEquals(List.of(row("BIO101", "intro"), row("GEO201", "advanced")),
                Db.rows("SELECT code, difficulty FROM course ORDER BY code"),
                "Each course keeps its level, now in difficulty (code, difficulty).");
    }

    @Test
    @Order(3)
    @DisplayName("flyway_schema_history ends with V5 rename course level, successful, after V1 to V4")
    void history() {
        assertEquals(List.of(row("1", "1"), row("2", "1"), row("3", "1"), row("4", "1"),
                        row("5", "1")),
                Db.rows("SELECT version, success FROM flyway_schema_history WHERE type = 'SQL' ORDER BY installed_rank"),
                "The versioned migrations (version, success) are V1 to V5, each applied once and successfully.");
        assertEquals(List.of(row("rename course level", "V5__rename_course_level.sql")),
                Db.rows("SELECT description, script FROM flyway_schema_history WHERE version = '5'"),
                "V5's description and script name come from the file name V5__rename_course_level.sql.");
    }
}
