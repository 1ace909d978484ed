// Exercise 03-course-entity: the task is at the end of chapter 03-student-entity (notebooks/03-student-entity.ipynb).
// Generated from src/main/resources/chapters/03-student-entity.md by ./workbook chapters export.
// Write your solution only between the ">>> your solution" and "<<< end" lines (each // TODO: marks a place):
// a check takes those parts from this file and everything else from the workbook's own copy.
// Check it in one step:   ./workbook check 03-course-entity      (or keep it checked on every save: ./workbook watch)
// Hints: ./workbook exercises hint 03-course-entity      Start again: ./workbook reset 03-course-entity

// from chapter 03-student-entity/imports
import dev.workbook.Workbook;
import jakarta.persistence.*;
import java.time.Instant;
import java.util.List;
import org.hibernate.SessionFactory;
import org.hibernate.annotations.ColumnDefault;
import org.hibernate.annotations.Generated;
import org.hibernate.tool.schema.Action;

Workbook.sql("SELECT DATABASE() AS connected_to, VERSION() AS server");

import dev.workbook.exercises.Exercises;

// >>> your solution, part 1 of 2: edit between this line and the matching "end" line
// TODO: make Course an entity (@Entity(name = "Course"), table course) with an IDENTITY id (a Long), a title of at
//       most 120 characters that is unique and not null, an Integer credits, a protected no-argument constructor
//       and a constructor Course(String title, Integer credits).
class Course {
}
// <<< end of part 1

// >>> your solution, part 2 of 2: edit between this line and the matching "end" line
SessionFactory createCourses() {
    // TODO: create the course table with the schema manager (Workbook.hibernate(Course.class).schema(Action.CREATE)),
    //       save two courses, "Databases" (6 credits) and "Java" (5 credits), and return the SessionFactory.
    throw new UnsupportedOperationException("Delete this statement and write your own solution");
}
// <<< end of part 2

// The check: ./workbook check runs the same code in a JVM of its own; plain jshell runs it here.
Exercises.check("03-course-entity", () -> {
    SessionFactory courses = createCourses();
    Workbook.sql("SHOW CREATE TABLE course");
    Workbook.sql("SELECT * FROM course");
    courses.close();
});
/exit
