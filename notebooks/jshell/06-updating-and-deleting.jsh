// 06-updating-and-deleting.jsh: generated from src/main/resources/chapters/06-updating-and-deleting.md by: ./workbook chapters export  (do not edit by hand)
// Run it from the project directory, after ./mvnw -Dmaven.test.skip=true package:
//   jshell --class-path "$(cat target/classpath.txt):target/classes" notebooks/jshell/06-updating-and-deleting.jsh
// Windows PowerShell:
//   jshell --class-path "$(Get-Content target\classpath.txt);target\classes" notebooks\jshell\06-updating-and-deleting.jsh
// or: ./workbook run 06   (which also shows each expression's value, as a notebook does; a script given to jshell runs quietly)

// # 6. Updating and deleting
//
// In Flask-SQLAlchemy you changed a row by loading it, assigning a new value and committing:
//
// ```text
// >>> netin = Student.query.filter_by(firstname="Neto").first()
// >>> netin.firstname = "humberto"
// >>> db.session.add(netin)
// >>> db.session.commit()
// ```
//
// and removed one with `db.session.delete(student)`. Hibernate works the same way, with less ceremony.
//
// **Objectives.** After this chapter you can:
//
// - change a row by changing a Java object inside a transaction (*dirty checking*), with no `update()` call;
// - bring back an object that left its session (*detached*) with `merge`, and know what it costs;
// - change or delete many rows with one HQL statement, and know that it bypasses the objects in memory;
// - delete a row with `remove` (the old `session.delete` is gone in Hibernate 7);
// - recognise error 1062 `Duplicate entry` and know where it comes from.

// The first cell holds the imports of chapter 3 and connects to the workbook database (the embedded server starts on first use).

import dev.workbook.Workbook;
import jakarta.persistence.*;
import java.time.Instant;
import java.util.List;
import org.hibernate.SessionFactory;
import org.hibernate.annotations.ColumnDefault;
import org.hibernate.annotations.Generated;
import org.hibernate.tool.schema.Action;

Workbook.sql("SELECT DATABASE() AS connected_to, VERSION() AS server");

// The `Student` entity from chapter 3, unchanged:

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

// The three students of chapter 5. The cell re-creates the `student` table (`schema(Action.CREATE)`), so this chapter starts from an
// empty table whatever ran before, and `showSql()` prints every statement Hibernate sends: watch them below.

SessionFactory sf = Workbook.hibernate(Student.class).showSql().schema(Action.CREATE).build();
sf.inTransaction(s -> {
    s.persist(new Student("Sammy", "Shark", "sammyshark@example.com", 20, "Marine biology student"));
    s.persist(new Student("Carl", "White", "carlwhite@example.com", 22, "Marine geology student"));
    s.persist(new Student("john", "doe", "jd@example.com", 23, "Biology student"));
});

// The seed renames a student called "Neto", so we need one:

sf.inTransaction(session -> session.persist(new Student("Neto", "Souza", "neto@example.com", 25, "Physics student")));
Workbook.sql("SELECT id, firstname, lastname, email, age FROM student ORDER BY id");

// ## Dirty checking: change the object, Hibernate writes the UPDATE
//
// Inside a transaction every object you load is *managed*: the session keeps a snapshot of what it read.
// When the transaction commits, the session compares each managed object with its snapshot and sends an `UPDATE` for the ones that changed.
// That is why there is no `session.update(netin)` below. (The seed's `db.session.add(netin)` was not needed in SQLAlchemy either: the object was already in the session.)

sf.inTransaction(session -> {
    Student netin = session.createSelectionQuery("from Student where firstname = :name", Student.class)
            .setParameter("name", "Neto")
            .getSingleResultOrNull();
    netin.setFirstname("humberto");
    System.out.println("changed in memory: " + netin + " - nothing sent yet");
});

// Read the SQL above: one `select`, then, at commit, one `update student set ... where id=?`.
// By default Hibernate's `UPDATE` sets **every** column, not only `firstname`: the statement is the same for every change, so it is prepared once and reused.
// (`@DynamicUpdate` on the entity makes it list only changed columns.)

Workbook.sql("SELECT id, firstname, lastname FROM student WHERE id = 4");

// ## Detached objects and `merge`
//
// When the transaction ends, its session closes and the objects it returned become *detached*: ordinary Java objects nobody watches.
// Changing one changes nothing in the database. This is the usual shape of a web application: the object is read in one request
// and the edited form comes back in another.

