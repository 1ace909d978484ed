// Exercise 11-tag-hibernate: A new tag, and the tags of an author in one HQL query
// The task is at the end of chapter 11-many-to-many (notebooks/11-many-to-many.ipynb). Edit this file where it says TODO,
// then check it against a real database in one step:
//   ./workbook check 11-tag-hibernate
// The check runs this script in a throwaway database and looks at what it leaves there (tables, rows), not at what it prints.
// Hints: ./workbook exercises hint 11-tag-hibernate      Start again: git checkout -- notebooks/exercises/11-tag-hibernate.jsh

import dev.workbook.Workbook;
import jakarta.persistence.*;
import java.text.Normalizer;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import dev.workbook.exercises.Answers;
import org.hibernate.Session;
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

void tagAdasPosts() {
    // TODO: in one transaction, create the tag "hibernate" and add it to both of Ada's posts (post.addTag(tag)).
    throw new UnsupportedOperationException("Delete this statement and write your own solution");
}

List<Blog.Tag> tagsOf(Session session, String authorName) {
    // TODO: one HQL query: the distinct tags used by the posts of the author with this name.
    throw new UnsupportedOperationException("Delete this statement and write your own solution");
}

tagAdasPosts();
// The check reads the answer from the database, where this line saves it (tag names in alphabetical order).
Answers.save("tags-of-ada", sf.fromSession(s -> tagsOf(s, "Ada")).stream().map(Blog.Tag::getName).sorted().toList());
/exit
