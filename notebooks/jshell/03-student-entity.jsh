// 03-student-entity.jsh: generated from src/main/resources/chapters/03-student-entity.md by: ./workbook chapters export  (do not edit by hand)
// Run it from the project directory, after ./mvnw -Dmaven.test.skip=true package:
//   jshell --class-path "$(cat target/classpath.txt):target/classes" notebooks/jshell/03-student-entity.jsh
// Windows PowerShell:
//   jshell --class-path "$(Get-Content target\classpath.txt);target\classes" notebooks\jshell\03-student-entity.jsh
// or: ./workbook run 03   (which also shows each expression's value, as a notebook does; a script given to jshell runs quietly)

// # 3. The Student entity: a table from a Java class
//
// **Objectives**
// - Declare the `Student` model of the Flask-SQLAlchemy tutorial as a Java class with Jakarta Persistence annotations.
// - Create and drop its table with Hibernate's schema manager: the Java form of `db.create_all()` and `db.drop_all()`.
// - Read the `CREATE TABLE` Hibernate sends, and see why `create` never changes a table that already exists.
// - Use JShell or this notebook where the seed used `flask shell`.
//
// The seed opens a Python shell inside the application (`export FLASK_APP=app; flask shell`) and types `db.create_all()`.
// In Java the interactive shell is **JShell** (part of the JDK since Java 9). This notebook runs on a JShell-based kernel,
// and the same chapter runs as a script: `workbook run 03`, or plain `jshell` (see `notebooks/jshell/`).
// No `flask shell` is needed: the first cell imports what the chapter uses and connects.

import dev.workbook.Workbook;
import jakarta.persistence.*;
import java.time.Instant;
import java.util.List;
import org.hibernate.SessionFactory;
import org.hibernate.annotations.ColumnDefault;
import org.hibernate.annotations.Generated;
import org.hibernate.tool.schema.Action;

Workbook.sql("SELECT DATABASE() AS connected_to, VERSION() AS server");

// ## The model
//
// The tutorial's model, in Python:
//
// ```text
// class Student(db.Model):
//     id = db.Column(db.Integer, primary_key=True)
//     firstname = db.Column(db.String(100), nullable=False)
//     lastname = db.Column(db.String(100), nullable=False)
//     email = db.Column(db.String(80), unique=True, nullable=False)
//     age = db.Column(db.Integer)
//     created_at = db.Column(db.DateTime(timezone=True), server_default=func.now())
//     bio = db.Column(db.Text)
//
//     def __repr__(self):
//         return f'<Student {self.firstname}>'
// ```
//
// The same model in Java. Each annotation says what the Python keyword arguments said:
//
// | SQLAlchemy | Jakarta Persistence / Hibernate |
// |---|---|
// | `db.Model` subclass | `@Entity` class with a no-argument constructor |
// | `primary_key=True` on an Integer | `@Id @GeneratedValue(strategy = GenerationType.IDENTITY)`: MySQL's `AUTO_INCREMENT` |
// | `db.String(100), nullable=False` | `@Column(length = 100, nullable = false)` |
// | `unique=True` | `@Column(unique = true)` |
// | `db.Text` | `@Column(columnDefinition = "TEXT")` |
// | `server_default=func.now()` | `@ColumnDefault("CURRENT_TIMESTAMP(6)")` plus `@Generated`: the **database** fills it, Hibernate reads it back |
// | `__repr__` | `toString()` |

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

// Three details matter here, and each one is a trap if you leave it out:
// - `@Entity(name = "Student")`: JShell wraps every class you declare in a generated outer class, so the Java name of this class
//   is not simply `Student`. Naming the entity makes queries like `from Student` work the same in JShell, notebooks and ordinary code.
// - `GenerationType.IDENTITY` uses the column's `AUTO_INCREMENT`, as SQLAlchemy does. A plain `@GeneratedValue` means a
//   sequence instead: on MariaDB Hibernate creates a `SEQUENCE` named `student_SEQ` (on MySQL, which has no sequences, a one-row
//   table of that name) and hands out ids from memory, 50 per read of the sequence ("Common mistakes" below shows what that does).
// - `age` is an `Integer`, not an `int`, because the column may be `NULL` (Python's `None`); an `int` can never be null.

// ## `db.drop_all()` and `db.create_all()`
//
// A `SessionFactory` is Hibernate's equivalent of the `db` object: it knows the entities and the database.
// `showSql()` makes it print every statement it sends.

SessionFactory sf = Workbook.hibernate(Student.class).showSql().build();

sf.getSchemaManager().drop(true);    // db.drop_all(): drops the tables of the known entities
sf.getSchemaManager().create(true);  // db.create_all(): creates them

// The `create table` statement above is the table Hibernate derived from the annotations. The unique email became a separate
// `unique` constraint. The column order follows neither the class nor any rule you should rely on: here, from a factory built
// without a schema action, the id comes first and the other fields in alphabetical order; a factory built with
// `schema(Action.CREATE)` (chapter 4) orders them by size instead, small fixed-size columns first and long text last (Hibernate 7's
// standard column ordering, which it applies only when it creates the schema at start-up). The order has no meaning for queries. Ask the server
// what it made of it, as the `mysql` client would:

