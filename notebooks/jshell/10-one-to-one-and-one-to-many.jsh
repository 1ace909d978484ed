// 10-one-to-one-and-one-to-many.jsh: generated from src/main/resources/chapters/10-one-to-one-and-one-to-many.md by: ./workbook chapters export  (do not edit by hand)
// Run it from the project directory, after ./mvnw -Dmaven.test.skip=true package:
//   jshell --class-path "$(cat target/classpath.txt):target/classes" notebooks/jshell/10-one-to-one-and-one-to-many.jsh
// Windows PowerShell:
//   jshell --class-path "$(Get-Content target\classpath.txt);target\classes" notebooks\jshell\10-one-to-one-and-one-to-many.jsh
// or: ./workbook run 10   (which also shows each expression's value, as a notebook does; a script given to jshell runs quietly)

// # 10. Relationships: one-to-one and one-to-many
//
// The second seed moves from students to a small blog: posts, their authors, and (next chapter) tags. Rows in different tables
// refer to each other through *foreign keys* (FK): a column holding the primary key of a row in another table, which the server
// checks on every insert, update and delete.
//
// - **one-to-one**: an author has (at most) one profile; a profile belongs to exactly one author;
// - **one-to-many**: an author writes many posts; each post has one author (seen from the post, it is *many-to-one*).
//
// **Objectives.** After this chapter you can:
//
// - map a one-to-one with a shared primary key (`@OneToOne` + `@MapsId`);
// - map a bidirectional one-to-many (`@ManyToOne` on the post, `@OneToMany(mappedBy = ...)` on the author) and keep both sides in sync;
// - say which side Hibernate reads when it writes the foreign key, and why `@ManyToOne` should be `LAZY`;
// - recognise the foreign-key errors 1451 and 1452 and a `not-null property` error.

// The first cell removes the blog tables of this and the next chapters, children first (a table can only be dropped once nothing refers to it).

import dev.workbook.Workbook;
import jakarta.persistence.*;
import java.text.Normalizer;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.hibernate.SessionFactory;
import org.hibernate.tool.schema.Action;

Workbook.sql("DROP TABLE IF EXISTS post_tags, author_profile, post, tag, author");

// ## The entities
//
// `Post` and `Author` refer to each other, so whichever comes first names a class not declared yet. Plain `jshell` accepts that:
// it creates `Author` with a note ("cannot be referenced until class Post is declared") and completes it once `Post` follows;
// `workbook run` accepts it too, as long as both are in the same cell. The notebook's Java kernel does not: rapaio-jupyter-kernel, the one `workbook kernel install` sets up,
// stops the cell with `Compile error: ... Unresolved dependencies: - class Post`, and Run All stops with it. So the two are nested
// in one class, `Blog`, which compiles as one declaration everywhere, and the cells below call them `Blog.Author` and `Blog.Post`.
// (In a Maven project each entity is simply its own file.) The entity names, used in HQL (`from Post`), stay `Author` and `Post`.
// Three things to notice:
//
// - `@ManyToOne(fetch = FetchType.LAZY)`: JPA makes every `@ManyToOne` **eager** by default, loading the author with every post
//   whether you need it or not (chapter 12 shows the cost). Declare it lazy.
// - `@OneToMany(mappedBy = "author")`: the list on `Author` is the *inverse* side, the Java view of the same foreign key
//   (SQLAlchemy's `backref`). The FK column `post.author_id` is written from `Post.author` only.
// - `addPost` sets both sides, so the objects in memory agree with what will be in the database.
//
// The slug is the URL-friendly form of the title (`"First post!"` becomes `first-post`), unique per post.

class Blog {
    @Entity(name = "Author")
    @Table(name = "author")
    static class Author {
        @Id @GeneratedValue(strategy = GenerationType.IDENTITY)
        Long id;
        @Column(length = 100, nullable = false)
        String name;
        @OneToMany(mappedBy = "author")
        @OrderBy("created DESC, id DESC")
        List<Post> posts = new ArrayList<>();

        Author() {}
        Author(String name) { this.name = name; }

