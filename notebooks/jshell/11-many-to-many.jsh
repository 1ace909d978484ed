// 11-many-to-many.jsh: generated from src/main/resources/chapters/11-many-to-many.md by: ./workbook chapters export  (do not edit by hand)
// Run it from the project directory, after ./mvnw -Dmaven.test.skip=true package:
//   jshell --class-path "$(cat target/classpath.txt):target/classes" notebooks/jshell/11-many-to-many.jsh
// Windows PowerShell:
//   jshell --class-path "$(Get-Content target\classpath.txt);target\classes" notebooks\jshell\11-many-to-many.jsh
// or: ./workbook run 11   (which also shows each expression's value, as a notebook does; a script given to jshell runs quietly)

// # 11. Many-to-many: posts and tags
//
// A post has several tags and a tag labels several posts. Neither table can hold "the" other's id, so a third table holds the pairs.
// The seed builds it in Flask-SQLAlchemy like this:
//
// ```text
// post_tags = db.Table('post_tags',
//                      db.Column('post_id', db.Integer, db.ForeignKey('post.id')),
//                      db.Column('tag_id', db.Integer, db.ForeignKey('tag.id')))
//
// class Post(db.Model):
//     tags = db.relationship('Tag', secondary=post_tags, backref=db.backref('posts', lazy='dynamic'))
// ```
//
// **Objectives.** After this chapter you can:
//
// - map `post_tags` with `@ManyToMany` and `@JoinTable`, and its inverse side (the `backref`) with `mappedBy`;
// - say which side writes the join table;
// - replace `lazy='dynamic'` (a relationship you can filter and count like a query) with a query method;
// - list posts newest first and find a post by its slug;
// - delete a tag that is still in use without a foreign-key error.

import dev.workbook.Workbook;
import jakarta.persistence.*;
import java.text.Normalizer;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.hibernate.Session;
import org.hibernate.SessionFactory;
import org.hibernate.tool.schema.Action;

Workbook.sql("DROP TABLE IF EXISTS post_tags, author_profile, post, tag, author");

// ## The mapping
//
// `Author` is the one of chapter 10. `Post` gains `tags`, and `Tag` refers back to it. The three refer to each other, so, as in
// chapter 10, they are nested in one class `Blog` (the notebook's Java kernel rejects a class that names one declared after it;
// chapter 10 explains) and used as `Blog.Post`, `Blog.Tag`, `Blog.Author`.
//
// - The **owning side** is `Post.tags`: its `@JoinTable` names the table and both foreign-key columns. Only this side is written to `post_tags`.
// - The **inverse side** is `Tag.posts` with `mappedBy = "tags"`: the seed's `backref('posts')`. (SQLAlchemy 2.0 calls `backref`
//   legacy and prefers `back_populates`, a relationship declared on both classes, each naming the other: that is what `mappedBy` is.)
// - A `Set` (not a `List`) makes Hibernate give `post_tags` a primary key on `(post_id, tag_id)`, so the same pair cannot be stored twice.
//   The seed's table had no key at all.

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
        @ManyToMany
        @JoinTable(name = "post_tags",
                joinColumns = @JoinColumn(name = "post_id"),
                inverseJoinColumns = @JoinColumn(name = "tag_id"))
        Set<Tag> tags = new LinkedHashSet<>();

        Post() {}
        Post(String title, String body) { this.title = title; this.body = body; this.slug = slugify(title); }

        static String slugify(String title) {
            String ascii = Normalizer.normalize(title, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
            return ascii.toLowerCase().replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        }
        Author getAuthor() { return author; }
        String getTitle() { return title; }
        Set<Tag> getTags() { return tags; }
        void addTag(Tag tag) { tags.add(tag); tag.posts.add(this); }
        void removeTag(Tag tag) { tags.remove(tag); tag.posts.remove(this); }
        @Override public String toString() { return "<Post id: " + id + ", title: " + title + ">"; }
    }

    @Entity(name = "Tag")
    @Table(name = "tag")
    static class Tag {
        @Id @GeneratedValue(strategy = GenerationType.IDENTITY)
        Long id;
        @Column(length = 50, nullable = false, unique = true)
        String name;
        @ManyToMany(mappedBy = "tags")
        Set<Post> posts = new LinkedHashSet<>();

        Tag() {}
        Tag(String name) { this.name = name; }
        String getName() { return name; }
        Set<Post> getPosts() { return posts; }
        @Override public String toString() { return "<Tag " + name + ">"; }
    }
}

