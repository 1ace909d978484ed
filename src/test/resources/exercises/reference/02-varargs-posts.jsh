// REFERENCE SOLUTION, used by the tests only (never in the jar or in notebooks/): the stub with its TODOs done.
// Exercise 02-varargs-posts: Any number of posts: varargs instead of *args
// The task is at the end of chapter 02-java-for-python (notebooks/02-java-for-python.ipynb). Edit this file where it says TODO,
// then check it against a real database in one step:
//   ./workbook check 02-varargs-posts
// The check runs this script in a throwaway database and looks at what it leaves there (tables, rows), not at what it prints.
// Hints: ./workbook exercises hint 02-varargs-posts      Start again: git checkout -- notebooks/exercises/02-varargs-posts.jsh

import dev.workbook.Workbook;
import jakarta.persistence.*;
import org.hibernate.SessionFactory;
import org.hibernate.tool.schema.Action;

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

void savePosts(FirstPost... posts) {
    // TODO: persist every post it is given, all in one transaction (sf.inTransaction).
    sf.inTransaction(session -> {
        for (FirstPost p : posts) {
            session.persist(p);
        }
    });
}

// TODO: pass the three posts, in this order: ("Hello", "Hello body"), ("Varargs", "Any number of arguments"),
//       ("Records", "Data carriers").
savePosts(new FirstPost("Hello", "Hello body"), new FirstPost("Varargs", "Any number of arguments"),
        new FirstPost("Records", "Data carriers"));

Workbook.sql("SELECT * FROM first_post");
/exit
