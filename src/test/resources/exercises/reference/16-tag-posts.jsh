// REFERENCE SOLUTION, used by the tests only (shown by `workbook exercises solution 16-tag-posts` once solved): the stub with its parts done.
// Exercise 16-tag-posts: the task is at the end of chapter 16-rest-resource (notebooks/16-rest-resource.ipynb).
// Generated from src/main/resources/chapters/16-rest-resource.md by ./workbook chapters export.
// Write your solution only between the ">>> your solution" and "<<< end" lines (each // TODO: marks a place):
// a check takes those parts from this file and everything else from the workbook's own copy.
// Check it in one step:   ./workbook check 16-tag-posts      (or keep it checked on every save: ./workbook watch)
// Hints: ./workbook exercises hint 16-tag-posts      Start again: ./workbook reset 16-tag-posts

import dev.workbook.Workbook;
import dev.workbook.exercises.Answers;
import dev.workbook.exercises.Exercises;
import dev.workbook.web.RunningApp;
import dev.workbook.web.WebApp;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.HttpStatus;
import io.javalin.http.NotFoundResponse;
import jakarta.persistence.*;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.text.Normalizer;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.*;
import org.hibernate.Session;
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

Exercises.seed("16-tag-posts");   // the chapter 11 blog, and a tag "unused" that labels no post
SessionFactory sf = Workbook.hibernate(Blog.Author.class, Blog.Post.class, Blog.Tag.class).statistics().build();

// from chapter 16-rest-resource/api-json
record PostJson(String slug, String title, String body, String author, LocalDateTime created, List<String> tags) {
    static PostJson of(Blog.Post p) {
        return new PostJson(p.slug, p.title, p.body, p.getAuthor().getName(), p.created.truncatedTo(ChronoUnit.SECONDS),
                p.getTags().stream().map(Blog.Tag::getName).sorted().toList());
    }
}

/** One page of a list: the items and where they sit in the whole. */
record PostPage(int page, int pageSize, long total, int pages, List<PostJson> items) {
}

/** What goes in (POST and PUT): read from JSON, then checked with Jakarta Validation, like chapter 13's form. */
record PostInput(
        @NotBlank(message = "Title is required") @Size(max = 140, message = "Title: at most {max} characters")
        String title,
        @NotBlank(message = "Write something")
        String body,
        @NotBlank(message = "Author is required")
        String author,
        @Size(max = 5, message = "Tags: at most {max}")
        List<@Pattern(regexp = "[a-z0-9-]{1,50}", message = "Tags: lower-case letters, digits and '-'") String> tags) {
}

/** Every error answer has this shape: RFC 9457's "problem details", with the messages by field. */
record Problem(int status, String title, Map<String, List<String>> errors) {
}

Validator validator = Validation.buildDefaultValidatorFactory().getValidator();

Map<String, List<String>> errorsOf(Object input) {
    Map<String, List<String>> byField = new TreeMap<>();
    for (ConstraintViolation<Object> v : validator.validate(input)) {
        String field = v.getPropertyPath().iterator().next().getName();   // "tags", not "tags[1].<list element>"
        byField.computeIfAbsent(field, k -> new ArrayList<>()).add(v.getMessage());
    }
    return byField;
}

// >>> your solution, part 1 of 2: edit between this line and the matching "end" line
List<PostJson> postsTagged(Session s, String tag) {
    return s.createSelectionQuery("select p from Post p join p.tags t join fetch p.author left join fetch p.tags"
                    + " where t.name = :tag order by p.created desc, p.id desc", Blog.Post.class)
            .setParameter("tag", tag).getResultList().stream().map(PostJson::of).toList();
}
// <<< end of part 1

// >>> your solution, part 2 of 2: edit between this line and the matching "end" line
void tagPosts(Context ctx) {
    String slug = ctx.pathParam("slug");
    ctx.json(sf.fromSession(s -> {
        long tags = s.createSelectionQuery("select count(t) from Tag t where t.name = :tag", Long.class)
                .setParameter("tag", slug).getSingleResult();
        if (tags == 0) {
            throw new NotFoundResponse("No tag '" + slug + "'");
        }
        return postsTagged(s, slug);
    }));
}
// <<< end of part 2

// The check: ./workbook check runs the same code in a JVM of its own; plain jshell runs it here.
Exercises.check("16-tag-posts", () -> {
    List<Exception> thrown = new java.util.concurrent.CopyOnWriteArrayList<>();
    RunningApp tagApp = WebApp.start("tag-posts-check", config -> {
        config.routes.exception(HttpResponseException.class, (e, ctx) ->
                ctx.status(e.getStatus()).json(new Problem(e.getStatus(), e.getMessage(), Map.of())));
        config.routes.exception(Exception.class, (e, ctx) -> {
            thrown.add(e);
            ctx.status(500).result(String.valueOf(e));
        });
        config.routes.get("/api/tags/{slug}/posts", ctx -> tagPosts(ctx));
    });
    try {
        // The tags to ask for come from the database, so the same driver works on any blog.
        List<String> byUse = sf.fromSession(s -> s.createSelectionQuery(
                "select t.name from Tag t left join t.posts p group by t.name order by count(p) desc, t.name", String.class).getResultList());
        String busiest = byUse.get(0);
        String unused = byUse.get(byUse.size() - 1);
        String single = sf.fromSession(s -> s.createSelectionQuery("select t.name from Tag t join t.posts p group by t.name"
                + " having count(p) = 1 order by t.name", String.class).setMaxResults(1).getResultList()).stream().findFirst().orElse(busiest);
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        var mapper = tools.jackson.databind.json.JsonMapper.builder().build();
        for (String[] ask : new String[][] {{"busiest", busiest}, {"single", single}, {"unused", unused}, {"unknown", "no-such-tag"}}) {
            sf.getStatistics().clear();
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(tagApp.url("/api/tags/" + ask[1] + "/posts")))
                    .header("Accept", "application/json").timeout(java.time.Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
            long statements = sf.getStatistics().getPrepareStatementCount();
            List<String> answer = new ArrayList<>(List.of("tag " + ask[1], "status " + r.statusCode(),
                    "json " + r.headers().firstValue("Content-Type").orElse("").startsWith("application/json"),
                    "statements " + statements));
            if (r.statusCode() == 200) {
                var items = mapper.readTree(r.body());
                answer.add("array " + items.isArray());
                for (var item : items) {
                    List<String> tags = new ArrayList<>();
                    item.path("tags").forEach(t -> tags.add(t.asString()));
                    answer.add(item.path("slug").asString() + ": " + String.join(",", tags.stream().sorted().toList()));
                }
            }
            Answers.save(ask[0], answer);
        }
    } finally {
        tagApp.stop();
    }
    if (!thrown.isEmpty()) {
        throw thrown.get(0);
    }
});
/exit
