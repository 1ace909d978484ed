package dev.workbook.exercises.checks;

import static dev.workbook.exercises.checks.Db.row;

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
        Expect.table("course", "The schema manager creates it from @Entity and @Table(name = \"course\").");
    }

    @Test
    @Order(2)
    @DisplayName("id is an AUTO_INCREMENT BIGINT primary key (IDENTITY on a Long)")
    void identityId() {
        Expect.values("The primary key of course is the column id (@Id).", List.of("id"), Db.primaryKey("course"));
        Db.Column id = Db.columns("course").get("id");
        Expect.value("id is a BIGINT (a Java Long) and the server numbers it: AUTO_INCREMENT (GenerationType.IDENTITY).",
                "bigint auto_increment", id.dataType() + " " + id.extra().strip());
    }

    @Test
    @Order(3)
    @DisplayName("title is VARCHAR(120) NOT NULL")
    void title() {
        Expect.column("course", "title", "varchar(120) not null",
                "title holds at most 120 characters and cannot be NULL (length = 120, nullable = false).");
    }

    @Test
    @Order(4)
    @DisplayName("title is unique")
    void uniqueTitle() {
        Expect.table("course", "The schema manager creates it.");
        Expect.that(Db.hasUniqueIndex("course", "title"), "There is no unique index on course.title alone: add unique = true"
                + " to its @Column, so that two courses cannot share a title.");
    }

    @Test
    @Order(5)
    @DisplayName("credits is a nullable INT")
    void credits() {
        Expect.column("course", "credits", "int null", "credits is an INT that may be NULL (an Integer field, not an int).");
    }

    @Test
    @Order(6)
    @Part(2)
    @DisplayName("the two courses were saved")
    void rows() {
        Expect.rows("course holds exactly these two rows.", List.of("title", "credits"),
                List.of(row("Databases", "6"), row("Java", "5")), Db.rows("SELECT title, credits FROM course ORDER BY title"));
    }
}
