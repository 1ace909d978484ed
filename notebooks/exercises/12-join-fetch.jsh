// Exercise 12-join-fetch: the task is at the end of chapter 12-fetching (notebooks/12-fetching.ipynb).
// Generated from src/main/resources/chapters/12-fetching.md by ./workbook chapters export.
// Write your solution only between the ">>> your solution" and "<<< end" lines (each // TODO: marks a place):
// a check takes those parts from this file and everything else from the workbook's own copy.
// Check it in one step:   ./workbook check 12-join-fetch      (or keep it checked on every save: ./workbook watch)
// Hints: ./workbook exercises hint 12-join-fetch      Start again: ./workbook reset 12-join-fetch

import dev.workbook.Workbook;
import jakarta.persistence.*;
import java.text.Normalizer;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.hibernate.SessionFactory;
import org.hibernate.Session;

// from chapter 11-many-to-many/blog-entities
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

import dev.workbook.exercises.Answers;
import dev.workbook.exercises.Exercises;
import java.util.Map;
import java.util.TreeMap;

Exercises.seed("12-join-fetch");   // the chapter 11 blog: three tags on three posts
SessionFactory sf = Workbook.hibernate(Blog.Author.class, Blog.Post.class, Blog.Tag.class).statistics().build();

long statements(Runnable work) {
    sf.getStatistics().clear();
    work.run();
    return sf.getStatistics().getPrepareStatementCount();
}

// "tag: [title, title]" per tag, titles sorted: how the check saves a result.
List<String> lines(Map<String, List<String>> byTag) {
    return byTag.entrySet().stream().map(e -> e.getKey() + ": " + e.getValue().stream().sorted().toList()).toList();
}

// >>> your solution, part 1 of 2: edit between this line and the matching "end" line
Map<String, List<String>> titlesByTagNaive() {
    // TODO: in one transaction: "from Tag", then tag.getPosts() for each tag; return each tag's name with the
    //       titles of its posts.
    throw new UnsupportedOperationException("Delete this statement and write your own solution");
}
// <<< end of part 1

// >>> your solution, part 2 of 2: edit between this line and the matching "end" line
Map<String, List<String>> titlesByTagJoined() {
    // TODO: the same result with a single SQL statement (join fetch).
    throw new UnsupportedOperationException("Delete this statement and write your own solution");
}
// <<< end of part 2

// The check: ./workbook check runs the same code in a JVM of its own; plain jshell runs it here.
Exercises.check("12-join-fetch", () -> {
    Map<String, List<String>> naiveResult = new TreeMap<>();
    long naive = statements(() -> naiveResult.putAll(titlesByTagNaive()));
    Map<String, List<String>> joinedResult = new TreeMap<>();
    long joined = statements(() -> joinedResult.putAll(titlesByTagJoined()));
    System.out.println("naive: " + naive + " statements, join fetch: " + joined);
    Answers.save("statements", List.of(naive, joined));
    Answers.save("naive", lines(naiveResult));
    Answers.save("join-fetch", lines(joinedResult));
});
/exit
