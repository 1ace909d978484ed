package dev.workbook.exercises.checks;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("13-unique-title")
@DisplayName("13-unique-title: a title already used is refused before it reaches the database")
class UniqueTitleCheck {
    private static String response(String question, String what) {
        List<String> answer = Expect.answer(question, what);
        return answer.isEmpty() ? "(nothing)" : answer.get(0);
    }

    @Test
    @Order(1)
    @Points(2)
    @OnHiddenData
    @DisplayName("post holds the posts it had and Forms in Java, no second First post")
    void posts() {
        List<String> expected = new ArrayList<>(Db.seed().table("post").column("slug"));
        expected.add("forms-in-java");
        expected.sort(null);
        Expect.values("The posts (by slug) are the ones there were plus forms-in-java: the new post was saved, the duplicates were not.",
                expected, Db.column("SELECT slug FROM post ORDER BY slug"));
    }

    @Test
    @Order(2)
    @Points(2)
    @OnHiddenData
    @Part(1)
    @DisplayName("the title First post rendered the form again with the error Title: already used")
    void response() {
        String r = response("response", "createPost with the title \"First post\"");
        Expect.that(r.startsWith("render posts/create"), "The answer to a used title renders the form again; it was: " + r);
        Expect.that(r.contains("title=[Title: already used]"), "The form's title errors are exactly [Title: already used]; it was: " + r);
    }

    @Test
    @Order(3)
    @OnHiddenData
    @Part(1)
    @DisplayName("another post's title, in capitals, is refused the same way (its slug is taken)")
    void sameSlug() {
        String r = response("response-2", "createPost with another post's title in capitals");
        Expect.that(r.contains("title=[Title: already used]"), "A title whose slug is taken is refused, whatever its letters' case"
                + " (compare slugs with Blog.Post.slugify, not titles); it was: " + r);
    }

    @Test
    @Order(4)
    @Hidden
    @Part(1)
    @DisplayName("a blank title gets only the validator's error")
    void blankTitle() {
        String r = response("blank-response", "createPost with a blank title");
        Expect.that(r.contains("title=[Title is required]"), "A blank title is reported by the validator alone; it was: " + r);
    }
}