        String getName() { return name; }
        List<Post> getPosts() { return posts; }
        void addPost(Post post) { posts.add(post); post.author = this; }
        @Override public String toString() { return "<Author " + name + ">"; }
    }

    @Entity(name = "Post")
    @Table(name = "post")
    static class Post {
        @Id @GeneratedValue(strategy = GenerationType.IDENTITY)
        Long id;
        @Column(length = 140, nullable = false)
        String title;
        @Column(length = 140, nullable = false, unique = true)
        String slug;
        @Column(columnDefinition = "TEXT")
        String body;
        @Column(nullable = false)
        LocalDateTime created = LocalDateTime.now();
        @ManyToOne(fetch = FetchType.LAZY, optional = false)
        @JoinColumn(name = "author_id")
        Author author;

        Post() {}
        Post(String title, String body) { this.title = title; this.body = body; this.slug = slugify(title); }

        static String slugify(String title) {
            String ascii = Normalizer.normalize(title, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
            return ascii.toLowerCase().replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        }
        Author getAuthor() { return author; }
        String getTitle() { return title; }
        @Override public String toString() { return "<Post id: " + id + ", title: " + title + ">"; }
    }
}

// The profile shares its author's primary key: `@MapsId` makes `author_profile.author_id` both the primary key and the foreign key,
// so the database itself guarantees at most one profile per author.

@Entity(name = "AuthorProfile")
@Table(name = "author_profile")
class AuthorProfile {
    @Id
    Long id;
    @OneToOne(fetch = FetchType.LAZY, optional = false)
    @MapsId
    @JoinColumn(name = "author_id")
    Blog.Author author;
    @Column(length = 200)
    String website;

