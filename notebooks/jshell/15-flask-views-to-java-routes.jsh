// 15-flask-views-to-java-routes.jsh: generated from src/main/resources/chapters/15-flask-views-to-java-routes.md by: ./workbook chapters export  (do not edit by hand)
// Run it from the project directory, after ./mvnw -Dmaven.test.skip=true package:
//   jshell --class-path "$(cat target/classpath.txt):target/classes" notebooks/jshell/15-flask-views-to-java-routes.jsh
// Windows PowerShell:
//   jshell --class-path "$(Get-Content target\classpath.txt);target\classes" notebooks\jshell\15-flask-views-to-java-routes.jsh
// or: ./workbook run 15   (which also shows each expression's value, as a notebook does; a script given to jshell runs quietly)

// # 15. From Flask views to Java routes: pages, forms and a blueprint
//
// The DigitalOcean tutorial the first seed follows ends with a small web application on the `Student` model: a page listing
// the students, a page per student, and forms to create, edit and delete them. The second seed adds a `posts` blueprint with a
// WTForms form, and three notes: *model, views, controller*, `render_template`, and "the order of the views matters".
// This chapter builds that application in Java, runs it from this notebook, and calls it over real HTTP.
//
// The tutorial's views, condensed:
//
// ```text
// @app.route('/')
// def index():
//     students = Student.query.order_by(Student.created_at.desc()).all()
//     return render_template('index.html', students=students)
//
// @app.route('/<int:student_id>/')
// def student(student_id):
//     student = Student.query.get_or_404(student_id)
//     return render_template('student.html', student=student)
//
// @app.route('/create/', methods=('GET', 'POST'))
// def create():
//     if request.method == 'POST':
//         student = Student(firstname=request.form['firstname'], ...)
//         db.session.add(student)
//         db.session.commit()
//         return redirect(url_for('index'))
//     return render_template('create.html')
//
// @app.post('/<int:student_id>/delete/')
// def delete(student_id): ...
// ```
//
// The web framework here is **Javalin** (on the Jetty server), with **Pebble** templates, whose syntax is Jinja2's. They map
// onto Flask one to one, and an app starts in well under a second, so it can live in a notebook cell.
// (Spring Boot does the same job with far more machinery, auto-configuration and component scanning, that a notebook cell
// does not need.) The tutorial's paths start at `/`; here they start at `/students`, because the app also has the blueprint's `/posts`.
//
// | Flask | Javalin and Pebble |
// |---|---|
// | `app = Flask(__name__)` | `Javalin.create(config -> ...)`, here through `WebApp.start("students", config -> ...)` |
// | `@app.route('/students')` on `def index()` | `config.routes.get("/students", ctx -> index(ctx))` |
// | `<int:student_id>` in the rule | `{id}` in the path, read with `ctx.pathParamAsClass("id", Long.class)` |
// | `methods=['POST', 'GET']` | one `get(...)` and one `post(...)` route on the same path |
// | `request.form['firstname']` | `ctx.formParam("firstname")` |
// | `render_template('index.html', students=students)` | `ctx.render("students/index.html", Map.of("students", students))` |
// | `redirect(url_for('index'))` | `ctx.redirect("/students", HttpStatus.SEE_OTHER)` |
// | `abort(404)`, `get_or_404` | `throw new NotFoundResponse(...)` |
// | `Blueprint('posts', ...)`, `url_prefix='/posts'` | a route group: `path("/posts", () -> { get(...); ... })` |
// | Jinja2: `{{ x }}`, `{% for %}`, `{% extends %}`, `{% block %}` | Pebble: the same syntax |
// | the `static/` folder | `config.staticFiles.add(...)` |
// | a WTForms `FlaskForm` | a record with Jakarta Validation rules (chapter 13) and a CSRF token |
//
// **Objectives.** After this chapter you can:
//
// - say what is model, view and controller in a Java web app;
// - write routes with path parameters, render templates that extend a base template, and serve static files;
// - handle a form with GET and POST: validate, show the errors next to the fields with the values kept, save, and redirect
//   (Post/Redirect/Get);
// - edit with a pre-filled form, and delete with POST only;
// - explain why "the order of the views matters", show the bug and fix it;
// - group routes like a Flask blueprint;
// - explain CSRF and check a CSRF token; show that templates escape what users type.

import dev.workbook.Workbook;
import jakarta.persistence.*;
import java.time.Instant;
import java.util.List;
import org.hibernate.SessionFactory;
import org.hibernate.annotations.ColumnDefault;
import org.hibernate.annotations.Generated;
import org.hibernate.tool.schema.Action;

Workbook.sql("SELECT DATABASE() AS connected_to, VERSION() AS server");

import dev.workbook.web.RunningApp;
import dev.workbook.web.Templates;
import dev.workbook.web.WebApp;
import io.javalin.apibuilder.EndpointGroup;
import io.javalin.http.Context;
import io.javalin.http.ForbiddenResponse;
import io.javalin.http.HandlerType;
import io.javalin.http.HttpStatus;
import io.javalin.http.NotFoundResponse;
import io.javalin.http.staticfiles.Location;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.text.Normalizer;
import java.time.LocalDateTime;
import java.util.*;
import java.util.stream.Collectors;
import static io.javalin.apibuilder.ApiBuilder.*;

