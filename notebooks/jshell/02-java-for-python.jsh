// 02-java-for-python.jsh: generated from src/main/resources/chapters/02-java-for-python.md by: ./workbook chapters export  (do not edit by hand)
// Run it from the project directory, after ./mvnw -Dmaven.test.skip=true package:
//   jshell --class-path "$(cat target/classpath.txt):target/classes" notebooks/jshell/02-java-for-python.jsh
// Windows PowerShell:
//   jshell --class-path "$(Get-Content target\classpath.txt);target\classes" notebooks\jshell\02-java-for-python.jsh
// or: ./workbook run 02   (which also shows each expression's value, as a notebook does; a script given to jshell runs quietly)

// # 2. Java for Python users
//
// **Objectives**
// - Read and write the Java that replaces the seed's Python: constructor and `toString` for `__init__` and `__repr__`,
//   varargs for `*args`, a `Map` for `**kwargs`, `super(...)` for `super().__init__(...)`.
// - Know where `null` (Python's `None`) can and cannot go.
// - Map `virtualenv` + `pip install` to Maven dependencies, and "mapping" to what an ORM does.
// - Put the seed's "model, view, controller" notes on the pieces of a Java application.
//
// This chapter is plain Java: it touches the database only at the end. Like every chapter, it starts with its imports.

import dev.workbook.Workbook;
import jakarta.persistence.*;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hibernate.SessionFactory;
import org.hibernate.tool.schema.Action;

Workbook.sql("SELECT DATABASE()");

// ## `__init__` and `__repr__`: constructor and `toString()`
//
// The seed's Python class:
//
// ```text
// class Post:
//     def __init__(self, title, body):
//         self.body = body
//         self.title = title
//     def __repr__(self):
//         return '<Post id: {}, title: {}>'.format(self.body, self.title)
// ```
//
// Note the bug: `__repr__` prints the **body** as the id. The Java version declares its fields with types, and the
// constructor has the class's name and no return type. `this.title` is Python's `self.title`.

class Post {
    private final String title;
    private final String body;

    Post(String title, String body) {   // __init__(self, title, body)
        this.title = title;
        this.body = body;
    }

    String getTitle() { return title; }

    @Override
    public String toString() {           // __repr__(self)
        return "<Post title: " + title + ">";
    }
}

new Post("First post", "First post body")

// Without `toString()` Java prints something like `Post@1b6d3586`: the class name and a hash, the counterpart of the seed's
// `<__main__.Post object at 0x7f24267c7320>`. For classes that only carry data, a **record** writes the constructor,
// the accessors, `equals` and `toString` for you:

record PostSummary(String title, int words) { }

new PostSummary("First post", 3)

// ## `*args`: varargs
//
// The seed's `def summa(*args): return sum(args)` takes any number of positional arguments. Java's `int... numbers`
// does the same; inside the method `numbers` is an array:

int summa(int... numbers) {
    return Arrays.stream(numbers).sum();
}

summa(1, 2, 3, 4)

// ## `**kwargs`: a `Map`, or better, named methods
//
// Java has no keyword arguments. Code that really takes arbitrary named values uses a `Map<String, Object>`:

String describe(Map<String, Object> kwargs) {
    StringBuilder sb = new StringBuilder();
    kwargs.forEach((key, value) -> sb.append(key).append('=').append(value).append(' '));
    return sb.toString().strip();
}

describe(Map.of("firstname", "Sammy", "age", 20))

// `(key, value) -> sb.append(...)` is a **lambda**, Python's `lambda key, value: ...`: a small function passed as a value.
// `forEach` calls it once per entry. From chapter 4 on, Hibernate takes lambdas too: `sf.inTransaction(session -> session.persist(p))`
// runs `session.persist(p)` inside a transaction it opens and commits.
//
// `Map.of` has no fixed order; use a `LinkedHashMap` when the order matters. For objects with many optional values,
// Java code prefers typed setters or a builder (`Workbook.hibernate(...).showSql().build()` is one), which the compiler checks.

// ## `super(Post, self).__init__(*args, **kwargs)`: `super(...)`
//
// In the seed, `Post` extends `db.Model` and calls the parent's constructor first. In Java, `extends` names the parent
// class and `super(...)` must be the first statement of the constructor:

class Model {
    protected final Map<String, Object> values = new LinkedHashMap<>();

    Model(Map<String, Object> values) {
        this.values.putAll(values);
    }
}

class TaggedPost extends Model {
    TaggedPost(String title, Map<String, Object> extra) {
        super(extra);                    // super().__init__(**kwargs)
        values.put("title", title);
    }

    @Override
    public String toString() {
        return "<TaggedPost " + values + ">";
    }
}

new TaggedPost("First post", Map.of("draft", true))

// ## `None` is `null`, and not everything can be `null`
//
// Python lets any name be `None`. In Java, object types (`String`, `Integer`, `Post`) may be `null`; the primitive
// types (`int`, `long`, `boolean`, `double`) never are. That is why the entity in chapter 3 has `Integer age`: the
// column may be `NULL`. Turning a `null` `Integer` into an `int` fails at run time:

