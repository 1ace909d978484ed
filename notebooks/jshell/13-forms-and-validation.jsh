// 13-forms-and-validation.jsh: generated from src/main/resources/chapters/13-forms-and-validation.md by: ./workbook chapters export  (do not edit by hand)
// Run it from the project directory, after ./mvnw -Dmaven.test.skip=true package:
//   jshell --class-path "$(cat target/classpath.txt):target/classes" notebooks/jshell/13-forms-and-validation.jsh
// Windows PowerShell:
//   jshell --class-path "$(Get-Content target\classpath.txt);target\classes" notebooks\jshell\13-forms-and-validation.jsh
// or: ./workbook run 13   (which also shows each expression's value, as a notebook does; a script given to jshell runs quietly)

// # 13. Forms and validation
//
// The seed adds a form to the blog with WTForms, and a view that shows it on `GET` and saves it on `POST`:
//
// ```text
// class PostForm(Form):
//     title = StringField('Title')
//     body = TextAreaField('Body')
//
// @posts.route('/create', methods=['POST', 'GET'])
// def create_post():
//     if request.method == 'POST':
//         ... save, redirect to the new post
//     form = PostForm()
//     return render_template('posts/create_post.html', form=form)
// ```
//
// Java web frameworks split this into the same three parts: a form class, validation rules, and a handler per HTTP method.
// The rules are standard: **Jakarta Validation** (reference implementation: Hibernate Validator), the same annotations whether the
// form arrives in Spring MVC, Jakarta REST, Quarkus or Micronaut. No web server is needed to learn them.
//
// **Objectives.** After this chapter you can:
//
// - declare a form's rules with `@NotBlank`, `@Size`, `@Pattern` and read the errors per field (WTForms' `form.errors`);
// - write the GET/POST handler logic (`methods=['POST', 'GET']`, `render_template`, redirect after a successful POST);
// - explain when "the order of views matters" in Java frameworks;
// - know which checks belong to the database too, and recognise errors 1406 and 1366.

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
import org.hibernate.tool.schema.Action;

Workbook.sql("DROP TABLE IF EXISTS post_tags, author_profile, post, tag, author, legacy_comment");

// The blog of chapters 10 and 11, with its data:

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

// ## The form and its rules
//
// A form is a plain class (a `record` here) whose fields carry constraints. `@NotBlank` rejects `null`, `""` and `"   "`;
// `@Size(max = 140)` matches the column length of `post.title`.

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

// `validate` returns the violations; grouping them by field gives WTForms' `form.errors`:

Map<String, List<String>> errors(PostForm form) {
    Map<String, List<String>> byField = new TreeMap<>();
    for (ConstraintViolation<PostForm> v : validator.validate(form)) {
        byField.computeIfAbsent(v.getPropertyPath().toString(), k -> new ArrayList<>()).add(v.getMessage());
    }
    return byField;
}

errors(new PostForm("", "Some text", "Java, SQL"));

// ## The handler: GET shows the form, POST validates and saves
//
// Without a server, `render` below is only a placeholder for `render_template`: it returns the template's name and the values it
// would get (chapter 15 renders real templates). After a successful POST the handler answers with a redirect, so reloading the page
// does not submit the form twice (the Post/Redirect/Get pattern).

String render(String template, Map<String, ?> model) {
    return "render " + template + " " + model;
}

