// 16-rest-resource.jsh: generated from src/main/resources/chapters/16-rest-resource.md by: ./workbook chapters export  (do not edit by hand)
// Run it from the project directory, after ./mvnw -Dmaven.test.skip=true package:
//   jshell --class-path "$(cat target/classpath.txt):target/classes" notebooks/jshell/16-rest-resource.jsh
// Windows PowerShell:
//   jshell --class-path "$(Get-Content target\classpath.txt);target\classes" notebooks\jshell\16-rest-resource.jsh
// or: ./workbook run 16   (which also shows each expression's value, as a notebook does; a script given to jshell runs quietly)

// # 16. A REST resource: Flask-RESTful's job, in JSON
//
// The first seed installs `Flask-Restful` and never uses it. Flask-RESTful turns a class into a *resource*: one method per HTTP
// method, JSON in and out, and status codes that say what happened. This chapter puts the blog of chapter 11 (posts and their tags)
// behind such a resource, and calls every endpoint from the notebook.
//
// ```text
// class PostList(Resource):
//     def get(self):                          # GET  /api/posts
//         return [marshal(p, post_fields) for p in Post.query.all()]
//     def post(self):                         # POST /api/posts
//         args = parser.parse_args()          # reqparse: required fields, types
//         ...
//         return marshal(post, post_fields), 201, {'Location': url_for('post', slug=post.slug)}
//
// class PostItem(Resource):
//     def get(self, slug):                    # GET /api/posts/<slug>
//         return marshal(Post.query.filter_by(slug=slug).first_or_404(), post_fields)
//     def put(self, slug): ...
//     def delete(self, slug): ...             # return '', 204
//
// api.add_resource(PostList, '/api/posts')
// api.add_resource(PostItem, '/api/posts/<slug>')
// ```
//
// | Flask-RESTful | here |
// |---|---|
// | a `Resource` class with `get`, `post`, `put`, `delete` | a route group: `path("/api/posts", () -> { get(...); post(...); path("/{slug}", ...) })` |
// | `marshal(post, post_fields)` | a record (`PostJson`) made from the entity, written as JSON by Jackson (`ctx.json(...)`) |
// | `reqparse` | `ctx.bodyAsClass(PostInput.class)` (Jackson) plus Jakarta Validation rules on the record |
// | `abort(404)` | `throw new NotFoundResponse(...)` |
// | `return data, 201, {'Location': ...}` | `ctx.status(201).header("Location", ...).json(data)` |
//
// **Objectives.** After this chapter you can:
//
// - design the URLs and methods of a resource: list, get, create, update, delete;
// - answer with the right status code: 200, 201 with `Location`, 204, 400, 404, 409, 422;
// - map entities to JSON through records with a real JSON library, and read JSON into records you validate;
// - page a list with `?page=`, without N+1 queries (chapter 12), and prove it with Hibernate's statistics;
// - call each endpoint with the JDK's `HttpClient`.

import dev.workbook.Workbook;
import dev.workbook.web.RunningApp;
import dev.workbook.web.WebApp;
import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.HttpStatus;
import io.javalin.http.NotFoundResponse;
import io.javalin.validation.ValidationException;
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
import org.hibernate.SessionFactory;
import org.hibernate.tool.schema.Action;
import static io.javalin.apibuilder.ApiBuilder.*;

Workbook.sql("DROP TABLE IF EXISTS post_tags, author_profile, post, tag, author");
WebApp.warmUp();   // loads the web server's classes in the background while the next cells run (chapter 15 says more)

// ## The model: chapter 11's blog

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

// `statistics()` makes Hibernate count its statements, to check the list for N+1 below.

SessionFactory sf = Workbook.hibernate(Blog.Author.class, Blog.Post.class, Blog.Tag.class).schema(Action.CREATE).statistics().build();

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

// Eight more authors with a post each (as in chapter 12), so that the list has pages:

sf.inTransaction(session -> {
    int day = 3;
    for (String name : List.of("Grace", "Alan", "Barbara", "Dennis", "Edsger", "Margaret", "Ken", "Niklaus")) {
        Blog.Author author = new Blog.Author(name);
        session.persist(author);
        Blog.Post post = new Blog.Post(name + "'s notes", "Notes");
        post.created = LocalDateTime.now().minusDays(day++);
        author.addPost(post);
        session.persist(post);
    }
});
Workbook.sql("SELECT (SELECT COUNT(*) FROM post) AS posts, (SELECT COUNT(*) FROM tag) AS tags");

// ## What goes out: records, not entities
//
// The JSON is made from records, never from the entities themselves. An entity has lazy associations (serializing `post.author`
// outside a session throws `LazyInitializationException`), cycles (a post's tags list their posts, which list their tags...) and
// columns a client should not see. A record says exactly what the resource shows, like Flask-RESTful's `post_fields`.
// Jackson (the JSON library the workbook uses) writes a record's components as JSON fields, a `List` as an array, and
// `LocalDateTime` as an ISO-8601 string.

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

