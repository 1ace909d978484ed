// REFERENCE SOLUTION, used by the tests only (shown by `workbook exercises solution 15-search-form` once solved): the stub with its parts done.
// Exercise 15-search-form: the task is at the end of chapter 15-flask-views-to-java-routes (notebooks/15-flask-views-to-java-routes.ipynb).
// Generated from src/main/resources/chapters/15-flask-views-to-java-routes.md by ./workbook chapters export.
// Write your solution only between the ">>> your solution" and "<<< end" lines (each // TODO: marks a place):
// a check takes those parts from this file and everything else from the workbook's own copy.
// Check it in one step:   ./workbook check 15-search-form      (or keep it checked on every save: ./workbook watch)
// Hints: ./workbook exercises hint 15-search-form      Start again: ./workbook reset 15-search-form

// from chapter 03-student-entity/imports
import dev.workbook.Workbook;
import jakarta.persistence.*;
import java.time.Instant;
import java.util.List;
import org.hibernate.SessionFactory;
import org.hibernate.annotations.ColumnDefault;
import org.hibernate.annotations.Generated;
import org.hibernate.tool.schema.Action;

Workbook.sql("SELECT DATABASE() AS connected_to, VERSION() AS server");

// from chapter 15-flask-views-to-java-routes/web-imports
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

// from chapter 03-student-entity/student
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

import dev.workbook.exercises.Answers;
import dev.workbook.exercises.Exercises;

Exercises.seed("15-search-form");   // Sammy, Carl and john, then Samantha Reyes, Dina Whitehead and Eve Stone
SessionFactory sf = Workbook.hibernate(Student.class).build();

// from chapter 15-flask-views-to-java-routes/templates
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

// >>> your solution, part 1 of 3: edit between this line and the matching "end" line
List<Student> search(String q) {
    if (q == null || q.isBlank()) {
        return List.of();
    }
    String pattern = "%" + q.strip().toLowerCase() + "%";
    return sf.fromSession(s -> s.createSelectionQuery(
                    "from Student s where lower(s.firstname) like :pattern or lower(s.lastname) like :pattern"
                            + " order by s.createdAt desc, s.id desc", Student.class)
            .setParameter("pattern", pattern).getResultList());
}
// <<< end of part 1

// >>> your solution, part 2 of 3: edit between this line and the matching "end" line
void searchPage(Context ctx) {
    String q = ctx.queryParam("q");
    ctx.render("students/search.html", Map.of("q", q == null ? "" : q, "students", search(q)));
}
// <<< end of part 2

// >>> your solution, part 3 of 3: edit between this line and the matching "end" line
String searchTemplate() {
    return """
            {% extends "base.html" %}
            {% block title %}Search{% endblock %}
            {% block content %}
            <h1>Search</h1>
            <form method="get" action="/students/search">
              <input id="q" name="q" value="{{ q }}"> <button type="submit">Search</button>
            </form>
            <ul id="results">
              {% for s in students %}
              <li><a href="/students/{{ s.id }}">{{ s.firstname }} {{ s.lastname }}</a></li>
              {% else %}
              {% if q is not empty %}<li>No student matches</li>{% endif %}
              {% endfor %}
            </ul>
            {% endblock %}
            """;
}
// <<< end of part 3

// The check: ./workbook check runs the same code in a JVM of its own; plain jshell runs it here.
Exercises.check("15-search-form", () -> {
    templates.add("students/search.html", searchTemplate());
    System.out.println("search(\"sam\") finds " + search("sam"));
    List<Exception> thrown = new java.util.concurrent.CopyOnWriteArrayList<>();
    RunningApp searchApp = WebApp.start("search-check", config -> {
        config.fileRenderer(templates);
        config.routes.exception(Exception.class, (e, ctx) -> {
            thrown.add(e);
            ctx.status(500).result(String.valueOf(e));
        });
        config.routes.get("/students/search", ctx -> searchPage(ctx));
        config.routes.get("/students/{id}", ctx -> ctx.result("the page of student " + ctx.pathParam("id")));
    });
    try {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        Map<String, String> searches = new LinkedHashMap<>();
        searches.put("sam", "?q=sam");
        searches.put("white", "?q=WHITE");
        searches.put("nobody", "?q=zzz-nobody");
        searches.put("blank", "?q=");
        searches.put("missing", "");
        searches.put("markup", "?q=" + URLEncoder.encode("<b>sam", StandardCharsets.UTF_8));
        for (Map.Entry<String, String> s : searches.entrySet()) {
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(searchApp.url("/students/search" + s.getValue())))
                    .timeout(java.time.Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
            String body = r.body();
            List<String> found = new ArrayList<>(new LinkedHashSet<>(java.util.regex.Pattern.compile("/students/(\\d+)")
                    .matcher(body).results().map(m -> m.group(1)).toList()));
            List<String> answer = new ArrayList<>(List.of("status " + r.statusCode()));
            answer.addAll(found);
            Answers.save(s.getKey(), answer);
            if (s.getKey().equals("sam") || s.getKey().equals("markup")) {
                Answers.save(s.getKey() + "-page", List.of("nav " + body.contains("<nav>"),
                        "get-form " + body.toLowerCase().replace('\'', '"').contains("method=\"get\""),
                        "term " + (body.contains("value=\"sam\"") ? "sam" : body.contains("value=\"&lt;b&gt;sam\"") ? "escaped"
                                : body.contains("<b>sam") ? "raw" : "missing"),
                        "no-match " + body.contains("No student matches")));
            }
            if (s.getKey().equals("nobody")) {
                Answers.save("nobody-page", List.of("no-match " + body.contains("No student matches")));
            }
        }
    } finally {
        searchApp.stop();
    }
    if (!thrown.isEmpty()) {
        throw thrown.get(0);
    }
});
/exit
