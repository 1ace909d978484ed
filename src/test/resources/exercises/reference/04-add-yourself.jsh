// REFERENCE SOLUTION, used by the tests only (never in the jar or in notebooks/): the stub with its TODOs done.
// Exercise 04-add-yourself: Add yourself as the fourth student, with no age
// The task is at the end of chapter 04-inserting (notebooks/04-inserting.ipynb). Edit this file where it says TODO,
// then check it against a real database in one step:
//   ./workbook check 04-add-yourself
// The check runs this script in a throwaway database and looks at what it leaves there (tables, rows), not at what it prints.
// Hints: ./workbook exercises hint 04-add-yourself      Start again: git checkout -- notebooks/exercises/04-add-yourself.jsh

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

SessionFactory sf = Workbook.hibernate(Student.class).schema(Action.CREATE).build();
sf.inTransaction(session -> {
    session.persist(new Student("Sammy", "Shark", "sammyshark@example.com", 20, "Marine biology student"));
    session.persist(new Student("Carl", "White", "carlwhite@example.com", 22, "Marine geology student"));
});
sf.inTransaction(session -> session.persist(new Student("john", "doe", "jd@example.com", 23, "Biology student")));

Student addYourself() {
    // TODO: persist yourself as the fourth student in one sf.inTransaction(...) call, with age null
    //       (and an email that is not one of the three above), and return that Student.
    Student me = new Student("Ada", "Lovelace", "ada@example.com", null, "Wrote the first program");
    sf.inTransaction(session -> session.persist(me));
    return me;
}

Student me = addYourself();
System.out.println("my id: " + me.getId());

Workbook.sql("SELECT COUNT(*) FROM student");
Workbook.sql("DESCRIBE student");
/exit