// The first web server a JVM starts loads a few thousand classes (Jetty, Javalin, Pebble, Jackson): about a second of work.
// `WebApp.warmUp()` does it now, on a background thread, while you read on; the cell that starts the app further down then answers
// its first page in a fraction of a second. (Spring Boot's `BackgroundPreinitializer` does the same.)

WebApp.warmUp();

// ## The model: students, and the blog for the blueprint
//
// The `Student` entity of chapter 3, and the blog of chapter 11 (authors, posts, tags) for the `posts` blueprint:

@Entity(name = "Student")
@Table(name = "student")
class Student {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(length = 100, nullable = false)
    private String firstname;

    @Column(length = 100, nullable = false)
    private String lastname;

    @Column(length = 80, nullable = false, unique = true)
    private String email;

    private Integer age;

    @Column(columnDefinition = "TEXT")
    private String bio;

    @Generated
    @ColumnDefault("CURRENT_TIMESTAMP(6)")
    @Column(name = "created_at", nullable = false, insertable = false, updatable = false)
    private Instant createdAt;

    protected Student() {
        // Hibernate creates objects through this constructor, then fills the fields.
    }

    Student(String firstname, String lastname, String email, Integer age, String bio) {
        this.firstname = firstname;
        this.lastname = lastname;
        this.email = email;
        this.age = age;
        this.bio = bio;
    }

    Long getId() { return id; }
    String getFirstname() { return firstname; }
    void setFirstname(String firstname) { this.firstname = firstname; }
    String getLastname() { return lastname; }
    void setLastname(String lastname) { this.lastname = lastname; }
    String getEmail() { return email; }
    void setEmail(String email) { this.email = email; }
    Integer getAge() { return age; }
    void setAge(Integer age) { this.age = age; }
    String getBio() { return bio; }
    void setBio(String bio) { this.bio = bio; }
    Instant getCreatedAt() { return createdAt; }

    @Override
    public String toString() {
        return "<Student " + firstname + ">";
    }
}

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

// Fresh tables, with the tutorial's three students and chapter 11's posts:

Workbook.sql("DROP TABLE IF EXISTS post_tags, author_profile, post, tag, author");
SessionFactory sf = Workbook.hibernate(Student.class, Blog.Author.class, Blog.Post.class, Blog.Tag.class).schema(Action.CREATE).build();
sf.inTransaction(s -> {
    s.persist(new Student("Sammy", "Shark", "sammyshark@example.com", 20, "Marine biology student"));
    s.persist(new Student("Carl", "White", "carlwhite@example.com", 22, "Marine geology student"));
    s.persist(new Student("john", "doe", "jd@example.com", 23, "Biology student"));
});

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

// The chapter 13 form for posts (`PostForm`, with its validation rules, and a `validator`):

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

// ## Model, view, controller
//
// The seed's note: *model* (the data), *views* (what is shown), *controller* (receives the request, processes it, sends the
// answer). Flask calls its request functions "views", which is confusing: in MVC terms they are the controllers, and the
// templates are the views. In this app:
//
// | part | here | Flask |
// |---|---|---|
// | model | the `Student` entity and the queries on it (Hibernate, chapters 3 to 7) | `Student(db.Model)`, `Student.query` |
// | view | a Pebble template that turns the model into HTML | a Jinja2 template in `templates/` |
// | controller | a route and its handler: reads the request, asks the model, picks the view | a view function with `@app.route` |
//
// ```mermaid
// sequenceDiagram
//     participant B as browser
//     participant C as controller: index(ctx)
//     participant M as model: Student, Hibernate
//     participant V as view: students/index.html
//     B->>C: GET /students (the route picks the handler)
//     C->>M: newestFirst()
//     M-->>C: List of Student
//     C->>V: render with students
//     V-->>C: HTML
//     C-->>B: 200 text/html
// ```
//
// The model part of the index page: every student, newest first (the seed's `order_by(...desc())`; `id` breaks ties):

List<Student> newestFirst() {
    return sf.fromSession(s -> s.createSelectionQuery("from Student order by createdAt desc, id desc", Student.class)
            .getResultList());
}

newestFirst()

// ## Templates: a base template and pages that extend it
//
// Flask looks for templates in a `templates/` folder. Here a `Templates` object holds them, and each cell gives one template's
// text, so you see every template where it is introduced (and re-running the cell after an edit replaces it). In a project of
// your own they would be files under `src/main/resources/templates/`; the syntax is the same.
//
// `base.html` is the page frame. `{% block content %}` is the hole each page fills; `{% block title %}` has a default.
// The stylesheet comes from the static folder (below).

Templates templates = new Templates();
templates.add("base.html", """
        <!doctype html>
        <html lang="en">
        <head>
          <meta charset="utf-8">
          <title>{% block title %}Students{% endblock %} · workbook</title>
          <link rel="stylesheet" href="/static/style.css">
        </head>
        <body>
          <nav><a href="/students">Students</a> <a href="/students/create">Add a student</a> <a href="/posts">Posts</a></nav>
          <main>
        {% block content %}{% endblock %}
          </main>
        </body>
        </html>
        """);

