// Exercise 02-varargs-posts: the task is at the end of chapter 02-java-for-python (notebooks/02-java-for-python.ipynb).
// Generated from src/main/resources/chapters/02-java-for-python.md by ./workbook chapters export.
// Write your solution only between the ">>> your solution" and "<<< end" lines (each // TODO: marks a place):
// a check takes those parts from this file and everything else from the workbook's own copy.
// Check it in one step:   ./workbook check 02-varargs-posts      (or keep it checked on every save: ./workbook watch)
// Hints: ./workbook exercises hint 02-varargs-posts      Start again: ./workbook reset 02-varargs-posts

// from chapter 02-java-for-python/imports
import dev.workbook.Workbook;
import jakarta.persistence.*;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hibernate.SessionFactory;
import org.hibernate.tool.schema.Action;

Workbook.sql("SELECT DATABASE()");

// from chapter 02-java-for-python/first-post
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

import dev.workbook.exercises.Answers;
import dev.workbook.exercises.Exercises;

Exercises.seed("02-varargs-posts");   // an empty first_post table
SessionFactory sf = Workbook.sessionFactory(FirstPost.class);

// >>> your solution, part 1 of 1: edit between this line and the matching "end" line
void savePosts(FirstPost... posts) {
    // TODO: persist every post it is given, all in one transaction (sf.inTransaction).
    throw new UnsupportedOperationException("Delete this statement and write your own solution");
}
// <<< end of part 1

// The check: ./workbook check runs the same code in a JVM of its own; plain jshell runs it here.
Exercises.check("02-varargs-posts", () -> {
    savePosts(new FirstPost("Hello", "Hello body"), new FirstPost("Varargs", "Any number of arguments"),
            new FirstPost("Records", "Data carriers"));
    savePosts();
    Answers.save("no-posts", List.of("returned"));
    Workbook.sql("SELECT * FROM first_post");
});
/exit