SessionFactory sf = Workbook.hibernate(Blog.Author.class, Blog.Post.class, Blog.Tag.class).showSql().schema(Action.CREATE).build();

// In the DDL above, `post_tags` got `primary key (post_id, tag_id)` and two `foreign key` constraints.
//
// ```mermaid
// erDiagram
//     author ||--o{ post : writes
//     post ||--o{ post_tags : "is tagged"
//     tag ||--o{ post_tags : "labels"
//     post {
//         BIGINT id PK
//         VARCHAR title
//         VARCHAR slug UK
//         TEXT body
//         DATETIME created
//         BIGINT author_id FK
//     }
//     post_tags {
//         BIGINT post_id PK, FK
//         BIGINT tag_id PK, FK
//     }
//     tag {
//         BIGINT id PK
//         VARCHAR name UK
//     }
// ```
//
// ## Some posts with tags
//
// The same small blog is used in the next chapters (the creation times are spread over three days so "newest first" is clear).

sf.inTransaction(session -> {
    Blog.Author ada = new Blog.Author("Ada");
    Blog.Author linus = new Blog.Author("Linus");
    session.persist(ada);
    session.persist(linus);
    Blog.Tag java = new Blog.Tag("java"), sql = new Blog.Tag("sql"), mysql = new Blog.Tag("mysql");
    session.persist(java);
    session.persist(sql);
    session.persist(mysql);

    Blog.Post first = new Blog.Post("First post", "First post body");
    Blog.Post second = new Blog.Post("Café au lait: a second post", "More words");
    Blog.Post third = new Blog.Post("Hello from Linus", "Short");
    first.created = LocalDateTime.now().minusDays(2);
    second.created = LocalDateTime.now().minusDays(1);
    ada.addPost(first);
    ada.addPost(second);
    linus.addPost(third);
    first.addTag(java);
    first.addTag(sql);
    second.addTag(java);
    third.addTag(sql);
    third.addTag(mysql);
    session.persist(first);
    session.persist(second);
    session.persist(third);
});
Workbook.sql("SELECT * FROM post_tags ORDER BY post_id, tag_id");

// ## Navigating both ways
//
// `post.getTags()` uses the owning side, `tag.getPosts()` the inverse side; both are loaded on first use by a `select ... join post_tags`.

sf.inTransaction(session -> {
    Blog.Post first = session.createSelectionQuery("from Post where slug = :slug", Blog.Post.class)
            .setParameter("slug", "first-post").getSingleResult();
    System.out.println(first + " is tagged " + first.getTags());
    Blog.Tag sql = session.createSelectionQuery("from Tag where name = 'sql'", Blog.Tag.class).getSingleResult();
    System.out.println(sql + " labels " + sql.getPosts());
});

// Finding a post by its slug, as a `/posts/<slug>` page does, is the `where slug = :slug` above: the slug column is unique, so
// `getSingleResult()` is safe when the page exists (use `getSingleResultOrNull()` and answer 404 when it may not).
//
// ## All posts, newest first
//
// The seed's `Post.query.order_by(Post.created.desc())`:

List<Blog.Post> newestFirst = sf.fromSession(session ->
        session.createSelectionQuery("from Post order by created desc, id desc", Blog.Post.class).getResultList());
newestFirst;

// ## `lazy='dynamic'`: a query method instead
//
// With `lazy='dynamic'`, `tag.posts` is a query (the seed's note: it returns a `BaseQuery`): `tag.posts.filter(...).order_by(...).count()`
// runs in the database without loading every post. That option is legacy in SQLAlchemy 2.0; its successor is a *write-only*
// relationship (`posts: WriteOnlyMapped[Post] = relationship(...)`, or `lazy='write_only'`), which never loads the collection and
// builds queries from it with `tag.posts.select()`. Either way the idea is "a query, not a collection".
// Hibernate has no such collection type (`Session.createFilter` was removed in 6.0, `@LazyCollection(EXTRA)` by 7.4). A `Set` always loads all of its elements.
// Instead, write a query method, and call it wherever you would have used the dynamic relationship:

List<Blog.Post> postsTagged(Session session, String tag, int limit) {
    return session.createSelectionQuery(
                    "select p from Post p join p.tags t where t.name = :tag order by p.created desc, p.id desc", Blog.Post.class)
            .setParameter("tag", tag)
            .setMaxResults(limit)
            .getResultList();
}