// The index page extends it. `{{ student.firstname }}` reads the entity's `getFirstname()`; `{% for ... %}{% else %}` shows
// the `else` part when the list is empty:

templates.add("students/index.html", """
        {% extends "base.html" %}
        {% block content %}
        <h1>Students</h1>
        <table id="students">
          <tr><th>Name</th><th>Email</th><th>Age</th></tr>
          {% for student in students %}
          <tr id="student-{{ student.id }}">
            <td><a href="/students/{{ student.id }}">{{ student.firstname }} {{ student.lastname }}</a></td>
            <td>{{ student.email }}</td>
            <td>{{ student.age }}</td>
          </tr>
          {% else %}
          <tr><td colspan="3">No students yet.</td></tr>
          {% endfor %}
        </table>
        {% endblock %}
        """);

// `render_template` is "a template and its parameters, turned into HTML": `templates.render` is exactly that, a plain call with
// no server involved. Here is the view of the model above:

System.out.println(templates.render("students/index.html", Map.of("students", newestFirst())));

// The page for one student, with links to edit it and a form that deletes it (a form, because deleting must be a POST):

templates.add("students/show.html", """
        {% extends "base.html" %}
        {% block title %}{{ student.firstname }} {{ student.lastname }}{% endblock %}
        {% block content %}
        <h1>{{ student.firstname }} {{ student.lastname }}</h1>
        <dl>
          <dt>Email</dt><dd id="email">{{ student.email }}</dd>
          <dt>Age</dt><dd id="age">{{ student.age }}</dd>
          <dt>Bio</dt><dd id="bio">{{ student.bio }}</dd>
          <dt>Added</dt><dd>{{ student.createdAt | date("yyyy-MM-dd HH:mm", timeZone="UTC") }} UTC</dd>
        </dl>
        <p><a id="edit" href="/students/{{ student.id }}/edit">Edit</a></p>
        <form method="post" action="/students/{{ student.id }}/delete">
          <input type="hidden" name="csrf_token" value="{{ csrf_token }}">
          <button id="delete" type="submit">Delete</button>
        </form>
        {% endblock %}
        """);

// One form template serves both "create" and "edit" (`heading` and `action` differ). A Pebble **macro** writes one field: its
// label, the input with the value the user typed (or the stored one, when editing), and the field's error messages. The hidden
// `csrf_token` input is explained below.

templates.add("students/form.html", """
        {% extends "base.html" %}
        {% macro field(form, errors, name, label) %}
          <p>
            <label for="{{ name }}">{{ label }}</label>
            <input id="{{ name }}" name="{{ name }}" value="{{ form[name] }}">
            {% for message in errors[name] %}<span class="error" id="{{ name }}-error">{{ message }}</span>{% endfor %}
          </p>
        {% endmacro %}
        {% block title %}{{ heading }}{% endblock %}
        {% block content %}
        <h1>{{ heading }}</h1>
        <form method="post" action="{{ action }}" novalidate>
          <input type="hidden" name="csrf_token" value="{{ csrf_token }}">
          {{ field(form, errors, "firstname", "First name") }}
          {{ field(form, errors, "lastname", "Last name") }}
          {{ field(form, errors, "email", "Email") }}
          {{ field(form, errors, "age", "Age") }}
          {{ field(form, errors, "bio", "Bio") }}
          <button id="save" type="submit">Save</button>
        </form>
        {% endblock %}
        """);
templates.names()

// ## Static files
//
// Flask serves the files of its `static/` folder under `/static/`. A folder with a stylesheet, written by this cell (a project
// keeps it in `src/main/resources/public/` and serves it from the class path):

Path staticDir = Files.createTempDirectory("students-static");
Path stylesheet = Files.writeString(staticDir.resolve("style.css"), """
        body { font-family: system-ui, sans-serif; margin: 2rem auto; max-width: 48rem; }
        nav a { margin-right: 1rem; }
        table { border-collapse: collapse; } td, th { padding: .25rem .75rem; border-bottom: 1px solid #ddd; }
        .error { color: #b00020; margin-left: .5rem; }
        """);
stylesheet

// ## The form class: WTForms in Java
//
// The seed's `forms.py` declares a form class; WTForms validates it and, as Flask-WTF's `FlaskForm`, adds a hidden CSRF token.
// In Java the form is a record whose fields carry Jakarta Validation rules (chapter 13), read from `request.form`. Every field
// is a `String`, as the browser sends it: "twenty" in the age field is a validation error, not a crash.