String createPost(String method, Map<String, String> request) {
    if (method.equals("GET")) {
        return render("posts/create", Map.of("form", new PostForm("", "", "")));
    }
    PostForm form = new PostForm(request.get("title"), request.get("body"), request.getOrDefault("tags", ""));
    Map<String, List<String>> problems = errors(form);
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

System.out.println(createPost("GET", Map.of()));
System.out.println(createPost("POST", Map.of("title", "  ", "body", "", "tags", "Java!")));
System.out.println(createPost("POST", Map.of("title", "Forms in Java", "body", "Validate, then save.", "tags", "java, sql")));
Workbook.sql("SELECT p.slug, t.name AS tag FROM post p LEFT JOIN post_tags pt ON pt.post_id = p.id LEFT JOIN tag t ON t.id = pt.tag_id WHERE p.slug = 'forms-in-java'");

// This is the logic of a real handler, without the server. Chapter 15 puts the same pieces behind a real web server (Javalin): `ctx.render(...)` fills real Pebble templates (Jinja2's
// syntax), `methods=['POST', 'GET']` becomes a `get` and a `post` route on one path, the form comes back with the messages next to
// each field, and a CSRF token protects every POST.
//
// ## "The order of views matters"
//
// The seed's warning comes from routes that overlap: `/posts/create` and `/posts/<slug>` both match the URL `/posts/create`.
// Which wins depends on the framework:
//
// - Spring MVC and Jakarta REST pick the **most specific** pattern (the literal `/posts/create` beats `/posts/{slug}`), whatever the order in the code;
// - routers that try routes **in registration order** (Javalin, Spark, Vert.x Web, like Express in Node) give the URL to the first
//   match, so the literal route must be registered first;
// - Flask itself sorts rules by how specific they are (static parts before `<converters>`), so there the order bites when two rules are
//   equally specific, or when one view function is registered twice under the same endpoint name.
//
// A first-match router in four lines shows the trap:

String route(List<Map.Entry<String, Function<String, String>>> routes, String path) {
    for (var r : routes) if (path.matches(r.getKey())) return r.getValue().apply(path);
    return "404";
}

var slugFirst = List.<Map.Entry<String, Function<String, String>>>of(
        Map.entry("/posts/[a-z0-9-]+", p -> "show post '" + p.substring(7) + "'"),
        Map.entry("/posts/create", p -> "show the create form"));
System.out.println(route(slugFirst, "/posts/create"));
System.out.println(route(List.of(slugFirst.get(1), slugFirst.get(0)), "/posts/create"));

// Chapter 15 shows the same bug, and its fix, in a real Javalin app.
//
// ## Common mistakes
//
// **Trusting the form alone.** Validation protects one entry point; data also arrives from scripts, imports and other code.
// The database keeps its own rules: here a 200-character title skips the form and reaches the `VARCHAR(140)` columns. In strict mode
// (the default of MySQL 8 and MariaDB 10.2+) the server refuses instead of cutting the text:

// This cell fails on purpose (expected: SQL error 1406); jshell prints the error and goes on.
sf.inTransaction(session -> {
    Blog.Author ada = session.createSelectionQuery("from Author where name = 'Ada'", Blog.Author.class).getSingleResult();
    Blog.Post post = new Blog.Post("x".repeat(200), "too long a title");
    ada.addPost(post);
    session.persist(post);
});

// `Data truncation: Data too long for column 'slug' at row 1`: the slug, made from the title, is the first value that does not
// fit its `VARCHAR(140)`; the title would have failed the same way. Keep the form's `@Size` and the column length equal (or put the constraints on the entity:
// Hibernate runs Bean Validation before every insert and update when a validator is on the class path).
// See [troubleshooting/1406-data-too-long.md](../troubleshooting/1406-data-too-long.md).
//
// **Emoji in a `utf8` table.** Forms receive whatever users type, including 👍. The seed created its database with
// `character set utf8`, which in MySQL and MariaDB means `utf8mb3`: at most 3 bytes per character, no emoji.

// This cell fails on purpose (expected: SQL error 1366); jshell prints the error and goes on.
Workbook.sql("""
        CREATE TABLE legacy_comment (id INT AUTO_INCREMENT PRIMARY KEY, body TEXT) CHARACTER SET utf8mb3 COLLATE utf8mb3_unicode_ci;
        INSERT INTO legacy_comment (body) VALUES ('Great post 👍');
        """);

// `Incorrect string value: '\xF0\x9F\x91\x8D' for column ... at row 1` (MariaDB names the column `` `db`.`legacy_comment`.`body` ``,
// MySQL just `'body'`; Connector/J prefixes `Data truncation: `). The fix is `utf8mb4`, for the table (and the database,
// as chapter 1 creates it). See [troubleshooting/1366-incorrect-string-value.md](../troubleshooting/1366-incorrect-string-value.md).

Workbook.sql("""
        ALTER TABLE legacy_comment CONVERT TO CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
        INSERT INTO legacy_comment (body) VALUES ('Great post 👍');
        SELECT id, body FROM legacy_comment;
        """);
sf.close();

// The chapter's one new table, after the fix:
//
// ```mermaid
// erDiagram
//     legacy_comment {
//         INT id PK
//         TEXT body "utf8mb3 at first, then CONVERT TO utf8mb4"
//     }
// ```
//
// ## Exercise
//
// Add a rule to `PostForm`: the title may not be a title that already exists (its slug must be free). Bean Validation checks one object,
// so write it as a check that `createPost` calls (a `select count(*) from Post where slug = :slug`) and that adds `"Title: already used"`
// to the `title` errors. `createPost("POST", Map.of("title", "First post", "body", "again"))` must then render the form with that error
// and leave the `post` table at 4 rows. The check also tries another post's title, in capitals, on a blog it makes up: compare slugs,
// not titles.
//
// Write your code in the first cell below, where it says `// TODO:`; the second is the chapter's `createPost`, which now calls your
// method (you should not need to change it). Run both, then run the check cell after them. The setup cell puts the chapter's blog in
// fresh tables; the check runs your code on a throwaway copy and prints ✓ or ✗ for each check, with a hint when one fails. In a
// terminal the same exercise is `notebooks/exercises/13-unique-title.jsh`, checked with `./workbook check 13-unique-title`
// (hints: `./workbook exercises hint 13-unique-title`).

// The exercise's cells are in notebooks/exercises/13-unique-title.jsh; check it with: ./workbook check 13-unique-title

/exit