long countTagged(Session session, String tag) {
    return session.createSelectionQuery("select count(p) from Post p join p.tags t where t.name = :tag", Long.class)
            .setParameter("tag", tag)
            .getSingleResult();
}

sf.inSession(session -> {
    System.out.println("newest post tagged java: " + postsTagged(session, "java", 1));
    System.out.println("posts tagged sql: " + countTagged(session, "sql"));
});

// The SQL shows one `select ... join post_tags ... limit ?` and one `select count(...)`: the database does the filtering, as with `lazy='dynamic'`.
//
// ## Common mistakes
//
// **Adding to the inverse side only.** `tag.getPosts().add(post)` looks right and is silently ignored: `mappedBy` sides are never written.

sf.inTransaction(session -> {
    Blog.Tag mysql = session.createSelectionQuery("from Tag where name = 'mysql'", Blog.Tag.class).getSingleResult();
    Blog.Post first = session.createSelectionQuery("from Post where slug = 'first-post'", Blog.Post.class).getSingleResult();
    mysql.getPosts().add(first);      // wrong side: nothing is written; use first.addTag(mysql)
});
Workbook.sql("SELECT COUNT(*) AS first_post_tagged_mysql FROM post_tags WHERE post_id = 1 AND tag_id = 3");

// **Deleting a tag that is still in use.** `post_tags` rows point at it, and Hibernate does not clean them up from the inverse side:

// This cell fails on purpose (expected: SQL error 1451); jshell prints the error and goes on.
sf.inTransaction(session -> {
    Blog.Tag mysql = session.createSelectionQuery("from Tag where name = 'mysql'", Blog.Tag.class).getSingleResult();
    session.remove(mysql);
});

// `Cannot delete or update a parent row: a foreign key constraint fails (... post_tags ...)` (see
// [troubleshooting/foreign-key-constraint-fails.md](../troubleshooting/foreign-key-constraint-fails.md)). Detach it from every post first,
// through the owning side; Hibernate then deletes the `post_tags` rows before the tag:

sf.inTransaction(session -> {
    Blog.Tag mysql = session.createSelectionQuery("from Tag where name = 'mysql'", Blog.Tag.class).getSingleResult();
    for (Blog.Post post : List.copyOf(mysql.getPosts())) {
        post.removeTag(mysql);
    }
    session.remove(mysql);
});

// **Two posts with the same title.** The slug is derived from the title and unique, so the second insert fails with
// `Duplicate entry 'first-post' for key '...'` (1062, see [troubleshooting/1062-duplicate-entry.md](../troubleshooting/1062-duplicate-entry.md)):

// This cell fails on purpose (expected: SQL error 1062); jshell prints the error and goes on.
sf.inTransaction(session -> {
    Blog.Author ada = session.createSelectionQuery("from Author where name = 'Ada'", Blog.Author.class).getSingleResult();
    Blog.Post again = new Blog.Post("First post", "Same title, new text");
    ada.addPost(again);
    session.persist(again);
});

// Real blogs append a number (`first-post-2`) after checking `select count(*) from Post where slug like 'first-post%'`.

Workbook.sql("SELECT p.slug, t.name AS tag FROM post p JOIN post_tags pt ON pt.post_id = p.id JOIN tag t ON t.id = pt.tag_id ORDER BY p.id, t.id");
sf.close();

// ## Exercise
//
// Add a tag `hibernate` to Ada's posts, then write `List<Blog.Tag> tagsOf(Session session, String authorName)` returning the tags
// used by an author's posts, each once, with one HQL query. For Ada it should return `java`, `sql` and `hibernate`.
// `select t from Post p join p.tags t where ...` meets a tag once per post that carries it, but for an *entity* result like this
// one Hibernate 6 and later return each entity once (as they do for `join fetch`), so no `distinct` is needed; it still matters when
// you select values, such as `t.name`. The check also runs your code on a blog it makes up, so the answer must come from the query.
//
// Write your code in the two cells below, where it says `// TODO:`, run them, then run the check cell after them. The setup cell
// puts the chapter's blog in fresh tables; the check runs your code on a throwaway copy and prints ✓ or ✗ for each check, with a
// hint when one fails. In a terminal the same exercise is `notebooks/exercises/11-tag-hibernate.jsh`, checked with
// `./workbook check 11-tag-hibernate` (hints: `./workbook exercises hint 11-tag-hibernate`).

// The exercise's cells are in notebooks/exercises/11-tag-hibernate.jsh; check it with: ./workbook check 11-tag-hibernate

/exit