record StudentForm(
        @NotBlank(message = "First name is required") @Size(max = 100, message = "First name: at most {max} characters")
        String firstname,
        @NotBlank(message = "Last name is required") @Size(max = 100, message = "Last name: at most {max} characters")
        String lastname,
        @NotBlank(message = "Email is required") @Email(message = "Email: not an email address")
        @Size(max = 80, message = "Email: at most {max} characters")
        String email,
        @Pattern(regexp = "|[0-9]{1,3}", message = "Age: a whole number, or nothing")
        String age,
        String bio) {

    static final StudentForm EMPTY = new StudentForm("", "", "", "", "");

    /** request.form: what the browser sent. */
    static StudentForm from(Context ctx) {
        return new StudentForm(ctx.formParam("firstname"), ctx.formParam("lastname"), ctx.formParam("email"),
                ctx.formParam("age"), ctx.formParam("bio"));
    }

    /** The stored values, to pre-fill the edit form. */
    static StudentForm of(Student s) {
        return new StudentForm(s.getFirstname(), s.getLastname(), s.getEmail(),
                s.getAge() == null ? "" : s.getAge().toString(), s.getBio());
    }

    Integer ageOrNull() {
        return age == null || age.isBlank() ? null : Integer.valueOf(age);
    }
}

/** WTForms' form.errors: the messages of every broken rule, by field. */
Map<String, List<String>> errorsOf(Object form) {
    Map<String, List<String>> byField = new TreeMap<>();
    for (ConstraintViolation<Object> v : validator.validate(form)) {
        byField.computeIfAbsent(v.getPropertyPath().toString(), k -> new ArrayList<>()).add(v.getMessage());
    }
    return byField;
}

/** The form's own rules, plus one only the database can answer: is the email free (for another student than id)? */
Map<String, List<String>> validate(StudentForm form, Long id) {
    Map<String, List<String>> errors = errorsOf(form);
    if (form.email() != null && !errors.containsKey("email")) {
        long taken = sf.fromSession(s -> s.createSelectionQuery(
                        "select count(*) from Student where email = :email and id <> :id", Long.class)
                .setParameter("email", form.email().strip()).setParameter("id", id == null ? -1L : id).getSingleResult());
        if (taken > 0) {
            errors.put("email", List.of("Email: already used by another student"));
        }
    }
    return errors;
}

validate(new StudentForm("", "Lovelace", "ada@", "twenty", ""), null)

// ### CSRF: why WTForms puts a hidden token in every form
//
// **Cross-site request forgery**: while you are logged in to this app, any other site you visit can contain a form that posts to
// `http://127.0.0.1:PORT/students/1/delete`, and submit it with JavaScript. Your browser sends your cookies along, so the app
// would see a valid request from you. The defence is a secret the other site cannot know: the app puts a random token in your
// session and in a hidden field of each of its forms, and refuses any POST whose field does not match the session. The other site
// can make your browser post, but it cannot read this app's pages, so it cannot copy the token. Flask-WTF does this for every
// `FlaskForm` (`{{ form.csrf_token }}` in the template, checked by `validate_on_submit()`); here it is two small functions, run
// before every request. (Session cookies with `SameSite=Lax` are a second defence; they are not a replacement.)

String csrfToken(Context ctx) {
    String token = ctx.sessionAttribute("csrf_token");
    if (token == null) {
        byte[] random = new byte[32];
        new SecureRandom().nextBytes(random);
        token = HexFormat.of().formatHex(random);
        ctx.sessionAttribute("csrf_token", token);
    }
    return token;
}

void checkCsrf(Context ctx) {
    if (ctx.method() != HandlerType.POST) {
        return;
    }
    String sent = ctx.formParam("csrf_token");
    String expected = ctx.sessionAttribute("csrf_token");
    // MessageDigest.isEqual takes as long for a near miss as for a wild guess, so timing reveals nothing.
    if (sent == null || expected == null
            || !MessageDigest.isEqual(sent.getBytes(StandardCharsets.UTF_8), expected.getBytes(StandardCharsets.UTF_8))) {
        throw new ForbiddenResponse("CSRF token missing or wrong: reload the form and submit it again");
    }
}

// ## The controllers
//
// `render_template(name, **kwargs)` takes keyword arguments; Java has none, so `renderTemplate` takes name/value pairs
// (varargs, chapter 2) and adds the CSRF token every form needs:

void renderTemplate(Context ctx, String name, Object... kwargs) {
    Map<String, Object> model = new HashMap<>();
    for (int i = 0; i < kwargs.length; i += 2) {
        model.put((String) kwargs[i], kwargs[i + 1]);
    }
    model.put("csrf_token", csrfToken(ctx));
    ctx.render(name, model);
}

/** get_or_404: the student, or a 404 answer. */
Student studentOr404(Context ctx) {
    long id = ctx.pathParamAsClass("id", Long.class).get();   // /students/abc: 400, "id" is not a Long
    Student student = sf.fromSession(s -> s.find(Student.class, id));
    if (student == null) {
        throw new NotFoundResponse("No student with id " + id);
    }
    return student;
}

void index(Context ctx) {
    renderTemplate(ctx, "students/index.html", "students", newestFirst());
}

void showStudent(Context ctx) {
    renderTemplate(ctx, "students/show.html", "student", studentOr404(ctx));
}

void createForm(Context ctx) {
    renderTemplate(ctx, "students/form.html", "form", StudentForm.EMPTY, "errors", Map.of(),
            "heading", "Add a student", "action", "/students/create");
}

