// Exercise 07-second-page: The second page: filtering, ordering and paging in one HQL query
// The task is at the end of chapter 07-filtering-ordering-paging (notebooks/07-filtering-ordering-paging.ipynb). Edit this file where it says TODO,
// then check it against a real database in one step:
//   ./workbook check 07-second-page
// The check runs this script in a throwaway database and looks at what it leaves there (tables, rows), not at what it prints.
// Hints: ./workbook exercises hint 07-second-page      Start again: git checkout -- notebooks/exercises/07-second-page.jsh

import dev.workbook.Workbook;
import jakarta.persistence.*;
import java.time.Instant;
import java.util.List;
import org.hibernate.SessionFactory;
import org.hibernate.annotations.ColumnDefault;
import org.hibernate.annotations.Generated;
import org.hibernate.tool.schema.Action;
import dev.workbook.exercises.Answers;

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

// The chapter's eight students.
SessionFactory sf = Workbook.hibernate(Student.class).showSql().schema(Action.CREATE).build();
sf.inTransaction(s -> {
    s.persist(new Student("Sammy", "Shark", "sammyshark@example.com", 20, "Marine biology student"));
    s.persist(new Student("Carl", "White", "carlwhite@example.com", 22, "Marine geology student"));
    s.persist(new Student("john", "doe", "jd@example.com", 23, "Biology student"));
});
sf.inTransaction(session -> {
    session.persist(new Student("Dina", "Reyes", "dinareyes@example.com", 21, "Marine biology student"));
    session.persist(new Student("Eve", "Stone", "evestone@example.com", 24, "Geology student"));
    session.persist(new Student("Frank", "Moss", "frankmoss@example.com", 19, "Biology student"));
    session.persist(new Student("Gina", "Park", "ginapark@example.com", 22, "Chemistry student"));
    session.persist(new Student("Hugo", "Lind", "hugolind@example.com", 30, null));
});

List<String> secondPage() {
    // TODO: one HQL query: the first names of the students aged 20 to 23 whose bio is not null, youngest first
    //       (then by id), the second page with two per page.
    throw new UnsupportedOperationException("Delete this statement and write your own solution");
}

// The check reads the result from the database, where this line saves it (in its order).
Answers.save("second-page", secondPage());
/exit
