// REFERENCE SOLUTION, used by the tests only (shown by `workbook exercises solution 10-profile-and-delete` once solved): the stub with its parts done.
// Exercise 10-profile-and-delete: the task is at the end of chapter 10-one-to-one-and-one-to-many (notebooks/10-one-to-one-and-one-to-many.ipynb).
// Generated from src/main/resources/chapters/10-one-to-one-and-one-to-many.md by ./workbook chapters export.
// Write your solution only between the ">>> your solution" and "<<< end" lines (each // TODO: marks a place):
// a check takes those parts from this file and everything else from the workbook's own copy.
// Check it in one step:   ./workbook check 10-profile-and-delete      (or keep it checked on every save: ./workbook watch)
// Hints: ./workbook exercises hint 10-profile-and-delete      Start again: ./workbook reset 10-profile-and-delete

import dev.workbook.Workbook;
import jakarta.persistence.*;
import java.text.Normalizer;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.hibernate.SessionFactory;

// from chapter 10-one-to-one-and-one-to-many/author-and-post
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

// from chapter 10-one-to-one-and-one-to-many/author-profile
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

import dev.workbook.exercises.Answers;
import dev.workbook.exercises.Exercises;

Exercises.seed("10-profile-and-delete");   // author, post, author_profile: Ada (with a profile) and Linus
SessionFactory sf = Workbook.hibernate(Blog.Author.class, Blog.Post.class, AuthorProfile.class).showSql().build();

// >>> your solution, part 1 of 2: edit between this line and the matching "end" line
void giveLinusAProfile() {
    sf.inTransaction(session -> {
        Blog.Author linus = session.createSelectionQuery("from Author where name = 'Linus'", Blog.Author.class).getSingleResult();
        session.persist(new AuthorProfile(linus, "https://linus.example.com"));
    });
}
// <<< end of part 1

// >>> your solution, part 2 of 2: edit between this line and the matching "end" line
void deleteLinus() {
    sf.inTransaction(session -> {
        Blog.Author linus = session.createSelectionQuery("from Author where name = 'Linus'", Blog.Author.class).getSingleResult();
        AuthorProfile profile = session.find(AuthorProfile.class, linus.id);
        if (profile != null) {
            session.remove(profile);
        }
        for (Blog.Post post : List.copyOf(linus.getPosts())) {
            session.remove(post);
        }
        session.remove(linus);
    });
}
// <<< end of part 2

// The check: ./workbook check runs the same code in a JVM of its own; plain jshell runs it here.
Exercises.check("10-profile-and-delete", () -> {
    giveLinusAProfile();
    Answers.save("linus-profile", sf.fromSession(s -> s.createSelectionQuery(
            "select p.website from AuthorProfile p where p.author.name = 'Linus'", String.class).getResultList()));
    Workbook.sql("SELECT * FROM author_profile");
    deleteLinus();
    Workbook.sql("SELECT * FROM author");
});
/exit
