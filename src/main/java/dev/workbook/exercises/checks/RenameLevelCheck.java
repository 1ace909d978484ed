package dev.workbook.exercises.checks;

import static dev.workbook.exercises.checks.Db.row;

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
    @Points(2)
    @DisplayName("course has difficulty (VARCHAR(20) NOT NULL) and no level any more")
    void renamed() {
        Expect.column("course", "difficulty", "varchar(20) not null", "course.difficulty is what level was: VARCHAR(20) NOT NULL.");
        Expect.that(!Db.columns("course").containsKey("level"), "course still has a column level: it must be renamed, not copied.");
    }

    @Test
    @Order(2)
    @DisplayName("the values moved with the column")
    void valuesKept() {
        Expect.rows("Each course keeps its level, now in difficulty.", List.of("code", "difficulty"),
                List.of(row("BIO101", "intro"), row("GEO201", "advanced")), Db.rows("SELECT code, difficulty FROM course ORDER BY code"));
    }

    @Test
    @Order(3)
    @DisplayName("flyway_schema_history ends with V5 rename course level, successful, after V1 to V4")
    void history() {
        Expect.rows("The versioned migrations are V1 to V5, each applied once and successfully.", List.of("version", "success"),
                List.of(row("1", "1"), row("2", "1"), row("3", "1"), row("4", "1"), row("5", "1")),
                Db.rows("SELECT version, success FROM flyway_schema_history WHERE type = 'SQL' ORDER BY installed_rank"));
        Expect.rows("V5's description and script name come from the file name V5__rename_course_level.sql.",
                List.of("description", "script"), List.of(row("rename course level", "V5__rename_course_level.sql")),
                Db.rows("SELECT description, script FROM flyway_schema_history WHERE version = '5'"));
    }
}
