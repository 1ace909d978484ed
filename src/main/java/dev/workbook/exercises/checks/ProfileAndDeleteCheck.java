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

@Tag("10-profile-and-delete")
@DisplayName("10-profile-and-delete: Linus's profile, then Linus, deleted in the right order")
class ProfileAndDeleteCheck {
    @Test
    @Order(1)
    @DisplayName("only Ada is left in author")
    void onlyAda() {
        assertEquals(List.of("Ada"), Db.column("SELECT name FROM author ORDER BY id"), "The authors are exactly: Ada.");
    }

    @Test
    @Order(2)
    @DisplayName("Ada's profile is the only one left; Linus's went with him")
    void profiles() {
        assertEquals(List.of(row("Ada", "https://ada.example.com")),
                Db.rows("SELECT a.name, p.website FROM author_profile p LEFT JOIN author a ON a.id = p.author_id ORDER BY p.author_id"),
                "author_profile holds exactly Ada's profile (author, website).");
    }

    @Test
    @Order(3)
    @DisplayName("only Ada's two posts are left")
    void posts() {
        assertEquals(List.of(row("first-post", "Ada"), row("cafe-au-lait-a-second-post", "Ada")),
                Db.rows("SELECT p.slug, a.name FROM post p LEFT JOIN author a ON a.id = p.author_id ORDER BY p.id"),
                "post holds exactly Ada's two posts (slug, author).");
    }

    @Test
    @Order(4)
    @DisplayName("the foreign keys are still there (nothing was deleted by switching them off)")
    void foreignKeys() {
        assertEquals(List.of(new Db.ForeignKey("author_id", "author", "id")), Db.foreignKeys("post"),
                "post.author_id references author.id.");
        assertEquals(List.of(new Db.ForeignKey("author_id", "author", "id")), Db.foreignKeys("author_profile"),
                "author_profile.author_id references author.id.");
    }
}
