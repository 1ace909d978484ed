// REFERENCE SOLUTION, used by the tests only (never in the jar or in notebooks/): the stub with its TODOs done.
// Exercise 06-dirty-checking: Carl changes, humberto leaves: dirty checking and remove
// The task is at the end of chapter 06-updating-and-deleting (notebooks/06-updating-and-deleting.ipynb). Edit this file where it says TODO,
// then check it against a real database in one step:
//   ./workbook check 06-dirty-checking
// The check runs this script in a throwaway database and looks at what it leaves there (tables, rows), not at what it prints.
// Hints: ./workbook exercises hint 06-dirty-checking      Start again: git checkout -- notebooks/exercises/06-dirty-checking.jsh

import dev.workbook.Workbook;
import jakarta.persistence.*;
import java.time.Instant;
import java.util.List;
import org.hibernate.SessionFactory;
import org.hibernate.annotations.ColumnDefault;
import org.hibernate.annotations.Generated;
import org.hibernate.tool.schema.Action;

// The Student entity of chapter 03, as it is there.
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

// Where chapter 06 ends: Carl, john with his new email, and humberto (once Neto), everybody a year older.
SessionFactory sf = Workbook.hibernate(Student.class).showSql().schema(Action.CREATE).build();
sf.inTransaction(s -> {
    s.persist(new Student("Carl", "White", "carlwhite@example.com", 23, "Marine geology student"));
    s.persist(new Student("john", "doe", "john_doe@example.com", 24, "Biology student"));
    s.persist(new Student("humberto", "Souza", "neto@example.com", 26, "Physics student"));
});
// A copy of Carl's created_at as it is now, so that the check can tell it did not change.
Workbook.sql("CREATE TABLE carl_before AS SELECT email, created_at FROM student WHERE firstname = 'Carl'");

void updateCarlAndRemoveHumberto() {
    // TODO: load Carl in a transaction and give him the last name "Black" and the bio "Geophysics student" with his
    //       setters only (dirty checking: no update query); then remove humberto with session.remove(...).
    sf.inTransaction(session -> {
        Student carl = session.createSelectionQuery("from Student where firstname = 'Carl'", Student.class).getSingleResult();
        carl.setLastname("Black");
        carl.setBio("Geophysics student");
        Student humberto = session.createSelectionQuery("from Student where firstname = 'humberto'", Student.class)
                .getSingleResult();
        session.remove(humberto);
    });
}

updateCarlAndRemoveHumberto();
Workbook.sql("SELECT * FROM student");
/exit
