// 05-querying.jsh: generated from src/main/resources/chapters/05-querying.md by: ./workbook chapters export  (do not edit by hand)
// Run it from the project directory, after ./mvnw -Dmaven.test.skip=true package:
//   jshell --class-path "$(cat target/classpath.txt):target/classes" notebooks/jshell/05-querying.jsh
// Windows PowerShell:
//   jshell --class-path "$(Get-Content target\classpath.txt);target\classes" notebooks\jshell\05-querying.jsh
// or: ./workbook run 05   (which also shows each expression's value, as a notebook does; a script given to jshell runs quietly)

// # 5. Querying: all, filter_by, first, get, get_or_404
//
// **Objectives**
// - Translate every query of the seed (`Student.query.all()`, `filter_by(...).all()`, `.first()`, `filter_by(id=3).first()`,
//   `query.get(3)`) and Flask's `get_or_404` to Hibernate.
// - Write each query twice, in **HQL** (Hibernate's object query language) and with the **criteria** API, and read the SQL each one runs.
// - Find out what a `Session` can do without leaving the shell, the answer to the seed's `Student.query.<tab>`.

import dev.workbook.Workbook;
import jakarta.persistence.*;
import java.time.Instant;
import java.util.List;
import org.hibernate.SessionFactory;
import org.hibernate.annotations.ColumnDefault;
import org.hibernate.annotations.Generated;
import org.hibernate.tool.schema.Action;

Workbook.sql("SELECT DATABASE() AS connected_to, VERSION() AS server");

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

// Every query in this chapter reads one table, `student`, mapped by the entity of chapter 3:
//
// ```mermaid
// erDiagram
//     student {
//         bigint id PK "AUTO_INCREMENT"
//         varchar firstname "100, NOT NULL"
//         varchar lastname "100, NOT NULL"
//         varchar email UK "80, NOT NULL"
//         int age "NULL allowed"
//         text bio
//         datetime created_at "DEFAULT CURRENT_TIMESTAMP(6)"
//     }
// ```
//
// The same three students as in chapter 4, on a fresh table (`showSql()` prints every statement):

SessionFactory sf = Workbook.hibernate(Student.class).showSql().schema(Action.CREATE).build();
sf.inTransaction(s -> {
    s.persist(new Student("Sammy", "Shark", "sammyshark@example.com", 20, "Marine biology student"));
    s.persist(new Student("Carl", "White", "carlwhite@example.com", 22, "Marine geology student"));
    s.persist(new Student("john", "doe", "jd@example.com", 23, "Biology student"));
});

// ## `Student.query.all()`
//
// HQL names the **entity** (`Student`, from `@Entity(name = "Student")`) and its fields, not the table and its columns.
// `createSelectionQuery` takes the result type, so the list is a `List<Student>` with no casts. `sf.fromSession(...)`
// opens a session, returns what the code returns, and closes the session (for reading, no transaction is needed).

List<Student> all = sf.fromSession(s -> s.createSelectionQuery("from Student", Student.class).getResultList());
all

// The `select` above is what `Student.query.all()` runs too.

// ## `filter_by(firstname='Sammy').all()` and `.first()`
//
// Values go in as **parameters** (`:firstname`), never glued into the query string: that is what keeps queries safe from
// SQL injection, and the SQL shows a `?` where the value goes.

List<Student> sammies = sf.fromSession(s ->
        s.createSelectionQuery("from Student where firstname = :firstname", Student.class)
                .setParameter("firstname", "Sammy")
                .getResultList());
sammies

// `.first()` asks for at most one row (`limit`) and returns `None` when there is none. Hibernate's
// `getSingleResultOrNull()` after `setMaxResults(1)` does the same:

Student firstSammy = sf.fromSession(s ->
        s.createSelectionQuery("from Student where firstname = :firstname order by id", Student.class)
                .setParameter("firstname", "Sammy")
                .setMaxResults(1)
                .getSingleResultOrNull());
firstSammy

// Nobody is called Neto here, so the same query finds nothing, and the result is `null`:

sf.fromSession(s -> s.createSelectionQuery("from Student where firstname = :firstname", Student.class)
        .setParameter("firstname", "Neto").setMaxResults(1).getSingleResultOrNull())

// ## The same with the criteria API
//
// Criteria queries are built from Java objects instead of a string: handy when the conditions depend on user input
// (a search form with optional fields). The SQL is the same.

List<Student> sammiesByCriteria = sf.fromSession(s -> {
    var cb = s.getCriteriaBuilder();
    var query = cb.createQuery(Student.class);
    var student = query.from(Student.class);
    query.select(student).where(cb.equal(student.get("firstname"), "Sammy"));
    return s.createSelectionQuery(query).getResultList();
});
sammiesByCriteria

