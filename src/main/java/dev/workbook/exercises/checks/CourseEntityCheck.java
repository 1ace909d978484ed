package dev.workbook.exercises.checks;

import static dev.workbook.exercises.checks.Db.row;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("03-course-entity")
@DisplayName("03-course-entity: a Course entity with a unique, required title")
class CourseEntityCheck {
    @Test
    @Order(1)
    @DisplayName("the table course exists")
    void tableExists() {
        assertTrue(Db.tableExists("course"), "The schema manager created a table named course (from @Table(name = \"course\")).");
    }

    @Test
    @Order(2)
    @DisplayName("id is an AUTO_INCREMENT BIGINT primary key (IDENTITY on a Long)")
    void identityId() {
        assertEquals(List.of("id"), Db.primaryKey("course"), "The primary key of course is the column id.");
        Db.Column id = Db.columns("course").get("id");
        assertEquals("bigint auto_increment", id == null ? "(no column id)" : id.dataType() + " " + id.extra().strip(),
                "id is a BIGINT (a Java Long) and the server numbers it: AUTO_INCREMENT (GenerationType.IDENTITY).");
    }

    @Test
    @Order(3)
    @DisplayName("title is VARCHAR(120) NOT NULL")
    void title() {
        Db.Column title = Db.columns("course").get("title");
        assertEquals("varchar(120) not null", title == null ? "(no column title)"
                        : title.columnType() + (title.nullable() ? " null" : " not null"),
                "title holds at most 120 characters and cannot be NULL (length = 120, nullable = false).");
    }

    @Test
    @Order(4)
    @DisplayName("title is unique")
    void uniqueTitle() {
        assertTrue(Db.hasUniqueIndex("course", "title"),
                "A unique index covers the column title alone (unique = true), so two courses cannot share a title.");
    }

    @Test
    @Order(5)
    @DisplayName("credits is a nullable INT")
    void credits() {
        Db.Column credits = Db.columns("course").get("credits");
        assertEquals("int null", credits == null ? "(no column credits)"
                        : credits.dataType() + (credits.nullable() ? " null" : " not null"),
                "credits is an INT that may be NULL (an Integer field, not an int).");
    }

    @Test
    @Order(6)
    @DisplayName("the two courses were saved")
    void rows() {
        assertEquals(List.of(row("Databases", "6"), row("Java", "5")), Db.rows("SELECT title, credits FROM course ORDER BY title"),
                "course holds exactly these two rows (title, credits).");
    }
}