/** POST: validate; on errors show the form again with what was typed; else save and redirect (Post/Redirect/Get). */
void create(Context ctx) {
    StudentForm form = StudentForm.from(ctx);
    Map<String, List<String>> errors = validate(form, null);
    if (!errors.isEmpty()) {
        ctx.status(HttpStatus.UNPROCESSABLE_CONTENT);
        renderTemplate(ctx, "students/form.html", "form", form, "errors", errors,
                "heading", "Add a student", "action", "/students/create");
        return;
    }
    Student saved = sf.fromTransaction(s -> {
        Student student = new Student(form.firstname().strip(), form.lastname().strip(), form.email().strip(),
                form.ageOrNull(), form.bio());
        s.persist(student);
        return student;
    });
    ctx.redirect("/students/" + saved.getId(), HttpStatus.SEE_OTHER);
}

void editForm(Context ctx) {
    Student student = studentOr404(ctx);
    renderTemplate(ctx, "students/form.html", "form", StudentForm.of(student), "errors", Map.of(),
            "heading", "Edit " + student.getFirstname(), "action", "/students/" + student.getId() + "/edit");
}

void edit(Context ctx) {
    Student student = studentOr404(ctx);
    StudentForm form = StudentForm.from(ctx);
    Map<String, List<String>> errors = validate(form, student.getId());
    if (!errors.isEmpty()) {
        ctx.status(HttpStatus.UNPROCESSABLE_CONTENT);
        renderTemplate(ctx, "students/form.html", "form", form, "errors", errors,
                "heading", "Edit " + student.getFirstname(), "action", "/students/" + student.getId() + "/edit");
        return;
    }
    sf.inTransaction(s -> {
        Student managed = s.find(Student.class, student.getId());
        managed.setFirstname(form.firstname().strip());
        managed.setLastname(form.lastname().strip());
        managed.setEmail(form.email().strip());
        managed.setAge(form.ageOrNull());
        managed.setBio(form.bio());
    });
    ctx.redirect("/students/" + student.getId(), HttpStatus.SEE_OTHER);
}

void deleteStudent(Context ctx) {
    Student student = studentOr404(ctx);
    sf.inTransaction(s -> s.remove(s.find(Student.class, student.getId())));
    ctx.redirect("/students", HttpStatus.SEE_OTHER);
}

// ## The `posts` blueprint
//
// A Flask blueprint is a group of views with a common URL prefix and its own templates, registered on the app:
// `posts = Blueprint('posts', __name__, template_folder='templates')`, then `app.register_blueprint(posts, url_prefix='/posts')`.
// In Javalin the group is an `EndpointGroup`: routes declared inside `path("/posts", ...)` get the prefix. Its templates live under
// `posts/`. The list is the seed's `Post.query.order_by(Post.created.desc())`, with authors and tags in the same query
// (`join fetch`, chapter 12), because the template shows them after the session is closed.

templates.add("posts/index.html", """
        {% extends "base.html" %}
        {% block title %}Posts{% endblock %}
        {% block content %}
        <h1>Posts</h1>
        <p><a href="/posts/create">Write a post</a></p>
        <ul id="posts">
          {% for post in posts %}
          <li><a href="/posts/{{ post.slug }}">{{ post.title }}</a> by {{ post.author.name }},
              {{ post.created | date("yyyy-MM-dd") }}{% for tag in post.tags %} #{{ tag.name }}{% endfor %}</li>
          {% endfor %}
        </ul>
        {% endblock %}
        """);
templates.add("posts/show.html", """
        {% extends "base.html" %}
        {% block title %}{{ post.title }}{% endblock %}
        {% block content %}
        <h1>{{ post.title }}</h1>
        <p>by {{ post.author.name }}{% for tag in post.tags %} #{{ tag.name }}{% endfor %}</p>
        <div id="body">{{ post.body }}</div>
        {% endblock %}
        """);
templates.add("posts/create.html", """
        {% extends "base.html" %}
        {% block title %}Write a post{% endblock %}
        {% block content %}
        <h1>Write a post</h1>
        <form method="post" action="/posts/create" novalidate>
          <input type="hidden" name="csrf_token" value="{{ csrf_token }}">
          <p><label for="title">Title</label> <input id="title" name="title" value="{{ form.title }}">
             {% for m in errors["title"] %}<span class="error">{{ m }}</span>{% endfor %}</p>
          <p><label for="body">Body</label> <textarea id="body" name="body">{{ form.body }}</textarea>
             {% for m in errors["body"] %}<span class="error">{{ m }}</span>{% endfor %}</p>
          <p><label for="tags">Tags</label> <input id="tags" name="tags" value="{{ form.tags }}">
             {% for m in errors["tags"] %}<span class="error">{{ m }}</span>{% endfor %}</p>
          <button type="submit">Publish</button>
        </form>
        {% endblock %}
        """);

List<Blog.Post> postsNewestFirst() {
    return sf.fromSession(s -> s.createSelectionQuery(
            "from Post p join fetch p.author left join fetch p.tags order by p.created desc, p.id desc", Blog.Post.class)
            .getResultList());
}

Blog.Post postOr404(Context ctx) {
    String slug = ctx.pathParam("slug");
    Blog.Post post = sf.fromSession(s -> s.createSelectionQuery(
            "from Post p join fetch p.author left join fetch p.tags where p.slug = :slug", Blog.Post.class)
            .setParameter("slug", slug).getSingleResultOrNull());
    if (post == null) {
        throw new NotFoundResponse("No post '" + slug + "'");
    }
    return post;
}