// ## Queries: a page without N+1
//
// The list shows each post's author and tags. Loading a page of posts and then touching `post.author` and `post.tags` for each
// would run 1 + 2N statements (chapter 12). A `join fetch` of the tags cannot be combined with `setMaxResults` (Hibernate would page
// in memory, chapter 12's common mistake). So: count, page the **ids**, then fetch those posts with authors and tags in one query.
// Three statements per page, however many posts and tags.

int PAGE_SIZE = 5;

PostPage page(int page) {
    return sf.fromSession(s -> {
        long total = s.createSelectionQuery("select count(*) from Post", Long.class).getSingleResult();
        List<Long> ids = s.createSelectionQuery("select p.id from Post p order by p.created desc, p.id desc", Long.class)
                .setFirstResult((page - 1) * PAGE_SIZE).setMaxResults(PAGE_SIZE).getResultList();
        List<Blog.Post> posts = ids.isEmpty() ? List.of() : s.createSelectionQuery(
                        "from Post p join fetch p.author left join fetch p.tags where p.id in :ids order by p.created desc, p.id desc",
                        Blog.Post.class)
                .setParameter("ids", ids).getResultList();
        int pages = (int) ((total + PAGE_SIZE - 1) / PAGE_SIZE);
        return new PostPage(page, PAGE_SIZE, total, pages, posts.stream().map(PostJson::of).toList());
    });
}

Blog.Post postOr404(org.hibernate.Session s, String slug) {
    Blog.Post post = s.createSelectionQuery(
                    "from Post p join fetch p.author left join fetch p.tags where p.slug = :slug", Blog.Post.class)
            .setParameter("slug", slug).getSingleResultOrNull();
    if (post == null) {
        throw new NotFoundResponse("No post '" + slug + "'");
    }
    return post;
}

/** The tags by name, created when new. */
Set<Blog.Tag> tagsNamed(org.hibernate.Session s, List<String> names) {
    Set<Blog.Tag> tags = new LinkedHashSet<>();
    for (String name : names == null ? List.<String>of() : names) {
        Blog.Tag tag = s.createSelectionQuery("from Tag where name = :name", Blog.Tag.class)
                .setParameter("name", name).getSingleResultOrNull();
        if (tag == null) {
            tag = new Blog.Tag(name);
            s.persist(tag);
        }
        tags.add(tag);
    }
    return tags;
}

// The last page, as a plain method call, before any HTTP: this record is what the list endpoint will send as JSON.

page(3)

// ## The resource
//
// One handler per method. Input that is not valid JSON never reaches them: `ctx.bodyAsClass` answers **400** by itself.
// Input that is JSON but breaks the rules gets **422 Unprocessable Content** with the messages by field. A post whose slug exists
// gets **409 Conflict**: the request is fine, but it conflicts with the current state.

PostInput input(Context ctx) {
    PostInput in = ctx.bodyAsClass(PostInput.class);
    if (in == null) {
        throw new BadRequestResponse("The body must be a JSON object");
    }
    return in;
}

/** 422 with the field errors, or null when the input is valid. */
boolean rejected(Context ctx, PostInput in) {
    Map<String, List<String>> errors = errorsOf(in);
    if (errors.isEmpty()) {
        return false;
    }
    ctx.status(HttpStatus.UNPROCESSABLE_CONTENT).json(new Problem(422, "The post is not valid", errors));
    return true;
}

void listPosts(Context ctx) {
    int page = ctx.queryParamAsClass("page", Integer.class).check(p -> p == null || p >= 1, "page starts at 1").getOrDefault(1);
    ctx.json(page(page));
}

void getPost(Context ctx) {
    ctx.json(sf.fromSession(s -> PostJson.of(postOr404(s, ctx.pathParam("slug")))));
}

void createPost(Context ctx) {
    PostInput in = input(ctx);
    if (rejected(ctx, in)) {
        return;
    }
    String slug = Blog.Post.slugify(in.title());
    PostJson created = sf.fromTransaction(s -> {
        if (s.createSelectionQuery("select count(*) from Post where slug = :slug", Long.class)
                .setParameter("slug", slug).getSingleResult() > 0) {
            return null;
        }
        Blog.Author author = s.createSelectionQuery("from Author where name = :name", Blog.Author.class)
                .setParameter("name", in.author()).getSingleResultOrNull();
        if (author == null) {
            throw new HttpResponseException(422, "No author named '" + in.author() + "'");
        }
        Blog.Post post = new Blog.Post(in.title().strip(), in.body());
        author.addPost(post);
        tagsNamed(s, in.tags()).forEach(post::addTag);
        s.persist(post);
        return PostJson.of(post);
    });
    if (created == null) {
        ctx.status(HttpStatus.CONFLICT).json(new Problem(409, "A post with the slug '" + slug + "' exists",
                Map.of("title", List.of("Title: already used"))));
        return;
    }
    ctx.status(HttpStatus.CREATED).header("Location", "/api/posts/" + created.slug()).json(created);
}