    AuthorProfile() {}
    AuthorProfile(Blog.Author author, String website) { this.author = author; this.website = website; }
}

// Let Hibernate create the tables and look at the DDL: each relationship became a column plus a `foreign key ... references`.

SessionFactory sf = Workbook.hibernate(Blog.Author.class, Blog.Post.class, AuthorProfile.class).showSql().schema(Action.CREATE).build();

// ```mermaid
// erDiagram
//     author ||--o| author_profile : "has (1-1)"
//     author ||--o{ post : "writes (1-n)"
//     author {
//         BIGINT id PK
//         VARCHAR name
//     }
//     author_profile {
//         BIGINT author_id PK, FK
//         VARCHAR website
//     }
//     post {
//         BIGINT id PK
//         VARCHAR title
//         VARCHAR slug UK
//         TEXT body
//         DATETIME created
//         BIGINT author_id FK
//     }
// ```
//
// ## Saving related objects
//
// Persist the author before anything that points at it (or use `cascade`, below).

sf.inTransaction(session -> {
    Blog.Author ada = new Blog.Author("Ada");
    session.persist(ada);
    session.persist(new AuthorProfile(ada, "https://ada.example.com"));
    Blog.Post first = new Blog.Post("First post", "First post body");
    Blog.Post second = new Blog.Post("Café au lait: a second post", "More words");
    ada.addPost(first);
    ada.addPost(second);
    session.persist(first);
    session.persist(second);

    Blog.Author linus = new Blog.Author("Linus");
    session.persist(linus);
    Blog.Post third = new Blog.Post("Hello from Linus", "Short");
    linus.addPost(third);
    session.persist(third);
});
Workbook.sql("SELECT p.id, p.title, p.slug, a.name AS author FROM post p JOIN author a ON a.id = p.author_id ORDER BY p.id");

// ## Reading through a relationship
//
// From a post to its author, and from an author to their posts (ordered newest first by `@OrderBy`, the seed's
// `order_by(Post.created.desc())`). Read the SQL: the posts are loaded only when `getPosts()` is first used, by a second `select`.

sf.inTransaction(session -> {
    Blog.Author ada = session.createSelectionQuery("from Author where name = :n", Blog.Author.class)
            .setParameter("n", "Ada").getSingleResult();
    System.out.println(ada + " wrote " + ada.getPosts());
    Blog.Post post = ada.getPosts().get(0);
    System.out.println(post.getTitle() + " is by " + post.getAuthor().getName());
    AuthorProfile profile = session.find(AuthorProfile.class, ada.id);
    System.out.println("profile: " + profile.website);
});

// `cascade = CascadeType.PERSIST` on `Author.posts` would persist the posts along with their author, and
// `cascade = CascadeType.REMOVE` (or `orphanRemoval = true`) would delete them with it. Cascades are convenient on parts that
// live and die with their parent (an order's lines); on shared things (tags, next chapter) they delete too much.
//
// ## Common mistakes
//
// **Setting only the inverse side.** Adding a post to `author.posts` without setting `post.author` changes nothing in the database:
// `mappedBy` marks the list as read-only for writes. Here the post's `author` stays `null`, Hibernate inserts `author_id = NULL`,
// and the `NOT NULL` column refuses it (error 1048):

// This cell fails on purpose (expected: SQL error 1048); jshell prints the error and goes on.
sf.inTransaction(session -> {
    Blog.Author linus = session.createSelectionQuery("from Author where name = 'Linus'", Blog.Author.class).getSingleResult();
    Blog.Post orphan = new Blog.Post("Only half linked", "...");
    linus.getPosts().add(orphan);     // wrong: use linus.addPost(orphan)
    session.persist(orphan);
});

// The message: `Column 'author_id' cannot be null`. (Without Bean Validation on the class path, Hibernate itself would stop earlier
// with `not-null property references a null or transient value`.) Had the column been nullable, the post would have been saved
// without an author, silently. See [troubleshooting/1048-column-cannot-be-null.md](../troubleshooting/1048-column-cannot-be-null.md).
//
// **A foreign key that points nowhere (1452).** The server checks every `author_id` you write:

// This cell fails on purpose (expected: SQL error 1452); jshell prints the error and goes on.
Workbook.sql("INSERT INTO post (title, slug, body, created, author_id) VALUES ('Lost', 'lost', '', NOW(), 999)");

// `Cannot add or update a child row: a foreign key constraint fails (... FOREIGN KEY (author_id) REFERENCES author (id))`.
//
// **Deleting a parent that still has children (1451).** Linus still has a post, so his row cannot go:

// This cell fails on purpose (expected: SQL error 1451); jshell prints the error and goes on.
sf.inTransaction(session -> {
    Blog.Author linus = session.createSelectionQuery("from Author where name = 'Linus'", Blog.Author.class).getSingleResult();
    session.remove(linus);
});

// `Cannot delete or update a parent row: a foreign key constraint fails`. Delete (or reassign) the children first, or declare
// `cascade = CascadeType.REMOVE` where that is what you mean. See
// [troubleshooting/foreign-key-constraint-fails.md](../troubleshooting/foreign-key-constraint-fails.md) for both errors.

Workbook.sql("SELECT (SELECT COUNT(*) FROM author) AS authors, (SELECT COUNT(*) FROM author_profile) AS profiles, (SELECT COUNT(*) FROM post) AS posts");
sf.close();

// ## Exercise
//
// Give Linus a profile (`https://linus.example.com`), then delete his profile, his posts and his account in one transaction, in the
// right order. Check with `Workbook.sql("SELECT * FROM author")` that only Ada is left. What happens to her profile if you try to
// give her a second one? Find Linus by his name: the check also runs your code on a blog it makes up, where Linus has other ids
// and more posts.
//
// Write your code in the two cells below, where it says `// TODO:`, run them, then run the check cell after them. The setup cell
// puts the chapter's authors, posts and Ada's profile in fresh tables; the check runs your code on a throwaway copy and prints ✓
// or ✗ for each check, with a hint when one fails. In a terminal the same exercise is
// `notebooks/exercises/10-profile-and-delete.jsh`, checked with `./workbook check 10-profile-and-delete`
// (hints: `./workbook exercises hint 10-profile-and-delete`).

// The exercise's cells are in notebooks/exercises/10-profile-and-delete.jsh; check it with: ./workbook check 10-profile-and-delete

/exit
