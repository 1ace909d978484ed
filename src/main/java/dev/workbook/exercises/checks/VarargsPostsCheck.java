package dev.workbook.exercises.checks;

import static dev.workbook.exercises.checks.Db.row;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("02-varargs-posts")
@DisplayName("02-varargs-posts: any number of posts, saved by one varargs method")
class VarargsPostsCheck {
    @Test
    @Order(1)
    @Points(2)
    @DisplayName("the three posts were saved, in the order they were given")
    void threePosts() {
        Expect.rows("first_post holds exactly the three posts, with ids 1, 2, 3 in the order of the call.", List.of("id", "title", "body"),
                List.of(row("1", "Hello", "Hello body"), row("2", "Varargs", "Any number of arguments"), row("3", "Records", "Data carriers")),
                Db.rows("SELECT id, title, body FROM first_post ORDER BY id"));
    }

    @Test
    @Order(2)
    @DisplayName("savePosts() with no post at all saves nothing and does not fail")
    void noPosts() {
        Expect.answer("no-posts", "savePosts() with no post");
    }
}