void postsCreate(Context ctx) {
    PostForm form = new PostForm(ctx.formParam("title"), ctx.formParam("body"), Objects.requireNonNullElse(ctx.formParam("tags"), ""));
    Map<String, List<String>> errors = errorsOf(form);
    if (!errors.containsKey("title") && sf.fromSession(s -> s.createSelectionQuery(
            "select count(*) from Post where slug = :slug", Long.class)
            .setParameter("slug", Blog.Post.slugify(form.title())).getSingleResult()) > 0) {
        errors.put("title", List.of("Title: already used"));
    }
    if (!errors.isEmpty()) {
        ctx.status(HttpStatus.UNPROCESSABLE_CONTENT);
        renderTemplate(ctx, "posts/create.html", "form", form, "errors", errors);
        return;
    }
    Blog.Post saved = sf.fromTransaction(s -> {
        Blog.Author ada = s.createSelectionQuery("from Author where name = 'Ada'", Blog.Author.class).getSingleResult();
        Blog.Post post = new Blog.Post(form.title().strip(), form.body());
        ada.addPost(post);
        for (String name : form.tags().isBlank() ? List.<String>of() : List.of(form.tags().split(" *, *"))) {
            Blog.Tag tag = s.createSelectionQuery("from Tag where name = :name", Blog.Tag.class)
                    .setParameter("name", name).getSingleResultOrNull();
            if (tag == null) {
                tag = new Blog.Tag(name);
                s.persist(tag);
            }
            post.addTag(tag);
        }
        s.persist(post);
        return post;
    });
    ctx.redirect("/posts/" + saved.slug, HttpStatus.SEE_OTHER);
}

EndpointGroup postsBlueprint = () -> {
    get("/", ctx -> renderTemplate(ctx, "posts/index.html", "posts", postsNewestFirst()));
    get("/create", ctx -> renderTemplate(ctx, "posts/create.html", "form", new PostForm("", "", ""), "errors", Map.of()));
    post("/create", ctx -> postsCreate(ctx));
    get("/{slug}", ctx -> renderTemplate(ctx, "posts/show.html", "post", postOr404(ctx)));   // after /create: see below
};

// ## The app
//
// Everything comes together in one configuration: the templates (what `ctx.render` uses), the static folder, the CSRF check
// before every request, the routes, and the blueprint. `WebApp.start` starts it on `127.0.0.1` (this machine only) on a free port
// and prints the address. Running this cell again stops the earlier app first, so it never fails on a busy port.
//
// `methods=['POST', 'GET']` becomes two routes on one path: `get` shows the form, `post` receives it. A path with only a `post`
// route (delete) answers a GET with **405 Method Not Allowed**, as Flask does.

RunningApp app = WebApp.start("students", config -> {
    config.fileRenderer(templates);
    config.staticFiles.add(files -> {
        files.hostedPath = "/static";
        files.directory = staticDir.toString();
        files.location = Location.EXTERNAL;
    });
    config.routes.before(ctx -> checkCsrf(ctx));
    config.routes.get("/", ctx -> ctx.redirect("/students"));
    config.routes.get("/students", ctx -> index(ctx));
    config.routes.get("/students/create", ctx -> createForm(ctx));
    config.routes.post("/students/create", ctx -> create(ctx));
    config.routes.get("/students/{id}", ctx -> showStudent(ctx));
    config.routes.get("/students/{id}/edit", ctx -> editForm(ctx));
    config.routes.post("/students/{id}/edit", ctx -> edit(ctx));
    config.routes.post("/students/{id}/delete", ctx -> deleteStudent(ctx));
    config.routes.apiBuilder(() -> path("/posts", postsBlueprint));
});
System.out.println("Open " + app.url("/students") + " in your browser (this machine only).");

// In Jupyter, click the printed address. (`./workbook web` starts this same app from a terminal, for clicking through at leisure.)
//
// ## Calling the app from the notebook
//
// To see each step here, the notebook talks to the app like a browser: the JDK's `HttpClient`, with a cookie store so the
// session (and its CSRF token) is kept between requests. It does not follow redirects, so the `303` and its `Location` show.
// It speaks HTTP/1.1, as the app does (otherwise the client offers every first request an upgrade to HTTP/2, which Jetty here
// declines).

HttpClient browser = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).cookieHandler(new CookieManager()).build();

HttpResponse<String> fetch(String path) throws Exception {
    return browser.send(HttpRequest.newBuilder(URI.create(app.url(path))).build(), HttpResponse.BodyHandlers.ofString());
}

/** Submits a form as a browser does: application/x-www-form-urlencoded. */
HttpResponse<String> submit(String path, Map<String, String> fields) throws Exception {
    String body = fields.entrySet().stream()
            .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
            .collect(Collectors.joining("&"));
    return browser.send(HttpRequest.newBuilder(URI.create(app.url(path)))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(),
            HttpResponse.BodyHandlers.ofString());
}

