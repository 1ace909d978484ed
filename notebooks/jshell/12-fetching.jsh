// 12-fetching.jsh: generated from src/main/resources/chapters/12-fetching.md by: ./workbook chapters export  (do not edit by hand)
// Run it from the project directory, after ./mvnw -Dmaven.test.skip=true package:
//   jshell --class-path "$(cat target/classpath.txt):target/classes" notebooks/jshell/12-fetching.jsh
// Windows PowerShell:
//   jshell --class-path "$(Get-Content target\classpath.txt);target\classes" notebooks\jshell\12-fetching.jsh
// or: ./workbook run 12   (which also shows each expression's value, as a notebook does; a script given to jshell runs quietly)

// # 12. Fetching: lazy and eager loading, LazyInitializationException, N+1
//
// When you load a post, does Hibernate also load its author? Its tags? The author's other posts? The answer decides how many SQL
// statements a page costs, and whether your code fails with Hibernate's most famous exception.
//
// **Objectives.** After this chapter you can:
//
// - tell a lazy association (a proxy or an unloaded collection, filled on first use) from an eager one;
// - explain and fix `LazyInitializationException`;
// - count the statements a piece of code runs with Hibernate's `Statistics`, and spot the *N+1 selects* problem;
// - fix N+1 with `join fetch` or an entity graph, and know why `FetchType.EAGER` is not the fix.

import dev.workbook.Workbook;
import jakarta.persistence.*;
import java.text.Normalizer;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.hibernate.Hibernate;
import org.hibernate.Session;
import org.hibernate.SessionFactory;
import org.hibernate.graph.GraphSemantic;
import org.hibernate.tool.schema.Action;

Workbook.sql("DROP TABLE IF EXISTS post_tags, author_profile, post, tag, author");

// The blog of chapter 11: `Blog.Author`, `Blog.Post` (with `@ManyToOne(fetch = LAZY) author` and `@ManyToMany tags`) and `Blog.Tag`.

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

// `statistics()` makes Hibernate count what it does; we read the number of JDBC statements it prepared.

SessionFactory sf = Workbook.hibernate(Blog.Author.class, Blog.Post.class, Blog.Tag.class).schema(Action.CREATE).statistics().build();

long statements(Runnable work) {
    sf.getStatistics().clear();
    work.run();
    return sf.getStatistics().getPrepareStatementCount();
}

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

// Eight more authors with one post each, so the difference between 1 and N statements is visible:

sf.inTransaction(session -> {
    for (String name : List.of("Grace", "Alan", "Barbara", "Dennis", "Edsger", "Margaret", "Ken", "Niklaus")) {
        Blog.Author author = new Blog.Author(name);
        session.persist(author);
        Blog.Post post = new Blog.Post(name + "'s notes", "Notes");
        author.addPost(post);
        session.persist(post);
    }
});
Workbook.sql("SELECT (SELECT COUNT(*) FROM author) AS authors, (SELECT COUNT(*) FROM post) AS posts");

// ## Lazy: a proxy until you use it
//
// `find` loads the post's own columns. Its `author` is a *proxy*: an object of a generated subclass of `Author` that knows only
// the id, and runs a `select` the first time you call one of its methods.

sf.inTransaction(session -> {
    sf.getStatistics().clear();
    Blog.Post post = session.find(Blog.Post.class, 1L);
    Blog.Author author = post.getAuthor();
    System.out.println("class: " + author.getClass().getSimpleName() + ", loaded: " + Hibernate.isInitialized(author)
            + ", statements so far: " + sf.getStatistics().getPrepareStatementCount());
    System.out.println("name: " + author.getName() + ", loaded: " + Hibernate.isInitialized(author)
            + ", statements so far: " + sf.getStatistics().getPrepareStatementCount());
});

// Collections (`author.getPosts()`, `post.getTags()`) are lazy by default; `@ManyToOne` and `@OneToOne` are **eager** by default in JPA,
// which is why chapter 10 declared `fetch = FetchType.LAZY` on them.
//
// ## LazyInitializationException
//
// A proxy can only load itself while its session is open. Return a post from a transaction and touch its author afterwards:

Blog.Post detached = sf.fromTransaction(session -> session.find(Blog.Post.class, 1L));

// This cell fails on purpose (expected: org.hibernate.LazyInitializationException); jshell prints the error and goes on.
System.out.println(detached.getAuthor().getName());

// The message: `Could not initialize proxy [Author#1] - no session` (in JShell the class name carries a `REPL.$JShell$..$` prefix).
// For a collection it reads `Cannot lazily initialize collection of role 'Author.posts' with key '1' (no session)`
// (Hibernate 5 said `failed to lazily initialize a collection of role ... could not initialize proxy - no Session`):

// This cell fails on purpose (expected: org.hibernate.LazyInitializationException); jshell prints the error and goes on.
Blog.Author ada = sf.fromTransaction(session -> session.find(Blog.Author.class, 1L));
System.out.println(ada.getPosts().size());

// Fix it by loading what the caller needs *inside* the session: a `join fetch` (below), an entity graph, or `Hibernate.initialize(...)`
// before returning. Avoid the "fixes" that keep sessions open behind your back (`hibernate.enable_lazy_load_no_trans`,
// open-session-in-view): they hide the N+1 problem instead. See
// [troubleshooting/lazy-initialization-exception.md](../troubleshooting/lazy-initialization-exception.md).
//
// ## N+1 selects
//
// The classic page: every post with its author's name. One query for the posts, then one more per distinct author, as each proxy loads:

