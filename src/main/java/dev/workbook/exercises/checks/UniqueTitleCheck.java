package dev.workbook.exercises.checks;

import static dev.workbook.exercises.checks.Db.row;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("13-unique-title")
@DisplayName("13-unique-title: a title already used is refused before it reaches the database")
class UniqueTitleCheck {
    @Test
    @Order(1)
    @DisplayName("post holds four posts: the chapter's three and Forms in Java, no second First post")
    void posts() {
        assertEquals(List.of("cafe-au-lait-a-second-post", "first-post", "forms-in-java", "hello-from-linus"),
                Db.column("SELECT slug FROM post ORDER BY slug"),
                "The posts (by slug) are exactly these four: the new post was saved, the duplicate was not.");
    }

    @Test
    @Order(2)
    @DisplayName("the duplicate title rendered the form again with the error Title: already used")
    void response() {
        List<String> answer = Db.answer("response");
        String response = answer.isEmpty() ? "(nothing saved)" : answer.get(0);
        assertTrue(response.startsWith("render posts/create"), "The response to the duplicate title renders the form again: " + response);
        assertTrue(response.contains("title=[Title: already used]"),
                "The form's title errors are exactly [Title: already used]: " + response);
    }
}
