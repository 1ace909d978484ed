// REFERENCE SOLUTION, used by the tests only (shown by `workbook exercises solution 03-course-entity` once solved): the stub with its parts done.
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
@Entity(name = "Course")
@Table(name = "course")
class Course {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(length = 120, nullable = false, unique = true)
    private String title;

    private Integer credits;

    protected Course() { }

    Course(String title, Integer credits) {
        this.title = title;
        this.credits = credits;
    }
}
// <<< end of part 1

// >>> your solution, part 2 of 2: edit between this line and the matching "end" line
SessionFactory createCourses() {
    SessionFactory factory = Workbook.hibernate(Course.class).schema(Action.CREATE).build();
    factory.inTransaction(s -> {
        s.persist(new Course("Databases", 6));
        s.persist(new Course("Java", 5));
    });
    return factory;
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
