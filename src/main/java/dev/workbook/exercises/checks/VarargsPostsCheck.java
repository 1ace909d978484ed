package dev.workbook.exercises.checks;

import static dev.workbook.exercises.checks.Db.row;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
    @DisplayName("the table first_post exists")
    void tableExists() {
        assertTrue(Db.tableExists("first_post"), "The schema manager created the table first_post for the entity FirstPost.");
    }

    @Test
    @Order(2)
    @DisplayName("the three posts were saved, in the order they were given")
    void threePosts() {
        assertEquals(List.of(row("1", "Hello", "Hello body"), row("2", "Varargs", "Any number of arguments"),
                        row("3", "Records", "Data carriers")),
                Db.rows("SELECT id, title, body FROM first_post ORDER BY id"),
                "first_post holds exactly the three posts (id, title, body), with ids 1, 2, 3 in the order of the call.");
    }
}