Student john = sf.fromTransaction(session -> session.find(Student.class, 3L));
john.setEmail("john_doe@example.com");   // the DigitalOcean tutorial's edit, but on a detached object
Workbook.sql("SELECT id, firstname, email FROM student WHERE id = 3");

// The row still has the old address. `merge` copies the detached object's state onto a managed instance
// (loading it first: see the `select`) and returns that managed instance; the commit then writes the `update`.

Student managed = sf.fromTransaction(session -> session.merge(john));
System.out.println("merge returned the same object? " + (managed == john));
Workbook.sql("SELECT id, firstname, email FROM student WHERE id = 3");

// Keep using the object `merge` returns, not the one you passed in. If you only need to change a field or two, loading the
// object inside the transaction and setting the field (dirty checking, above) is simpler and does the same two statements.
//
// ## Many rows at once: an HQL `update`
//
// Dirty checking changes one object at a time. To change many rows with one statement, write it in HQL.
// It goes straight to the database: objects already loaded in the session do **not** see the change.

int changed = sf.fromTransaction(session ->
        session.createMutationQuery("update Student set age = age + 1").executeUpdate());
System.out.println(changed + " rows updated");

// ## Deleting: `remove`
//
// `db.session.delete(student)` becomes `session.remove(student)` (Hibernate 7 removed `Session.delete`, `update`, `save` and `saveOrUpdate`).
// The object must be managed, so load it in the same transaction.

sf.inTransaction(session -> {
    Student sammy = session.createSelectionQuery("from Student where email = :email", Student.class)
            .setParameter("email", "sammyshark@example.com")
            .getSingleResult();
    session.remove(sammy);
});

// For many rows, `session.createMutationQuery("delete from Student where age < :age")` is the HQL form, with the same caveat as the bulk update.
// (Hibernate, unlike the JPA specification, also accepts a detached object in `remove` and deletes its row by id; portable code loads it first.)
//
// ## Common mistakes
//
// **Two students with the same email.** The `email` column is `UNIQUE`. Giving Carl John's address passes in Java and fails at commit,
// when the `UPDATE` reaches the server. The transaction is rolled back, so nothing changes.

// This cell fails on purpose (expected: SQL error 1062); jshell prints the error and goes on.
sf.inTransaction(session -> {
    Student carl = session.find(Student.class, 2L);
    carl.setEmail("john_doe@example.com");
});

// The error text is `Duplicate entry 'john_doe@example.com' for key '...'` (MySQL 8 names the key `student.UK...`).
// See [troubleshooting/1062-duplicate-entry.md](../troubleshooting/1062-duplicate-entry.md) for how to find which row already holds the value.
//
// **Expecting exactly one row when there may be none.** `getSingleResult()` is not `.first()`: it throws when nothing matches
// (and when more than one row matches). Neto was renamed, so looking him up again fails:

// This cell fails on purpose (expected: jakarta.persistence.NoResultException); jshell prints the error and goes on.
sf.inTransaction(session -> {
    Student neto = session.createSelectionQuery("from Student where firstname = :name", Student.class)
            .setParameter("name", "Neto")
            .getSingleResult();
    neto.setFirstname("humberto");
});

// Use `getSingleResultOrNull()` and check for `null` (that is SQLAlchemy's `.first()` returning `None`), or
// `setMaxResults(1).getResultList()` when several rows may match. See [troubleshooting/no-result-exception.md](../troubleshooting/no-result-exception.md).

// Where we ended: John has a new address, Neto is now humberto, Sammy is gone, and everybody is a year older.

Workbook.sql("SELECT id, firstname, lastname, email, age FROM student ORDER BY id");
sf.close();

// ## Exercise
//
// Using dirty checking only (no HQL `update`), give Carl the last name `Black` and the bio `Geophysics student`, then delete humberto
// with `remove`. Check the result with `Workbook.sql("SELECT * FROM student")`: two rows, and Carl's `created_at` is unchanged.
// Find Carl and humberto by their first names: the check also runs your code on students it makes up, with other ids.
//
// Write your code in the cell below, where it says `// TODO:`, run it, then run the check cell after it. The setup cell puts Carl,
// john and humberto (where this chapter ends) in a fresh `student` table; the check runs your code on a throwaway copy and prints
// ✓ or ✗ for each check, with a hint when one fails. In a terminal the same exercise is `notebooks/exercises/06-dirty-checking.jsh`,
// checked with `./workbook check 06-dirty-checking` (hints: `./workbook exercises hint 06-dirty-checking`).

// The exercise's cells are in notebooks/exercises/06-dirty-checking.jsh; check it with: ./workbook check 06-dirty-checking

/exit
