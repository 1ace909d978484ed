// 07-filtering-ordering-paging.jsh: generated from src/main/resources/chapters/07-filtering-ordering-paging.md by: ./workbook chapters export  (do not edit by hand)
// Run it from the project directory, after ./mvnw -Dmaven.test.skip=true package:
//   jshell --class-path "$(cat target/classpath.txt):target/classes" notebooks/jshell/07-filtering-ordering-paging.jsh
// Windows PowerShell:
//   jshell --class-path "$(Get-Content target\classpath.txt);target\classes" notebooks\jshell\07-filtering-ordering-paging.jsh
// or: ./workbook run 07   (which also shows each expression's value, as a notebook does; a script given to jshell runs quietly)

// # 7. Filtering, ordering, counting and paging
//
// Chapter 5 fetched all students, or the ones with a given first name. Real screens ask for more: "students older than 20 whose bio
// mentions marine, oldest first, 3 per page, and how many are there in total?". The companion DigitalOcean tutorial does it with
// `filter`, `order_by`, `limit`, `count` and `paginate`:
//
// ```text
// Student.query.filter(Student.age > 20).order_by(Student.age.desc()).limit(3).all()
// Student.query.filter(Student.bio.like('%Marine%')).count()
// Student.query.order_by(Student.id).paginate(page=2, per_page=3)
// ```
//
// **Objectives.** After this chapter you can write each of these in Java three ways and read the SQL they produce:
//
// - HQL (Hibernate's object query language: entity and attribute names, not table and column names);
// - the JPA Criteria API (queries built from Java objects, handy when the conditions come from a form);
// - Hibernate 7's `Restriction`, `Order` and `Page` (short, type-safe when you generate the metamodel);
//
// and you know why paging needs an `order by`.

import dev.workbook.Workbook;
import jakarta.persistence.*;
import java.time.Instant;
import java.util.List;
import org.hibernate.SessionFactory;
import org.hibernate.annotations.ColumnDefault;
import org.hibernate.annotations.Generated;
import org.hibernate.tool.schema.Action;

Workbook.sql("SELECT DATABASE() AS connected_to, VERSION() AS server");

// More imports for this chapter: the Criteria API and Hibernate 7's restrictions.

import jakarta.persistence.criteria.*;
import org.hibernate.query.Order;
import org.hibernate.query.Page;
import org.hibernate.query.range.Range;
import org.hibernate.query.restriction.Restriction;
import org.hibernate.query.specification.SelectionSpecification;

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

// The three students of chapter 5 in a fresh `student` table; from here on every statement Hibernate sends is printed.

SessionFactory sf = Workbook.hibernate(Student.class).showSql().schema(Action.CREATE).build();
sf.inTransaction(s -> {
    s.persist(new Student("Sammy", "Shark", "sammyshark@example.com", 20, "Marine biology student"));
    s.persist(new Student("Carl", "White", "carlwhite@example.com", 22, "Marine geology student"));
    s.persist(new Student("john", "doe", "jd@example.com", 23, "Biology student"));
});

// Three students are not enough to page through. Five more (Hugo has no bio):

sf.inTransaction(session -> {
    session.persist(new Student("Dina", "Reyes", "dinareyes@example.com", 21, "Marine biology student"));
    session.persist(new Student("Eve", "Stone", "evestone@example.com", 24, "Geology student"));
    session.persist(new Student("Frank", "Moss", "frankmoss@example.com", 19, "Biology student"));
    session.persist(new Student("Gina", "Park", "ginapark@example.com", 22, "Chemistry student"));
    session.persist(new Student("Hugo", "Lind", "hugolind@example.com", 30, null));
});

// ## Filtering: `where`
//
// HQL names the entity (`Student`) and its attributes (`age`, `bio`), never the table. Values always go in as parameters
// (`:minAge`), never glued into the string: that is what keeps a query safe from SQL injection.

List<Student> marine = sf.fromSession(session ->
        session.createSelectionQuery("from Student where age > :minAge and bio like :pattern", Student.class)
                .setParameter("minAge", 20)
                .setParameter("pattern", "%Marine%")
                .getResultList());
marine;

// Other conditions read as in SQL: `age between 20 and 23`, `lastname in (:names)` with a `List`, `bio is null`,
// `firstname = 'Sammy' or age < 20`, `lower(email) like :p`.
//
// ## Ordering and limiting: `order by`, `setMaxResults`
//
// `setMaxResults(3)` becomes `limit ?` in the SQL below. `order by age desc, lastname` breaks ties between equal ages.

List<Student> oldestThree = sf.fromSession(session ->
        session.createSelectionQuery("from Student order by age desc, lastname", Student.class)
                .setMaxResults(3)
                .getResultList());
oldestThree.forEach(s -> System.out.println(s.getFirstname() + " " + s.getAge()));

// ## Counting
//
// Ask the database to count: `select count(*)` returns a `Long`, not the rows.
// `getResultCount()` turns any selection query into its count query, so the list and the count share one `where`.

