// REFERENCE SOLUTION, used by the tests only (never in the jar or in notebooks/): the stub with its TODOs done.
// Exercise 10-profile-and-delete: A profile for Linus, then deleting him in the right order
// The task is at the end of chapter 10-one-to-one-and-one-to-many (notebooks/10-one-to-one-and-one-to-many.ipynb). Edit this file where it says TODO,
// then check it against a real database in one step:
//   ./workbook check 10-profile-and-delete
// The check runs this script in a throwaway database and looks at what it leaves there (tables, rows), not at what it prints.
// Hints: ./workbook exercises hint 10-profile-and-delete      Start again: git checkout -- notebooks/exercises/10-profile-and-delete.jsh

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

SessionFactory sf = Workbook.hibernate(Blog.Author.class, Blog.Post.class, AuthorProfile.class).showSql().schema(Action.CREATE).build();

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

void giveLinusAProfile() {
    // TODO: in one transaction, load Linus and persist an AuthorProfile for him with the website https://linus.example.com.
    sf.inTransaction(session -> {
        Blog.Author linus = session.createSelectionQuery("from Author where name = 'Linus'", Blog.Author.class).getSingleResult();
        session.persist(new AuthorProfile(linus, "https://linus.example.com"));
    });
}

void deleteLinus() {
    // TODO: in one transaction, delete Linus's profile, his post and his account, in an order the foreign keys accept.
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

giveLinusAProfile();
Workbook.sql("SELECT * FROM author_profile");
deleteLinus();
Workbook.sql("SELECT * FROM author");
/exit
