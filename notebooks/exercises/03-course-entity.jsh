// Exercise 03-course-entity: A Course entity with a unique, required title
// The task is at the end of chapter 03-student-entity (notebooks/03-student-entity.ipynb). Edit this file where it says TODO,
// then check it against a real database in one step:
//   ./workbook check 03-course-entity
// The check runs this script in a throwaway database and looks at what it leaves there (tables, rows), not at what it prints.
// Hints: ./workbook exercises hint 03-course-entity      Start again: git checkout -- notebooks/exercises/03-course-entity.jsh

import dev.workbook.Workbook;
import jakarta.persistence.*;
import org.hibernate.SessionFactory;
import org.hibernate.tool.schema.Action;

// TODO: declare the entity Course here (@Entity(name = "Course"), table course): an IDENTITY id (a Long),
//       a title of at most 120 characters that is unique and not null, and an Integer credits.

SessionFactory createCourses() {
    // TODO: create the course table with the schema manager (Workbook.hibernate(Course.class).schema(Action.CREATE)),
    //       save two courses, "Databases" (6 credits) and "Java" (5 credits), and return the SessionFactory.
    throw new UnsupportedOperationException("Delete this statement and write your own solution");
}

SessionFactory sf = createCourses();

Workbook.sql("SHOW CREATE TABLE course");
Workbook.sql("SELECT * FROM course");
/exit
