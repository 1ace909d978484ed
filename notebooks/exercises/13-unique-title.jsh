// Exercise 13-unique-title: the task is at the end of chapter 13-forms-and-validation (notebooks/13-forms-and-validation.ipynb).
// Generated from src/main/resources/chapters/13-forms-and-validation.md by ./workbook chapters export.
// Write your solution only between the ">>> your solution" and "<<< end" lines (each // TODO: marks a place):
// a check takes those parts from this file and everything else from the workbook's own copy.
// Check it in one step:   ./workbook check 13-unique-title      (or keep it checked on every save: ./workbook watch)
// Hints: ./workbook exercises hint 13-unique-title      Start again: ./workbook reset 13-unique-title

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
import org.hibernate.SessionFactory;

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

Exercises.seed("13-unique-title");   // the chapter 11 blog: Ada's two posts and Linus's one
SessionFactory sf = Workbook.hibernate(Blog.Author.class, Blog.Post.class, Blog.Tag.class).build();

// from chapter 13-forms-and-validation/post-form
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

// from chapter 13-forms-and-validation/form-errors
Map<String, List<String>> errors(PostForm form) {
    Map<String, List<String>> byField = new TreeMap<>();
    for (ConstraintViolation<PostForm> v : validator.validate(form)) {
        byField.computeIfAbsent(v.getPropertyPath().toString(), k -> new ArrayList<>()).add(v.getMessage());
    }
    return byField;
}

errors(new PostForm("", "Some text", "Java, SQL"));

String render(String template, Map<String, ?> model) {
    return "render " + template + " " + model;
}

// >>> your solution, part 1 of 2: edit between this line and the matching "end" line
void checkTitleIsFree(PostForm form, Map<String, List<String>> problems) {
    // TODO: when the slug of the form's title is already used by a post (select count(*) from Post where slug = :slug),
    //       add "Title: already used" to the "title" list of problems. (A blank title is the validator's business.)
    throw new UnsupportedOperationException("Delete this statement and write your own solution");
}
// <<< end of part 1

// >>> your solution, part 2 of 2: edit between this line and the matching "end" line
// The chapter's createPost, which now also calls checkTitleIsFree.
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
// <<< end of part 2

// The check: ./workbook check runs the same code in a JVM of its own; plain jshell runs it here.
Exercises.check("13-unique-title", () -> {
    System.out.println(createPost("POST", Map.of("title", "Forms in Java", "body", "Validate, then save.", "tags", "java, sql")));
    String again = createPost("POST", Map.of("title", "First post", "body", "again"));
    System.out.println(again);
    Answers.save("response", List.of(again));
    String linusTitle = sf.fromSession(s -> s.createSelectionQuery(
            "select p.title from Post p where p.author.name = 'Linus' order by p.id desc", String.class).setMaxResults(1).getSingleResult());
    Answers.save("response-2", List.of(createPost("POST", Map.of("title", linusTitle.toUpperCase(), "body", "the same title, louder"))));
    Answers.save("blank-response", List.of(createPost("POST", Map.of("title", " ", "body", "no title"))));
});
/exit