long naive = statements(() -> sf.inTransaction(session -> {
    for (Blog.Post post : session.createSelectionQuery("from Post order by id", Blog.Post.class).getResultList()) {
        post.getAuthor().getName();
    }
}));
System.out.println("posts with authors, naive: " + naive + " statements");

// 1 + 10: the "N+1 selects" problem. Each statement is a network round trip; with 1 000 authors the page makes 1 001.
//
// ### Fix 1: `join fetch`
//
// Tell the query to load the authors in the same statement:

long joined = statements(() -> sf.inTransaction(session -> {
    for (Blog.Post post : session.createSelectionQuery("from Post p join fetch p.author order by p.id", Blog.Post.class).getResultList()) {
        post.getAuthor().getName();
    }
}));
System.out.println("posts with authors, join fetch: " + joined + " statement(s)");

// The statements themselves, for two posts by different authors: first the naive way (one `select` for the posts, then one per
// author), then with `join fetch` (one `select ... join author ...`):

SessionFactory shown = Workbook.hibernate(Blog.Author.class, Blog.Post.class, Blog.Tag.class).showSql().build();
shown.inTransaction(session -> {
    System.out.println("-- naive");
    session.createSelectionQuery("from Post where id in (1, 3)", Blog.Post.class).getResultList()
            .forEach(p -> p.getAuthor().getName());
});
shown.inTransaction(session -> {
    System.out.println("-- join fetch");
    session.createSelectionQuery("from Post p join fetch p.author where p.id in (1, 3)", Blog.Post.class).getResultList()
            .forEach(p -> p.getAuthor().getName());
});
shown.close();

// ### Fix 2: an entity graph
//
// An entity graph says what to load without rewriting the query; the same query can be used with different graphs.

long withGraph = statements(() -> sf.inTransaction(session -> {
    var graph = session.createEntityGraph(Blog.Post.class);
    graph.addAttributeNode("author");
    for (Blog.Post post : session.createSelectionQuery("from Post order by id", Blog.Post.class)
            .setEntityGraph(graph, GraphSemantic.FETCH).getResultList()) {
        post.getAuthor().getName();
    }
}));
System.out.println("posts with authors, entity graph: " + withGraph + " statement(s)");

// ### The same problem with collections
//
// Every author with the number of posts: 1 query for the authors, then 1 per author for the `posts` collection. `join fetch` loads
// them together (Hibernate 6 and later remove the duplicate authors the join produces; no `distinct` needed).

long authorsNaive = statements(() -> sf.inTransaction(session -> {
    for (Blog.Author a : session.createSelectionQuery("from Author", Blog.Author.class).getResultList()) {
        a.getPosts().size();
    }
}));
long authorsJoined = statements(() -> sf.inTransaction(session -> {
    for (Blog.Author a : session.createSelectionQuery("from Author a left join fetch a.posts", Blog.Author.class).getResultList()) {
        a.getPosts().size();
    }
}));
System.out.println("authors with posts: naive " + authorsNaive + ", join fetch " + authorsJoined);

// A third fix loads the collections in batches: `@BatchSize(size = 25)` on the collection, or `hibernate.default_batch_fetch_size`,
// turns N queries into N/25 with `where author_id in (...)`.
//
// ## Why not make everything EAGER?
//
// `FetchType.EAGER` does not make queries join: for `from Post` Hibernate still runs the query, then one select per author
// (N+1 again, but now on *every* page that loads posts, including those that never show an author). And it cannot be switched off per
// query. Keep associations lazy and fetch per use case.
//
// ## Common mistakes
//
// - **`join fetch` with paging on a collection.** `setMaxResults` together with a collection `join fetch` makes Hibernate page in memory
//   (warning `HHH90003004: firstResult/maxResults specified with collection fetch; applying in memory`), or fail when
//   `hibernate.query.fail_on_pagination_over_collection_fetch` is set. Page the parents first, then fetch their collections.
// - **Fetching two bags at once.** `join fetch a.posts join fetch ...` over two `List` collections fails with `MultipleBagFetchException`;
//   use `Set`s or two queries.
// - **Calling `toString()` on a detached entity** that prints a lazy collection: the `LazyInitializationException` appears in a log line.

sf.close();

// ## Exercise
//
// Every tag with the titles of its posts: write it naively (`from Tag`, then `tag.getPosts()`), count the statements with `statements(...)`,
// then bring it down to one statement. Expected: 4 statements naive (1 + 3 tags) and 1 with `join fetch`. As with `join fetch` on
// authors above, Hibernate returns each `Tag` once although the join repeats it for every post: no `distinct` needed. The check also
// runs your code on a blog it makes up, with other tags and posts.
//
// Write your code in the two cells below, where it says `// TODO:`, run them, then run the check cell after them. The setup cell
// puts the chapter's blog in fresh tables; the check runs your code on a throwaway copy and prints ✓ or ✗ for each check, with a
// hint when one fails. In a terminal the same exercise is `notebooks/exercises/12-join-fetch.jsh`, checked with
// `./workbook check 12-join-fetch` (hints: `./workbook exercises hint 12-join-fetch`).

// The exercise's cells are in notebooks/exercises/12-join-fetch.jsh; check it with: ./workbook check 12-join-fetch

/exit