// This cell fails on purpose (expected: NullPointerException); jshell prints the error and goes on.
Integer age = null;     // a student with no age
int nextYear = age + 1; // unboxing null

// The message names the problem: `Cannot invoke "java.lang.Integer.intValue()" because "age" is null` (the helpful
// NullPointerException messages of Java 14 and later; JShell shows the variable as `REPL.$JShell$NN.age`).
// Check for `null` first, or keep the `Integer`.

// ## `virtualenv` and `pip install` become Maven
//
// | Python | Java |
// |---|---|
// | `virtualenv venv; source venv/bin/activate` (and `deactivate`) | nothing to activate or leave: each project lists its dependencies in `pom.xml` |
// | `pip install Flask-SQLAlchemy mysql-connector` | a `<dependency>` on `hibernate-core` and `mysql-connector-j` (the seed's PyPI `mysql-connector` is deprecated; Oracle's driver is `mysql-connector-python`) |
// | `pip install Flask Flask-Restful` | a web framework (Spring Boot, Quarkus, Javalin...); Flask-RESTful's resources are Jakarta REST's `@Path` classes or Spring's `@RestController` |
// | `site-packages` | `~/.m2/repository`, shared by all projects, one folder per version |
// | `pip freeze > requirements.txt` | the exact versions are already in `pom.xml` |
//
// ```xml
// <dependency>
//   <groupId>org.hibernate.orm</groupId>
//   <artifactId>hibernate-core</artifactId>
//   <version>7.4.5.Final</version>
// </dependency>
// ```
//
// The workbook's own `pom.xml` pins every version in one place; `./mvnw package` downloads them and writes the class
// path JShell uses to `target/classpath.txt`. The seed's advice to avoid Cyrillic in the virtualenv path has a Java
// echo: keep the project path free of spaces and non-ASCII characters on Windows, where some tools still trip on them.

// ## "Mapping": the map and the territory
//
// The seed's note: relating the map to the territory, all that turning and twisting, *is* the mapping. An ORM
// (object-relational mapper: SQLAlchemy in Python, Hibernate here) keeps two descriptions of the same data in step:
// Java objects in memory (the map) and rows in tables (the territory). Annotations say how one becomes the other.
// Here is the seed's `Post`, mapped, and saved as the seed does with `db.session.add(p); db.session.commit()`:

@Entity(name = "FirstPost")
@Table(name = "first_post")
class FirstPost {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String title;
    private String body;

    protected FirstPost() { }

    FirstPost(String title, String body) {
        this.title = title;
        this.body = body;
    }

    @Override
    public String toString() {
        return "<Post id: " + id + ", title: " + title + ">";
    }
}

SessionFactory sf = Workbook.hibernate(FirstPost.class).schema(Action.CREATE).build();
FirstPost p = new FirstPost("First post", "First post body");
sf.inTransaction(session -> session.persist(p));
p

// The table is called `first_post` so that it does not collide with the `post` table of chapter 11.
//
// ```mermaid
// erDiagram
//     first_post {
//         bigint id PK
//         varchar title
//         varchar body
//     }
// ```

Workbook.sql("SELECT * FROM first_post");

// ## Model, view, controller
//
// The seed's notes: *model* is the data, *views* display it, the *controller* receives a request, processes it and sends
// the answer. In a Java web application (Spring MVC, Jakarta EE, Javalin...):
// - **model**: entities such as `Student` (chapter 3) and the code that loads and saves them;
// - **view**: templates (Thymeleaf, JSP, Qute) that turn data into HTML, the counterpart of Flask's `render_template`;
// - **controller**: a class whose methods are bound to URLs and HTTP methods, like Flask's `@app.route`.
//
// This workbook stays in the model layer: chapter 13 shows how form data is validated before it reaches it.

// ## Exercise
//
// Python's `*args` is Java's varargs. Write a method `void savePosts(FirstPost... posts)` that persists any number of the
// `FirstPost`s above in one transaction. The check calls it once with three posts, in this order: ("Hello", "Hello body"),
// ("Varargs", "Any number of arguments") and ("Records", "Data carriers"), then once with no post at all: what should
// `savePosts()` do then?
//
// Write your code in the cell below, where it says `// TODO:`, run it, then run the check cell after it. The check runs your
// code on a throwaway database (with an empty `first_post` table) and prints ✓ or ✗ for each check, with a hint when one fails;
// your workbook database is not touched. In a terminal the same exercise is `notebooks/exercises/02-varargs-posts.jsh`, checked
// with `./workbook check 02-varargs-posts` (hints: `./workbook exercises hint 02-varargs-posts`).

// The exercise's cells are in notebooks/exercises/02-varargs-posts.jsh; check it with: ./workbook check 02-varargs-posts

/exit
