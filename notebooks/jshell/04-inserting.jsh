// 04-inserting.jsh: generated from src/main/resources/chapters/04-inserting.md by: ./workbook chapters export  (do not edit by hand)
// Run it from the project directory, after ./mvnw -Dmaven.test.skip=true package:
//   jshell --class-path "$(cat target/classpath.txt):target/classes" notebooks/jshell/04-inserting.jsh
// Windows PowerShell:
//   jshell --class-path "$(Get-Content target\classpath.txt);target\classes" notebooks\jshell\04-inserting.jsh
// or: ./workbook run 04   (which also shows each expression's value, as a notebook does; a script given to jshell runs quietly)

// # 4. Inserting rows: persist and commit
//
// **Objectives**
// - Create `Student` objects and save them: the Java form of `db.session.add(...)` and `db.session.commit()`.
// - See exactly when the id appears: the seed says it stays `None` "because the object is not in the database yet";
//   with an `IDENTITY` id that is only half true, and this chapter shows the moment it changes.
// - Watch what other connections see before and after the commit.
// - Recognise the errors of a duplicate email and of saving the same object twice.
//
// The first cells bring back the imports and the `Student` entity of chapter 3 and start from an empty `student` table.

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

// `schema(Action.CREATE)` drops and re-creates the tables of the given entities when the factory starts
// (SQLAlchemy: `db.drop_all(); db.create_all()`).

SessionFactory sf = Workbook.hibernate(Student.class).showSql().schema(Action.CREATE).build();

// ## Objects before they are saved
//
// The seed creates three students in the shell. In Java, `new` calls the constructor (chapter 2):

Student john = new Student("john", "doe", "jd@example.com", 23, "Biology student");
Student sammy = new Student("Sammy", "Shark", "sammyshark@example.com", 20, "Marine biology student");
Student carl = new Student("Carl", "White", "carlwhite@example.com", 22, "Marine geology student");

// They exist only in this JVM's memory. Evaluating them prints `toString()`, the Java `__repr__`:

john

john.getFirstname() + ", " + john.getBio()

john.getId()

// `null` (Python's `None`): no row exists yet, so there is no id.

// ## `add` + `commit` = `persist` inside a transaction
//
// The seed adds Sammy and Carl and commits. `sf.inTransaction(...)` opens a session (SQLAlchemy's `db.session`),
// begins a transaction, runs the code, and commits; on an exception it rolls back instead.

sf.inTransaction(session -> {
    session.persist(sammy);   // db.session.add(sammy)
    session.persist(carl);    // db.session.add(carl)
});                           // db.session.commit()
sammy.getId() + ", " + carl.getId()

// The `insert` statements above list every column but `id` and `created_at`: the server fills both. On MariaDB, Hibernate
// asks for them back in the same statement (`returning id, created_at`); on MySQL it takes the id from the driver and reads
// `created_at` with one more `select`.

// ## When exactly does the id appear?
//
// The seed prints John's id before committing and gets `None`, and explains: not in the database yet. With
// `GenerationType.IDENTITY` the database makes the id when it inserts the row, so Hibernate must run the `INSERT`
// **at `persist()`**, not at commit. The id is there right after `persist()`, inside the still-open transaction.
// This time the transaction is opened by hand so we can stop in the middle:

var session = sf.openSession();
var tx = session.beginTransaction();
System.out.println("before persist: id = " + john.getId());
session.persist(john);
System.out.println("after persist, before commit: id = " + john.getId());

// The row is inserted but not committed. Another connection (each `Workbook.sql` call opens its own) does not see it:
// InnoDB shows other sessions only committed rows.

Workbook.sql("SELECT id, firstname FROM student ORDER BY id");

tx.commit();
session.close();
Workbook.sql("SELECT id, firstname, created_at FROM student ORDER BY id");

// Now John is visible to everyone, with id 3 and a `created_at` the server filled. Hibernate read that value back
// after the insert (`@Generated`), so the object has it too:

john.getCreatedAt() != null

// With other strategies the id and the `INSERT` come apart. With a sequence (a plain `@GeneratedValue` on MariaDB, chapter 3)
// `persist()` sets the id at once, from the block of ids Hibernate reserved, and the `INSERT` waits for the flush before the commit:
// the object has an id while the table has no row yet. So in Hibernate only "before `persist()`" reliably means "no id", whatever
// the strategy, and "not committed" never does.
//
// ```mermaid
// sequenceDiagram
//     participant J as Java (Session)
//     participant DB as MariaDB/MySQL
//     J->>DB: BEGIN
//     J->>DB: persist(john): INSERT INTO student ...
//     DB-->>J: generated id = 3
//     Note over DB: row visible only to this transaction
//     J->>DB: COMMIT
//     Note over DB: row visible to every connection
// ```

// ## Common mistakes
//
// **Two students with the same email.** The column is `unique`, so the server refuses the second row with error 1062,
// and Hibernate wraps it in a `ConstraintViolationException`:

// This cell fails on purpose (expected: SQL error 1062); jshell prints the error and goes on.
sf.inTransaction(s -> s.persist(new Student("Sam", "Copy", "sammyshark@example.com", 30, null)));

// The message contains the server's own words: `Duplicate entry 'sammyshark@example.com' for key '...'`. The transaction was rolled
// back, so nothing of it is stored. Read more: [troubleshooting/1062-duplicate-entry.md](../troubleshooting/1062-duplicate-entry.md).
//
// **Persisting an object that is already saved.** The seed calls `db.session.add(netin)` again after changing a
// loaded object; SQLAlchemy accepts that. `persist()` is only for new objects. Given a saved one from an earlier session
// (a *detached* object), Hibernate refuses:

// This cell fails on purpose (expected: EntityExistsException); jshell prints the error and goes on.
sf.inTransaction(s -> s.persist(sammy));

// To save changes to an object that came from an earlier session, use `merge` (chapter 6).

// ## Exercise
//
// After Sammy, Carl and john, add yourself as the fourth student in one `inTransaction` call, with `age` left `null`,
// and return your `Student` (the check prints your id). Check with `Workbook.sql("SELECT COUNT(*) FROM student")` that there are
// now four rows, and see in `DESCRIBE student` why a `null` age is allowed while a `null` email is not.
//
// Write your code in the cell below, where it says `// TODO:`, run it, then run the check cell after it. The setup cell puts the
// chapter's three students in a fresh `student` table; the check runs your code on a throwaway copy of them and prints ✓ or ✗
// for each check, with a hint when one fails. In a terminal the same exercise is `notebooks/exercises/04-add-yourself.jsh`,
// checked with `./workbook check 04-add-yourself` (hints: `./workbook exercises hint 04-add-yourself`).

// The exercise's cells are in notebooks/exercises/04-add-yourself.jsh; check it with: ./workbook check 04-add-yourself

/exit