/** The status, and the redirect target or the page's <main> part. */
void show(HttpResponse<String> r) {
    System.out.println(r.statusCode() + r.headers().firstValue("Location").map(l -> " -> Location: " + l).orElse(""));
    if (r.statusCode() / 100 == 3) {
        return;
    }
    String body = r.body();
    int from = body.indexOf("<main>"), to = body.indexOf("</main>");
    System.out.println(from >= 0 && to > from ? body.substring(from + 6, to).strip() : body.strip());
}

/** The token from a form's hidden csrf_token field. */
String csrfToken(String html) {
    var m = java.util.regex.Pattern.compile("name=\"csrf_token\" value=\"([0-9a-f]+)\"").matcher(html);
    return m.find() ? m.group(1) : null;
}

// The index over HTTP: the same HTML as `templates.render` gave above, now inside the base page:

show(fetch("/students"));

// A page per student, and `get_or_404` for an id that does not exist (and a 400 for one that is not a number):

show(fetch("/students/1"));
HttpResponse<String> missing = fetch("/students/999");
System.out.println(missing.statusCode() + " " + missing.body());
System.out.println(fetch("/students/abc").statusCode());

// The stylesheet, from the static folder:

HttpResponse<String> css = fetch("/static/style.css");
System.out.println(css.statusCode() + " " + css.headers().firstValue("Content-Type").orElse("?"));

// ## Create: GET shows the form, POST saves and redirects
//
// The GET. The session cookie the app sets and the token in the hidden field belong together:

HttpResponse<String> createPage = fetch("/students/create");
String token = csrfToken(createPage.body());
System.out.println(createPage.statusCode() + ", token " + token.substring(0, 8) + "...");

// A POST that breaks rules: the form comes back with **422**, every message next to its field, and the values as typed (so the
// user corrects them instead of typing everything again). Nothing is saved.

show(submit("/students/create", Map.of("csrf_token", token,
        "firstname", "", "lastname", "Lovelace", "email", "carlwhite@example.com", "age", "twenty", "bio", "")));
Workbook.sql("SELECT COUNT(*) AS students FROM student");

// A valid POST: the row is saved and the answer is **303 See Other** with the new page's address. The browser then GETs that
// page, so pressing reload shows the page again instead of posting the form twice: **Post/Redirect/Get**.

HttpResponse<String> created = submit("/students/create", Map.of("csrf_token", token,
        "firstname", "Ada", "lastname", "Lovelace", "email", "ada@example.com", "age", "36", "bio", "Mathematician"));
show(created);
show(fetch(created.headers().firstValue("Location").orElseThrow()));
Workbook.sql("SELECT id, firstname, lastname, email, age FROM student ORDER BY id");

// The newest student is now first on the index:

show(fetch("/students"));

// ## CSRF in action
//
// A POST from "another site": a client without the session cookie, and so without the token. The app refuses it with **403**
// before any handler runs, and nothing is saved:

HttpClient otherSite = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
HttpResponse<String> forged = otherSite.send(HttpRequest.newBuilder(URI.create(app.url("/students/1/delete")))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString("")).build(), HttpResponse.BodyHandlers.ofString());
System.out.println(forged.statusCode() + " " + forged.body());
Workbook.sql("SELECT id, firstname FROM student WHERE id = 1");

// ## Edit: the form comes pre-filled
//
// The tutorial's `john` was typed in lower case. The edit page shows the stored values in the inputs:

String editPage = fetch("/students/3/edit").body();
editPage.lines().filter(l -> l.contains("<input id=")).forEach(l -> System.out.println(l.strip()));

show(submit("/students/3/edit", Map.of("csrf_token", token,
        "firstname", "John", "lastname", "Doe", "email", "jd@example.com", "age", "24", "bio", "Biology student")));
Workbook.sql("SELECT id, firstname, lastname, age FROM student WHERE id = 3");

// ## Autoescaping: what users type is shown, never run
//
// A student whose first name is a script. If the template inserted it as it is, every visitor of the index would run it
// (stored cross-site scripting). Pebble, like Jinja2 in Flask, escapes `<`, `>`, `&` and quotes in every `{{ ... }}` of an HTML
// template, so the browser shows the text:

HttpResponse<String> script = submit("/students/create", Map.of("csrf_token", token,
        "firstname", "<script>alert('xss')</script>", "lastname", "Tables", "email", "bobby@example.com", "age", "", "bio", ""));
fetch("/students").body().lines().filter(l -> l.contains("script")).forEach(l -> System.out.println(l.strip()));

// `&lt;script&gt;` is text for the browser. (Pebble's `| raw` filter turns escaping off for one value: only for HTML you wrote
// yourself, never for anything a user typed.)
//
// ## Delete: POST only
//
// A GET must never change data (browsers prefetch links, crawlers follow them). The delete route only exists for POST, so a GET
// is answered with 405, and the student is still there:

HttpResponse<String> getDelete = fetch("/students/5/delete");
System.out.println(getDelete.statusCode() + " " + getDelete.body().lines().findFirst().orElse(""));
Workbook.sql("SELECT id, firstname FROM student WHERE id = 5");

// The POST, with the token, as the Delete button sends it:

show(submit("/students/5/delete", Map.of("csrf_token", token)));
Workbook.sql("SELECT id, firstname, lastname FROM student ORDER BY id");

