// REFERENCE SOLUTION, used by the tests only (shown by `workbook exercises solution 05-older-than-21` once solved): the stub with its parts done.
// Exercise 05-older-than-21: the task is at the end of chapter 05-querying (notebooks/05-querying.ipynb).
// Generated from src/main/resources/chapters/05-querying.md by ./workbook chapters export.
// Write your solution only between the ">>> your solution" and "<<< end" lines (each // TODO: marks a place):
// a check takes those parts from this file and everything else from the workbook's own copy.
// Check it in one step:   ./workbook check 05-older-than-21      (or keep it checked on every save: ./workbook watch)
// Hints: ./workbook exercises hint 05-older-than-21      Start again: ./workbook reset 05-older-than-21

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

Exercises.seed("05-older-than-21");   // student: Sammy 20, Carl 22, john 23, Bo 21, Ana 25
SessionFactory sf = Workbook.hibernate(Student.class).showSql().build();

// >>> your solution, part 1 of 2: edit between this line and the matching "end" line
List<Student> olderHql() {
    return sf.fromSession(s -> s.createSelectionQuery("from Student where age > 21 order by age", Student.class)
            .getResultList());
}
// <<< end of part 1

// >>> your solution, part 2 of 2: edit between this line and the matching "end" line
List<Student> olderCriteria() {
    return sf.fromSession(s -> {
        var cb = s.getCriteriaBuilder();
        var query = cb.createQuery(Student.class);
        var root = query.from(Student.class);
        query.select(root).where(cb.gt(root.get("age"), 21)).orderBy(cb.asc(root.get("age")));
        return s.createSelectionQuery(query).getResultList();
    });
}
// <<< end of part 2

// The check: ./workbook check runs the same code in a JVM of its own; plain jshell runs it here.
Exercises.check("05-older-than-21", () -> {
    Answers.save("hql", olderHql().stream().map(Student::getEmail).toList());
    Answers.save("criteria", olderCriteria().stream().map(Student::getEmail).toList());
});
/exit
