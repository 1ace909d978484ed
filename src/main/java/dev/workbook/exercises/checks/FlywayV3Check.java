package dev.workbook.exercises.checks;

import static dev.workbook.exercises.checks.Db.row;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("08-flyway-v3")
@DisplayName("08-flyway-v3: a third migration adds course.description")
class FlywayV3Check {
    @Test
    @Order(1)
    @Points(2)
    @DisplayName("flyway_schema_history lists V1, V2 and V3, all successful, in order")
    void history() {
        Expect.table("flyway_schema_history", "Flyway creates its history table when it first migrates.");
        Expect.rows("The versioned migrations applied are exactly V1, V2, V3 (Flyway reads version and description from the file name).",
                List.of("version", "description", "script", "success"),
                List.of(row("1", "create course", "V1__create_course.sql", "1"),
                        row("2", "add course credits", "V2__add_course_credits.sql", "1"),
                        row("3", "add course description", "V3__add_course_description.sql", "1")),
                Db.rows("SELECT version, description, script, success FROM flyway_schema_history WHERE type = 'SQL'"
                        + " ORDER BY installed_rank"));
    }

    @Test
    @Order(2)
    @DisplayName("course has a nullable TEXT column description")
    void column() {
        Expect.column("course", "description", "text null", "course.description is TEXT and may be NULL.");
    }

    @Test
    @Order(3)
    @DisplayName("the two courses are still there")
    void rowsKept() {
        Expect.rows("Migrating changed the columns, not the rows: both courses are there.", List.of("code", "credits", "description"),
                List.of(row("BIO101", "5", "NULL"), row("GEO201", "5", "NULL")),
                Db.rows("SELECT code, credits, description FROM course ORDER BY code"));
    }
}