/** PUT replaces title, body and tags. The slug stays: it is the post's address, and links to it must keep working. */
void updatePost(Context ctx) {
    PostInput in = input(ctx);
    if (rejected(ctx, in)) {
        return;
    }
    ctx.json(sf.fromTransaction(s -> {
        Blog.Post post = postOr404(s, ctx.pathParam("slug"));
        post.title = in.title().strip();
        post.body = in.body();
        for (Blog.Tag old : List.copyOf(post.tags)) {
            post.removeTag(old);
        }
        tagsNamed(s, in.tags()).forEach(post::addTag);
        return PostJson.of(post);
    }));
}

void deletePost(Context ctx) {
    sf.inTransaction(s -> {
        Blog.Post post = postOr404(s, ctx.pathParam("slug"));
        for (Blog.Tag tag : List.copyOf(post.tags)) {
            post.removeTag(tag);
        }
        post.getAuthor().getPosts().remove(post);
        s.remove(post);
    });
    ctx.status(HttpStatus.NO_CONTENT);
}

record TagJson(String name, long posts) {
}

void listTags(Context ctx) {
    ctx.json(sf.fromSession(s -> s.createSelectionQuery(
                    "select t.name, count(p) from Tag t left join t.posts p group by t.name order by t.name", TagJson.class)
            .getResultList()));
}

// ## The app
//
// The routes, and one shape for every error: Javalin's own 400 (bad JSON), 404 and 405, and the `?page=` check, all answer with
// a `Problem`.

RunningApp api = WebApp.start("posts-api", config -> {
    config.routes.exception(HttpResponseException.class, (e, ctx) ->
            ctx.status(e.getStatus()).json(new Problem(e.getStatus(), e.getMessage(), Map.of())));
    config.routes.exception(ValidationException.class, (e, ctx) -> {
        Map<String, List<String>> errors = new TreeMap<>();
        e.getErrors().forEach((field, list) -> errors.put(field, list.stream()
                .map(v -> v.getMessage().equals("TYPE_CONVERSION_FAILED") ? "not a whole number: " + v.value : v.getMessage())
                .toList()));
        ctx.status(HttpStatus.BAD_REQUEST).json(new Problem(400, "Invalid query parameters", errors));
    });
    config.routes.apiBuilder(() -> path("/api", () -> {
        path("/posts", () -> {
            get(ctx -> listPosts(ctx));
            post(ctx -> createPost(ctx));
            path("/{slug}", () -> {
                get(ctx -> getPost(ctx));
                put(ctx -> updatePost(ctx));
                delete(ctx -> deletePost(ctx));
            });
        });
        get("/tags", ctx -> listTags(ctx));
    }));
});
System.out.println("Try " + api.url("/api/posts") + " in your browser (this machine only).");

// ## Calling it from the notebook
//
// The JDK's `HttpClient` sends each request; `call` prints the method, the path, the status, the `Location` header when there is
// one, and the JSON that came back. The request bodies are JSON documents, written out as a client would send them.

HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();   // as the app speaks (chapter 15)

void call(String method, String path, String json) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(api.url(path))).header("Accept", "application/json");
    if (json == null) {
        request.method(method, HttpRequest.BodyPublishers.noBody());
    } else {
        request.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(json));
    }
    HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    System.out.println(method + " " + path + " -> " + response.statusCode()
            + response.headers().firstValue("Location").map(l -> ", Location: " + l).orElse(""));
    if (!response.body().isEmpty()) {
        System.out.println(response.body());
    }
}

// ### List: `GET /api/posts?page=N`

call("GET", "/api/posts", null);

call("GET", "/api/posts?page=3", null);
call("GET", "/api/posts?page=0", null);
call("GET", "/api/posts?page=two", null);

// ### No N+1: three statements per page
//
// Hibernate's statistics count the statements the request ran (the app runs in this JVM, on the same `SessionFactory`). Next to
// it, the naive way: the same page read as entities, then mapped to JSON, which loads each author and each post's tags on first use.

sf.getStatistics().clear();
call("GET", "/api/posts?page=1", null);
long perPage = sf.getStatistics().getPrepareStatementCount();

sf.getStatistics().clear();
sf.inSession(s -> s.createSelectionQuery("from Post p order by p.created desc, p.id desc", Blog.Post.class)
        .setMaxResults(PAGE_SIZE).getResultList().forEach(PostJson::of));