// ## `filter_by(id=3).first()` and `query.get(3)`
//
// By a condition on `id`, as in the seed:

sf.fromSession(s -> s.createSelectionQuery("from Student where id = :id", Student.class)
        .setParameter("id", 3L).getSingleResultOrNull())

// By primary key, the seed's `Student.query.get(3)`. That call is legacy in SQLAlchemy 2.0: it warns
// `LegacyAPIWarning: The Query.get() method is considered legacy ... now available as Session.get()`, and Flask-SQLAlchemy 3
// calls the whole `Student.query` interface legacy. Today's Python is `db.session.get(Student, 3)`, and so is the Java:
// `find` returns the object or `null`. It looks in the session first and only asks the database when the object is not already
// loaded. (Hibernate's own `Session.get` still exists but is deprecated for removal since Hibernate 7; `getReference` returns an
// unloaded proxy instead, used to set relationships without a `select`.)

Student third = sf.fromSession(s -> s.find(Student.class, 3L));
third

sf.fromSession(s -> s.find(Student.class, 99L))

// ## `get_or_404`
//
// Flask-SQLAlchemy's `Student.query.get_or_404(id)` (today `db.get_or_404(Student, id)`) ends the request with
// "404 Not Found" when there is no such row. Without a web framework the
// Java form is a small method that throws. Web frameworks turn a chosen exception into a 404 (Spring's
// `ResponseStatusException`, Jakarta REST's `NotFoundException`); here the standard `EntityNotFoundException` says it:

Student getOr404(org.hibernate.Session s, long id) {
    Student found = s.find(Student.class, id);
    if (found == null) {
        throw new EntityNotFoundException("404 Not Found: no student with id " + id);
    }
    return found;
}

sf.fromSession(s -> getOr404(s, 2))

// This cell fails on purpose (expected: EntityNotFoundException); jshell prints the error and goes on.
sf.fromSession(s -> getOr404(s, 42));

// Chapter 15 puts this behind a real page: with Javalin, `throw new NotFoundResponse(...)` answers the browser with a 404.

// ## `Student.query.<tab>`: what can I call?
//
// In `jshell`, type `s.` (any `Session` variable) and press **Tab**: JShell lists the methods; Tab again shows their
// signatures. In a notebook, Tab after the dot does the same through the kernel. The query methods of a `Session`, for the record:

java.util.Arrays.stream(org.hibernate.Session.class.getMethods())
        .map(java.lang.reflect.Method::getName)
        .filter(n -> n.startsWith("create") && n.contains("Query") || n.startsWith("find"))
        .distinct().sorted().toList()

// `createSelectionQuery` (HQL or criteria, returns rows), `createMutationQuery` (HQL `update`/`delete`),
// `createNativeQuery` (plain SQL), `find`/`findMultiple` (by id). Ordering, limits, counts and paging follow in chapter 7.

// ## Common mistakes
//
// **Writing the table name in HQL.** HQL is case-sensitive about entity names; `student` is the table, `Student` the entity:

// This cell fails on purpose (expected: UnknownEntityException); jshell prints the error and goes on.
sf.fromSession(s -> s.createSelectionQuery("from student", Student.class).getResultList());

// The error: `Could not resolve root entity 'student'`. Read more:
// [troubleshooting/hibernate-unknown-entity.md](../troubleshooting/hibernate-unknown-entity.md).
//
// **`getSingleResult()` where several rows match.** It is not `.first()`: with more than one row it throws
// instead of picking one.

// This cell fails on purpose (expected: NonUniqueResultException); jshell prints the error and goes on.
sf.fromSession(s -> s.createSelectionQuery("from Student where age > 18", Student.class).getSingleResult());

// ## Exercise
//
// With five students (the chapter's three, plus Bo, 21, and Ana, 25), write one HQL query and one criteria query that return
// the students older than 21, youngest first (`order by age`), and compare the two `select` statements Hibernate prints.
// The check saves both results with `Answers.save(...)` and reads them from the database; it also runs your queries on other
// students it makes up, so the answer must come from the query. Which query of the seed would you replace with
// `getSingleResult()`, and why is that risky?
//
// Write your code in the two cells below, where it says `// TODO:`, run them, then run the check cell after them. The setup cell
// puts the five students in a fresh `student` table; the check runs your code on a throwaway copy and prints ✓ or ✗ for each
// check, with a hint when one fails. In a terminal the same exercise is `notebooks/exercises/05-older-than-21.jsh`, checked with
// `./workbook check 05-older-than-21` (hints: `./workbook exercises hint 05-older-than-21`).

// The exercise's cells are in notebooks/exercises/05-older-than-21.jsh; check it with: ./workbook check 05-older-than-21

/exit
