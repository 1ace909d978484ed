// Exercise 05-older-than-21: Students older than 21, youngest first: HQL and criteria
// The task is at the end of chapter 05-querying (notebooks/05-querying.ipynb). Edit this file where it says TODO,
// then check it against a real database in one step:
//   ./workbook check 05-older-than-21
// The check runs this script in a throwaway database and looks at what it leaves there (tables, rows), not at what it prints.
// Hints: ./workbook exercises hint 05-older-than-21      Start again: git checkout -- notebooks/exercises/05-older-than-21.jsh

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

SessionFactory sf = Workbook.hibernate(Student.class).showSql().schema(Action.CREATE).build();
sf.inTransaction(s -> {
    s.persist(new Student("Sammy", "Shark", "sammyshark@example.com", 20, "Marine biology student"));
    s.persist(new Student("Carl", "White", "carlwhite@example.com", 22, "Marine geology student"));
    s.persist(new Student("john", "doe", "jd@example.com", 23, "Biology student"));
    s.persist(new Student("Bo", "Kim", "bo@example.com", 21, "Chemistry student"));
    s.persist(new Student("Ana", "Lee", "ana@example.com", 25, "Physics student"));
});

List<Student> olderHql() {
    // TODO: one HQL query for the students older than 21, youngest first.
    throw new UnsupportedOperationException("Delete this statement and write your own solution");
}

List<Student> olderCriteria() {
    // TODO: the same query with criteria (s.getCriteriaBuilder()).
    throw new UnsupportedOperationException("Delete this statement and write your own solution");
}

// The check reads the two results from the database, where these lines save them (in their order).
Answers.save("hql", olderHql().stream().map(Student::getEmail).toList());
Answers.save("criteria", olderCriteria().stream().map(Student::getEmail).toList());
/exit
