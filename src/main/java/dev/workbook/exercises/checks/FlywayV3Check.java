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

@Tag("08-flyway-v3")
@DisplayName("08-flyway-v3: a third migration adds course.description")
class FlywayV3Check {
    @Test
    @Order(1)
    @DisplayName("flyway_schema_history lists V1, V2 and V3, all successful, in order")
    void history() {
        assertTrue(Db.tableExists("flyway_schema_history"), "Flyway's history table flyway_schema_history exists.");
        assertEquals(List.of(row("1", "create course", "V1__create_course.sql", "1"),
                        row("2", "add course credits", "V2__add_course_credits.sql", "1"),
                        row("3", "add course description", "V3__add_course_description.sql", "1")),
                Db.rows("SELECT version, description, script, success FROM flyway_schema_history WHERE type = 'SQL'"
                        + " ORDER BY installed_rank"),
                "The versioned migrations applied (version, description, script, success) are exactly V1, V2, V3.");
    }

    @Test
    @Order(2)
    @DisplayName("course has a nullable TEXT column description")
    void column() {
        Db.Column d = Db.columns("course").get("description");
        assertEquals("text null", d == null ? "(no column description)" : d.dataType() + (d.nullable() ? " null" : " not null"),
                "course.description is TEXT and may be NULL.");
    }

    @Test
    @Order(3)
    @DisplayName("the two courses are still there")
    void rowsKept() {
        assertEquals(List.of(row("BIO101", "5", "NULL"), row("GEO201", "5", "NULL")),
                Db.rows("SELECT code, credits, description FROM course ORDER BY code"),
                "Migrating changed the columns, not the rows: both courses (code, credits, description) are there.");
    }
}
