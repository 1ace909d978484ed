// Exercise 07-second-page: the task is at the end of chapter 07-filtering-ordering-paging (notebooks/07-filtering-ordering-paging.ipynb).
// Generated from src/main/resources/chapters/07-filtering-ordering-paging.md by ./workbook chapters export.
// Write your solution only between the ">>> your solution" and "<<< end" lines (each // TODO: marks a place):
// a check takes those parts from this file and everything else from the workbook's own copy.
// Check it in one step:   ./workbook check 07-second-page      (or keep it checked on every save: ./workbook watch)
// Hints: ./workbook exercises hint 07-second-page      Start again: ./workbook reset 07-second-page

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

// from chapter 03-student-entity/student
@Entity(name = "Student")
@Table(name = "student")
class Student {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(length = 100, nullable = false)
    private String firstname;

    @Column(length = 100, nullable = false)
    private String lastname;

    @Column(length = 80, nullable = false, unique = true)
    private String email;

    private Integer age;

    @Column(columnDefinition = "TEXT")
    private String bio;

    @Generated
    @ColumnDefault("CURRENT_TIMESTAMP(6)")
    @Column(name = "created_at", nullable = false, insertable = false, updatable = false)
    private Instant createdAt;

    protected Student() {
        // Hibernate creates objects through this constructor, then fills the fields.
    }

    Student(String firstname, String lastname, String email, Integer age, String bio) {
        this.firstname = firstname;
        this.lastname = lastname;
        this.email = email;
        this.age = age;
        this.bio = bio;
    }

    Long getId() { return id; }
    String getFirstname() { return firstname; }
    void setFirstname(String firstname) { this.firstname = firstname; }
    String getLastname() { return lastname; }
    void setLastname(String lastname) { this.lastname = lastname; }
    String getEmail() { return email; }
    void setEmail(String email) { this.email = email; }
    Integer getAge() { return age; }
    void setAge(Integer age) { this.age = age; }
    String getBio() { return bio; }
    void setBio(String bio) { this.bio = bio; }
    Instant getCreatedAt() { return createdAt; }

    @Override
    public String toString() {
        return "<Student " + firstname + ">";
    }
}

import dev.workbook.exercises.Answers;
import dev.workbook.exercises.Exercises;

Exercises.seed("07-second-page");   // student: the chapter's eight students
SessionFactory sf = Workbook.hibernate(Student.class).showSql().build();

// >>> your solution, part 1 of 1: edit between this line and the matching "end" line
List<String> secondPage() {
    // TODO: one HQL query: the first names of the students aged 20 to 23 whose bio is not null, youngest first
    //       (then by id), the second page with two per page.
    throw new UnsupportedOperationException("Delete this statement and write your own solution");
}
// <<< end of part 1

// The check: ./workbook check runs the same code in a JVM of its own; plain jshell runs it here.
Exercises.check("07-second-page", () -> {
    Answers.save("second-page", secondPage());
});
/exit