// ## The blueprint, and "the order of the views matters"
//
// The blueprint's pages under `/posts`, newest first:

show(fetch("/posts"));

// `/posts/create` and `/posts/{slug}` both match the URL `/posts/create`. Javalin, like Express and many Java routers, gives a
// request to the **first** route that matches, in the order they were declared. (Flask sorts its rules, static parts before
// `<converters>`, so there the order bites when two rules are equally specific; Spring MVC always picks the most specific pattern.)
// Here is the seed's bug: the same blueprint with `{slug}` declared first, in a second app.

RunningApp wrongOrder = WebApp.start("posts-wrong-order", config -> {
    config.fileRenderer(templates);
    config.routes.apiBuilder(() -> path("/posts", () -> {
        get("/{slug}", ctx -> renderTemplate(ctx, "posts/show.html", "post", postOr404(ctx)));
        get("/create", ctx -> renderTemplate(ctx, "posts/create.html", "form", new PostForm("", "", ""), "errors", Map.of()));
    }));
});
HttpResponse<String> shadowed = browser.send(HttpRequest.newBuilder(URI.create(wrongOrder.url("/posts/create"))).build(),
        HttpResponse.BodyHandlers.ofString());
System.out.println("slug route first:   GET /posts/create -> " + shadowed.statusCode() + " " + shadowed.body());
wrongOrder.stop();
System.out.println("create route first: GET /posts/create -> " + fetch("/posts/create").statusCode());

// The fix is the order in `postsBlueprint` above: the literal `/create` before `/{slug}`. (A slug pattern that cannot match
// `create` would work too; the order is the simpler rule: specific routes first.)
//
// The blueprint's form: `methods=['POST', 'GET']` on `/posts/create`, the same validation, and its own templates:

show(submit("/posts/create", Map.of("csrf_token", token, "title", "First post", "body", "again", "tags", "")));
HttpResponse<String> published = submit("/posts/create", Map.of("csrf_token", token,
        "title", "Forms on the web", "body", "Validate, save, redirect.", "tags", "java, web"));
show(published);
show(fetch(published.headers().firstValue("Location").orElseThrow()));

// ## Common mistakes
//
// - **Redirecting with 200.** Answering a successful POST with the page itself (status 200) makes reload re-submit the form;
//   always redirect (303) after a POST that changed data.
// - **A link that deletes.** `<a href="/students/5/delete">` is a GET: prefetching and crawlers would delete rows, and no CSRF
//   token protects it. Use a form with `method="post"`.
// - **Rendering a lazy association after the session closed.** `{{ post.author.name }}` in a template runs after
//   `sf.fromSession(...)` returned; without `join fetch` it fails with `LazyInitializationException` (chapter 12).
// - **`| raw` on user input,** or building HTML with `+` in Java: both skip the escaping shown above.
// - **Port already in use** when starting a server twice: here `WebApp.start` stops the earlier app of the same name and always
//   takes a free port; with a fixed port (`workbook web --port 8080`) stop the other program first.
//
// ## Stopping the app
//
// The app runs until it is stopped (or the kernel ends). This stops it and frees its port; re-running the `app` cell above starts
// it again.

app.stop();
stylesheet.toFile().delete();
staticDir.toFile().delete();
sf.close();
WebApp.running()

// The tables after this chapter (the blog's are those of chapter 11):
//
// ```mermaid
// erDiagram
//     student {
//         BIGINT id PK
//         VARCHAR firstname
//         VARCHAR lastname
//         VARCHAR email UK
//         INT age
//         TEXT bio
//         DATETIME created_at
//     }
// ```
//
// ## Exercise
//
// Add a search page to the student app. `GET /students/search?q=sam` shows a search form and, under it, the students whose first
// or last name contains the term, whatever its case, newest first, each with a link to its page (`/students/{id}`); when nobody
// matches, the page says "No student matches"; with an empty or missing `q`, it shows only the form. The form keeps the term in its
// input (so the user can refine it), and the page extends `base.html`.
//
// A search reads and never changes anything, so it is a GET form: `<form method="get" action="/students/search">`, with one
// input named `q` and no CSRF token (a GET must never need one, because it must never change data). The term comes from the
// query string (`ctx.queryParam("q")`), and reaches the query as a parameter, never glued into the HQL.
//
// Write the three parts in the cells below, where it says `// TODO:`: the query (the model), the handler (the controller) and the
// template (the view). Then run the check cell. The setup cells put the chapter's students, and three more, in a fresh `student`
// table. The check starts your app on a free port with the route `GET /students/search`, declared before `/students/{id}` (the
// order of the views!), and sends real HTTP requests. It checks the status codes, the students each page links to (against the
// table), the term kept and escaped in the input, and that searching changed no row. It also runs on other students (hidden data),
// so the answer must come from the query. In a terminal the same exercise is `notebooks/exercises/15-search-form.jsh`, checked with
// `./workbook check 15-search-form` (hints: `./workbook exercises hint 15-search-form`).

// The exercise's cells are in notebooks/exercises/15-search-form.jsh; check it with: ./workbook check 15-search-form

/exit
