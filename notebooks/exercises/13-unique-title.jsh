// Exercise 13-unique-title: A rule Bean Validation cannot check alone: the title must be free
// The task is at the end of chapter 13-forms-and-validation (notebooks/13-forms-and-validation.ipynb). Edit this file where it says TODO,
// then check it against a real database in one step:
//   ./workbook check 13-unique-title
// The check runs this script in a throwaway database and looks at what it leaves there (tables, rows), not at what it prints.
// Hints: ./workbook exercises hint 13-unique-title      Start again: git checkout -- notebooks/exercises/13-unique-title.jsh

import dev.workbook.Workbook;
import jakarta.persistence.*;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.text.Normalizer;
import java.time.LocalDateTime;
import java.util.*;
import java.util.function.Function;
import dev.workbook.exercises.Answers;
import org.hibernate.SessionFactory;
import org.hibernate.tool.schema.Action;

Workbook.sql("DROP TABLE IF EXISTS post_tags, author_profile, post, tag, author, legacy_comment");

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

SessionFactory sf = Workbook.hibernate(Blog.Author.class, Blog.Post.class, Blog.Tag.class).schema(Action.CREATE).build();

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

record PostForm(
        @NotBlank(message = "Title is required")
        @Size(max = 140, message = "Title: at most {max} characters")
        String title,
        @NotBlank(message = "Write something")
        String body,
        @Pattern(regexp = "[a-z0-9]+( *, *[a-z0-9]+)*|", message = "Tags: lower-case words separated by commas")
        String tags) {
}

Validator validator = Validation.buildDefaultValidatorFactory().getValidator();

Map<String, List<String>> errors(PostForm form) {
    Map<String, List<String>> byField = new TreeMap<>();
    for (ConstraintViolation<PostForm> v : validator.validate(form)) {
        byField.computeIfAbsent(v.getPropertyPath().toString(), k -> new ArrayList<>()).add(v.getMessage());
    }
    return byField;
}

errors(new PostForm("", "Some text", "Java, SQL"));

void checkTitleIsFree(PostForm form, Map<String, List<String>> problems) {
    // TODO: when the slug of the form's title is already used by a post (select count(*) from Post where slug = :slug),
    //       add "Title: already used" to the "title" list of problems. (A blank title is the validator's business.)
    throw new UnsupportedOperationException("Delete this statement and write your own solution");
}

// The chapter's createPost, which now also calls checkTitleIsFree.
String render(String template, Map<String, ?> model) {
    return "render " + template + " " + model;
}

String createPost(String method, Map<String, String> request) {
    if (method.equals("GET")) {
        return render("posts/create", Map.of("form", new PostForm("", "", "")));
    }
    PostForm form = new PostForm(request.get("title"), request.get("body"), request.getOrDefault("tags", ""));
    Map<String, List<String>> problems = errors(form);
    checkTitleIsFree(form, problems);
    if (!problems.isEmpty()) {
        return render("posts/create", Map.of("form", form, "errors", problems));
    }
    Blog.Post saved = sf.fromTransaction(session -> {
        Blog.Author author = session.createSelectionQuery("from Author where name = 'Ada'", Blog.Author.class).getSingleResult();
        Blog.Post post = new Blog.Post(form.title().strip(), form.body());
        author.addPost(post);
        List<String> names = form.tags().isBlank() ? List.of() : List.of(form.tags().split(" *, *"));
        session.createSelectionQuery("from Tag where name in :names", Blog.Tag.class)
                .setParameter("names", names).getResultList()
                .forEach(post::addTag);
        session.persist(post);
        return post;
    });
    return "redirect:/posts/" + saved.slug;
}

System.out.println(createPost("POST", Map.of("title", "Forms in Java", "body", "Validate, then save.", "tags", "java, sql")));
String again = createPost("POST", Map.of("title", "First post", "body", "again"));
System.out.println(again);
// The check reads the response from the database, where this line saves it.
Answers.save("response", List.of(again));
/exit
