// Exercise 06-dirty-checking: the task is at the end of chapter 06-updating-and-deleting (notebooks/06-updating-and-deleting.ipynb).
// Generated from src/main/resources/chapters/06-updating-and-deleting.md by ./workbook chapters export.
// Write your solution only between the ">>> your solution" and "<<< end" lines (each // TODO: marks a place):
// a check takes those parts from this file and everything else from the workbook's own copy.
// Check it in one step:   ./workbook check 06-dirty-checking      (or keep it checked on every save: ./workbook watch)
// Hints: ./workbook exercises hint 06-dirty-checking      Start again: ./workbook reset 06-dirty-checking

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

import dev.workbook.exercises.Exercises;

Exercises.seed("06-dirty-checking");   // student: Carl, john and humberto, everybody a year older
SessionFactory sf = Workbook.hibernate(Student.class).showSql().build();

// >>> your solution, part 1 of 1: edit between this line and the matching "end" line
void updateCarlAndRemoveHumberto() {
    // TODO: in one transaction, load Carl (by his first name) and give him the last name "Black" and the bio
    //       "Geophysics student" with his setters; load humberto and remove him. No HQL update, no SQL.
    throw new UnsupportedOperationException("Delete this statement and write your own solution");
}
// <<< end of part 1

// The check: ./workbook check runs the same code in a JVM of its own; plain jshell runs it here.
Exercises.check("06-dirty-checking", () -> {
    updateCarlAndRemoveHumberto();
    Workbook.sql("SELECT * FROM student");
});
/exit