long all = sf.fromSession(session ->
        session.createSelectionQuery("select count(*) from Student", Long.class).getSingleResult());
long marineCount = sf.fromSession(session ->
        session.createSelectionQuery("from Student where bio like :pattern", Student.class)
                .setParameter("pattern", "%Marine%")
                .getResultCount());
System.out.println(all + " students, " + marineCount + " with a marine bio");

// ## Paging
//
// `paginate(page=2, per_page=3)` is `setPage(Page.page(3, 1))` (page numbers start at 0) or, the JPA way,
// `setFirstResult(3).setMaxResults(3)`. Both become `limit ?, ?` (offset, then row count) in the SQL below.

int perPage = 3;
for (int page = 0; page < 3; page++) {
    int p = page;
    List<String> names = sf.fromSession(session ->
            session.createSelectionQuery("select firstname from Student order by id", String.class)
                    .setPage(Page.page(perPage, p))
                    .getResultList());
    System.out.println("page " + (p + 1) + ": " + names);
}

// With 8 students and 3 per page there are `ceil(8 / 3.0) = 3` pages; use the count query above to work it out.
// For deep pages on big tables, `limit 3 offset 300000` still reads and throws away 300 000 rows: page by key instead
// (`where id > :lastSeenId order by id`), which Hibernate 7 also offers as `getKeyedResultList`.
//
// ## The same query with the Criteria API
//
// Criteria builds the query from objects: useful when a search form decides which conditions apply. It produces the same SQL as the HQL version.

List<Student> viaCriteria = sf.fromSession(session -> {
    CriteriaBuilder cb = session.getCriteriaBuilder();
    CriteriaQuery<Student> q = cb.createQuery(Student.class);
    Root<Student> s = q.from(Student.class);
    q.where(cb.gt(s.get("age"), 20), cb.like(s.get("bio"), "%Marine%"))
     .orderBy(cb.desc(s.get("age")));
    return session.createSelectionQuery(q).setMaxResults(3).getResultList();
});
viaCriteria;

// ## Hibernate 7: `Restriction`, `Order`, `Page`
//
// Hibernate 7 adds a shorter way to restrict, sort and page a query. With the generated metamodel (`Student_.age`, made by the
// `hibernate-processor` annotation processor in a Maven project) the attribute names are checked by the compiler; in JShell there
// is no metamodel, so we name attributes as strings.

List<Student> viaSpecification = sf.fromSession(session ->
        SelectionSpecification.create(Student.class)
                .restrict(Restriction.restrict(Student.class, "age", Range.greaterThan(20)))
                .sort(Order.desc(Student.class, "age"))
                .createQuery(session)
                .setPage(Page.first(3))
                .getResultList());
viaSpecification.forEach(s -> System.out.println(s.getFirstname() + " " + s.getAge()));

// ## Common mistakes
//
// **Column names in HQL.** HQL wants the Java attribute name. Writing the column name, or misspelling the attribute, fails before anything reaches the server:

// This cell fails on purpose (expected: org.hibernate.query.SemanticException); jshell prints the error and goes on.
sf.inSession(session ->
        session.createSelectionQuery("from Student where first_name = :name", Student.class)
                .setParameter("name", "Sammy")
                .getResultList());

// The message names what Hibernate could not find: `Could not interpret path expression 'first_name'`
// (for `s.first_name` with an alias it reads `Could not resolve attribute 'first_name' of 'Student'`).
// See [troubleshooting/hql-could-not-resolve-attribute.md](../troubleshooting/hql-could-not-resolve-attribute.md).
//
// **Paging without `order by`.** SQL promises no order unless you ask for one, so page 2 may repeat a row from page 1 or skip one.
// Always sort by something unique (the id last).
//
// **Counting by loading.** `getResultList().size()` loads every row to count it; `select count(*)` or `getResultCount()` lets the server count.

sf.close();

// ## Exercise
//
// Write one HQL query that returns the first names of students aged 20 to 23 whose bio is not null, youngest first (then by id),
// second page with two per page. Check it against `Workbook.sql("SELECT firstname, age FROM student WHERE age BETWEEN 20 AND 23 AND bio IS NOT NULL ORDER BY age, id")`.
// (Expected: `[Carl, Gina]`.) The check saves your result with `Answers.save(...)` and reads it from the database; it also runs
// your query on other students it makes up, so the answer must come from the query.
//
// Write your code in the cell below, where it says `// TODO:`, run it, then run the check cell after it. The setup cell puts the
// chapter's eight students in a fresh `student` table; the check runs your code on a throwaway copy and prints ✓ or ✗ for each
// check, with a hint when one fails. In a terminal the same exercise is `notebooks/exercises/07-second-page.jsh`, checked with
// `./workbook check 07-second-page` (hints: `./workbook exercises hint 07-second-page`).

// The exercise's cells are in notebooks/exercises/07-second-page.jsh; check it with: ./workbook check 07-second-page

/exit
