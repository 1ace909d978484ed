// REFERENCE SOLUTION, used by the tests only (never in the jar or in notebooks/): the stub with its TODOs done.
// Exercise 12-join-fetch: Every tag with its posts: from N+1 statements down to one
// The task is at the end of chapter 12-fetching (notebooks/12-fetching.ipynb). Edit this file where it says TODO,
// then check it against a real database in one step:
//   ./workbook check 12-join-fetch
// The check runs this script in a throwaway database and looks at what it leaves there (tables, rows), not at what it prints.
// Hints: ./workbook exercises hint 12-join-fetch      Start again: git checkout -- notebooks/exercises/12-join-fetch.jsh

import dev.workbook.Workbook;
import jakarta.persistence.*;
import java.text.Normalizer;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.hibernate.Hibernate;
import dev.workbook.exercises.Answers;
import java.util.Map;
import java.util.TreeMap;
import org.hibernate.Session;
import org.hibernate.SessionFactory;
import org.hibernate.graph.GraphSemantic;
import org.hibernate.tool.schema.Action;

Workbook.sql("DROP TABLE IF EXISTS post_tags, author_profile, post, tag, author");

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

Map<String, List<String>> titlesByTagNaive() {
    // TODO: in one transaction: "from Tag", then tag.getPosts() for each tag; return each tag's name with the
    //       titles of its posts.
    return sf.fromTransaction(session -> {
        Map<String, List<String>> byTag = new TreeMap<>();
        for (Blog.Tag tag : session.createSelectionQuery("from Tag", Blog.Tag.class).getResultList()) {
            byTag.put(tag.getName(), tag.getPosts().stream().map(Blog.Post::getTitle).toList());
        }
        return byTag;
    });
}

Map<String, List<String>> titlesByTagJoined() {
    // TODO: the same result with a single SQL statement (join fetch).
    return sf.fromTransaction(session -> {
        Map<String, List<String>> byTag = new TreeMap<>();
        for (Blog.Tag tag : session.createSelectionQuery("select distinct t from Tag t left join fetch t.posts", Blog.Tag.class)
                .getResultList()) {
            byTag.put(tag.getName(), tag.getPosts().stream().map(Blog.Post::getTitle).toList());
        }
        return byTag;
    });
}

Map<String, List<String>> naiveResult = new TreeMap<>();
long naive = statements(() -> naiveResult.putAll(titlesByTagNaive()));
Map<String, List<String>> joinedResult = new TreeMap<>();
long joined = statements(() -> joinedResult.putAll(titlesByTagJoined()));
System.out.println("naive: " + naive + " statements, join fetch: " + joined);

// The check reads the answers from the database, where these lines save them.
List<String> lines(Map<String, List<String>> byTag) {
    return byTag.entrySet().stream().map(e -> e.getKey() + ": " + e.getValue().stream().sorted().toList()).toList();
}
Answers.save("statements", List.of(naive, joined));
Answers.save("naive", lines(naiveResult));
Answers.save("join-fetch", lines(joinedResult));
/exit