Workbook.sql("DESCRIBE student");

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
// The table is empty; `Workbook.sql` prints an empty result rather than nothing:

Workbook.sql("SELECT * FROM student");

// ## `create_all` never alters a table
//
// SQLAlchemy's `create_all()` skips tables that already exist, even when the model changed. Hibernate's `create` does the
// same, only louder: it tries `create table`, the server refuses, and Hibernate prints a warning and goes on.
// Here is a second version of the model with a new `phone` column, mapped to the same table:

@Entity(name = "StudentWithPhone")
@Table(name = "student")
class StudentWithPhone {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(length = 100, nullable = false)
    private String firstname;

    @Column(length = 20)
    private String phone;
}

SessionFactory sfPhone = Workbook.hibernate(StudentWithPhone.class).build();
sfPhone.getSchemaManager().create(true);

// Hibernate logs a warning with a long stack trace; its first line is the part to read: `Table 'student' already exists`.
// The table still has no `phone` column. Hibernate can check the
// table against the entity, and that check fails:

// This cell fails on purpose (expected: SchemaValidationException); jshell prints the error and goes on.
sfPhone.getSchemaManager().validate();

// Changing an existing table is the job of **migrations** (chapter 8, Flyway), the Java form of the seed's
// `python manage.py db migrate / upgrade` (today `flask db migrate / upgrade`: chapter 8 says why). Dropping and re-creating, as above, is fine only while the tables hold nothing you need.

sfPhone.close();

// ## Common mistakes
//
// **Forgetting `name` in `@Entity` inside JShell.** The entity then carries JShell's wrapped class name, and a query by the
// short name fails. The error text:

// This cell fails on purpose (expected: UnknownEntityException); jshell prints the error and goes on.
@Entity
@Table(name = "course")
class Course {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
}

SessionFactory sfCourse = Workbook.hibernate(Course.class).build();
try {
    sfCourse.inSession(s -> s.createSelectionQuery("from Course", Course.class).getResultList());
} finally {
    sfCourse.close();
}

// Read more: [troubleshooting/hibernate-unknown-entity.md](../troubleshooting/hibernate-unknown-entity.md).
//
// **A plain `@GeneratedValue`** does not fail; it quietly changes where ids come from. Here is a `Note` entity without a strategy,
// saved three times, then once more by a second factory, as after a restart of the application:

@Entity(name = "Note")
@Table(name = "note")
class Note {
    @Id
    @GeneratedValue                  // no strategy
    private Long id;
    private String text;

    protected Note() { }
    Note(String text) { this.text = text; }
}

SessionFactory sfNotes = Workbook.hibernate(Note.class).showSql().schema(Action.CREATE).build();
sfNotes.inTransaction(s -> {
    s.persist(new Note("first"));
    s.persist(new Note("second"));
    s.persist(new Note("third"));
});
sfNotes.close();                     // the application stops

SessionFactory sfNotesAgain = Workbook.hibernate(Note.class).showSql().build();
sfNotesAgain.inTransaction(s -> s.persist(new Note("after a restart")));
sfNotesAgain.close();
Workbook.sql("SELECT id, text FROM note ORDER BY id");

// Read the SQL: `create sequence note_SEQ start with 1 increment by 50`, and a `select next value for note_SEQ` only when
// the factory needs new ids: one read reserves 50 ids (`allocationSize`, Hibernate's *pooled* optimizer), handed out from memory.
// (The very first time it reads twice, while the sequence is still at its start value.) So the reads are rare, not one per insert.
// The costs are elsewhere: ids jump after every restart (here 1, 2, 3, then 52: what the first factory reserved but did not use
// is never handed out), and the column has no `AUTO_INCREMENT`, so a row inserted with plain SQL gets no id (`Field 'id' doesn't have a
// default value`, error 1364). On MySQL the same entity gets a one-row table `note_SEQ` instead of a sequence.
// If you find a `*_SEQ` in `SHOW TABLES` (MariaDB's `SHOW FULL TABLES` calls it a `SEQUENCE`), look for a missing
// `strategy = GenerationType.IDENTITY`.
//
// **`package com.example;` at the top of a cell**: JShell rejects package declarations; leave them out in notebooks and scripts.

// ## Exercise
//
// Declare a `Course` entity (`@Entity(name = "Course")`, table `course`) with an IDENTITY id (a `Long`), a `title` of at
// most 120 characters that is unique and not null, and an `Integer credits`. Create its table with the schema manager,
// save two courses, "Databases" (6 credits) and "Java" (5 credits), and compare `SHOW CREATE TABLE course` with your annotations.
//
// Write your code in the two cells below, where it says `// TODO:`, run them, then run the check cell after them. The check runs
// your code on a throwaway database and prints ✓ or ✗ for each check, with a hint when one fails; your workbook database is not
// touched. In a terminal the same exercise is `notebooks/exercises/03-course-entity.jsh`, checked with
// `./workbook check 03-course-entity` (hints: `./workbook exercises hint 03-course-entity`).

// The exercise's cells are in notebooks/exercises/03-course-entity.jsh; check it with: ./workbook check 03-course-entity

/exit
