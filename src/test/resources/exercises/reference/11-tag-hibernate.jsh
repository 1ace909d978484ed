// REFERENCE SOLUTION, used by the tests only (shown by `workbook exercises solution 11-tag-hibernate` once solved): the stub with its parts done.
// Exercise 11-tag-hibernate: the task is at the end of chapter 11-many-to-many (notebooks/11-many-to-many.ipynb).
// Generated from src/main/resources/chapters/11-many-to-many.md by ./workbook chapters export.
// Write your solution only between the ">>> your solution" and "<<< end" lines (each // TODO: marks a place):
// a check takes those parts from this file and everything else from the workbook's own copy.
// Check it in one step:   ./workbook check 11-tag-hibernate      (or keep it checked on every save: ./workbook watch)
// Hints: ./workbook exercises hint 11-tag-hibernate      Start again: ./workbook reset 11-tag-hibernate

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

Exercises.seed("11-tag-hibernate");   // the chapter's blog: Ada, Linus, their posts, the tags java, sql and mysql
SessionFactory sf = Workbook.hibernate(Blog.Author.class, Blog.Post.class, Blog.Tag.class).showSql().build();

// >>> your solution, part 1 of 2: edit between this line and the matching "end" line
void tagAdasPosts() {
    sf.inTransaction(session -> {
        Blog.Tag hibernate = new Blog.Tag("hibernate");
        session.persist(hibernate);
        Blog.Author ada = session.createSelectionQuery("from Author where name = 'Ada'", Blog.Author.class).getSingleResult();
        for (Blog.Post post : ada.getPosts()) {
            post.addTag(hibernate);
        }
    });
}
// <<< end of part 1

// >>> your solution, part 2 of 2: edit between this line and the matching "end" line
List<Blog.Tag> tagsOf(Session session, String authorName) {
    // No distinct: Hibernate returns each Tag entity once, however many of the author's posts carry it.
    return session.createSelectionQuery("select t from Post p join p.tags t where p.author.name = :name", Blog.Tag.class)
            .setParameter("name", authorName)
            .getResultList();
}
// <<< end of part 2

// The check: ./workbook check runs the same code in a JVM of its own; plain jshell runs it here.
Exercises.check("11-tag-hibernate", () -> {
    tagAdasPosts();
    Answers.save("tags-of-ada", sf.fromSession(s -> tagsOf(s, "Ada")).stream().map(Blog.Tag::getName).sorted().toList());
    Answers.save("tags-of-linus", sf.fromSession(s -> tagsOf(s, "Linus")).stream().map(Blog.Tag::getName).sorted().toList());
    Workbook.sql("SELECT p.slug, t.name AS tag FROM post p JOIN post_tags pt ON pt.post_id = p.id JOIN tag t ON t.id = pt.tag_id ORDER BY p.id, t.id");
});
/exit