long naive = sf.getStatistics().getPrepareStatementCount();
System.out.println("the endpoint: " + perPage + " statements for a page of " + PAGE_SIZE + "; naive: " + naive);
if (perPage != 3) {
    throw new IllegalStateException("the list should take 3 statements (count, ids, posts with authors and tags), took " + perPage);
}

// ### Get one: `GET /api/posts/{slug}`

call("GET", "/api/posts/first-post", null);
call("GET", "/api/posts/no-such-post", null);

// ### Create: `POST /api/posts`
//
// **201 Created**, the new post's address in `Location`, and the post as stored; then a GET of that address:

call("POST", "/api/posts", """
        {"title": "REST in Java", "body": "Resources, methods, status codes.", "author": "Ada", "tags": ["java", "rest"]}
        """);
call("GET", "/api/posts/rest-in-java", null);

// JSON that breaks the rules: **422** with every message by field. Not JSON at all, or a field the resource does not have:
// **400**. The same title again: **409**.

call("POST", "/api/posts", """
        {"title": " ", "body": "", "author": "Ada", "tags": ["Java!", "sql"]}
        """);
call("POST", "/api/posts", "{\"title\": \"Oops\", ");
call("POST", "/api/posts", """
        {"titel": "Misspelt", "body": "x", "author": "Ada"}
        """);
call("POST", "/api/posts", """
        {"title": "First post", "body": "Again", "author": "Ada"}
        """);
Workbook.sql("SELECT COUNT(*) AS posts FROM post");

// ### Update: `PUT /api/posts/{slug}`

call("PUT", "/api/posts/rest-in-java", """
        {"title": "REST in Java, revised", "body": "Resources, methods, status codes, pages.", "author": "Ada", "tags": ["java", "web"]}
        """);
call("PUT", "/api/posts/no-such-post", """
        {"title": "x", "body": "x", "author": "Ada", "tags": []}
        """);

// ### Delete: `DELETE /api/posts/{slug}`
//
// **204 No Content**: done, nothing to say. The post's `post_tags` rows go first (chapter 11), then the post.

call("DELETE", "/api/posts/hello-from-linus", null);
call("GET", "/api/posts/hello-from-linus", null);
call("DELETE", "/api/posts/hello-from-linus", null);

// ### The tags, with how many posts each labels

call("GET", "/api/tags", null);
call("PATCH", "/api/tags", null);

// ## Common mistakes
//
// - **Returning entities as JSON.** Lazy associations throw outside the session, the post/tag cycle never ends, and every new
//   column is published. Map to records.
// - **200 for everything,** with `{"error": ...}` in the body: clients, caches and monitoring read the status code. 201 + `Location`
//   for a created resource, 204 for a delete, 4xx for the client's mistakes, 5xx only for the server's.
// - **`join fetch` + `setMaxResults` on a collection:** paging in memory (HHH90003004). Page the ids, then fetch (above).
// - **A new slug on every title change:** every link to the old address breaks. Keep the slug, or answer the old one with 301.
//
// ## Stopping the app

api.stop();
sf.close();

// The tables are those of chapter 11; the rows after this chapter:

Workbook.sql("SELECT p.slug, a.name AS author, GROUP_CONCAT(t.name ORDER BY t.name) AS tags FROM post p JOIN author a ON a.id = p.author_id LEFT JOIN post_tags pt ON pt.post_id = p.id LEFT JOIN tag t ON t.id = pt.tag_id GROUP BY p.id, p.slug, a.name ORDER BY p.id");

// ## Exercise
//
// Add the endpoint `GET /api/tags/{slug}/posts` (a tag's slug is its name): the posts with that tag, newest first, as a JSON array
// of `PostJson`, each post with **all** its tags. A tag that exists but labels no post answers `200` with `[]`; a tag that does not
// exist answers `404`. And no N+1: at most three statements, whether the tag has one post or twenty.
//
// Two parts, in the cells below where it says `// TODO:`: the query, and the handler. Careful with the query: `join fetch p.tags t
// where t.name = :tag` loads each post with *only* the tag you searched for; join the tags twice (one join to filter, one
// `join fetch` to load), or filter with a subquery. Then run the check cell: it starts your endpoint on a free port (with the
// chapter's error handlers), calls it over HTTP for the busiest tag, a tag without posts and an unknown one, and compares the JSON
// with the database and counts the statements. It also runs on a blog it makes up (hidden data). In a terminal the same exercise is
// `notebooks/exercises/16-tag-posts.jsh`, checked with `./workbook check 16-tag-posts`
// (hints: `./workbook exercises hint 16-tag-posts`).

// The exercise's cells are in notebooks/exercises/16-tag-posts.jsh; check it with: ./workbook check 16-tag-posts

/exit
