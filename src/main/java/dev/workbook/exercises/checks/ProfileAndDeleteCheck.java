package dev.workbook.exercises.checks;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** What must be left is computed from the seed: everything but Linus, his posts and his (new) profile. */
@Tag("10-profile-and-delete")
@DisplayName("10-profile-and-delete: Linus's profile, then Linus, deleted in the right order")
class ProfileAndDeleteCheck {
    private static Set<String> linusIds() {
        return Db.seed().table("author").text("id", "name").stream().filter(r -> r.get(1).equals("Linus")).map(r -> r.get(0))
                .collect(Collectors.toSet());
    }

    @Test
    @Order(1)
    @OnHiddenData
    @Part(1)
    @DisplayName("giveLinusAProfile() gave Linus the profile https://linus.example.com")
    void profileCreated() {
        Expect.values("Right after giveLinusAProfile(), Linus's profile (its website) was there.", List.of("https://linus.example.com"),
                Expect.answer("linus-profile", "giveLinusAProfile()"));
    }

    @Test
    @Order(2)
    @Points(2)
    @OnHiddenData
    @Part(2)
    @DisplayName("only Linus left author; every other author is still there")
    void onlyLinusGone() {
        Expect.rows("The authors are everybody but Linus.", List.of("id", "name"),
                Db.seed().table("author").text("id", "name").stream().filter(r -> !r.get(1).equals("Linus")).toList(),
                Db.rows("SELECT id, name FROM author ORDER BY id"));
    }

    @Test
    @Order(3)
    @OnHiddenData
    @Part(2)
    @DisplayName("the other authors' profiles are still there; Linus's went with him")
    void profiles() {
        Expect.rows("author_profile holds the profiles of the other authors, as they were.", List.of("author_id", "website"),
                Db.seed().table("author_profile").text("author_id", "website"),
                Db.rows("SELECT author_id, website FROM author_profile ORDER BY author_id"));
    }

    @Test
    @Order(4)
    @Points(2)
    @OnHiddenData
    @Part(2)
    @DisplayName("every post of Linus's is gone, and only those")
    void posts() {
        Set<String> linus = linusIds();
        Expect.rows("post holds the other authors' posts, and none of Linus's.", List.of("slug", "author_id"),
                Db.seed().table("post").text("slug", "author_id").stream().filter(r -> !linus.contains(r.get(1))).toList(),
                Db.rows("SELECT slug, author_id FROM post ORDER BY id"));
    }

    @Test
    @Order(5)
    @DisplayName("the foreign keys are still there (nothing was deleted by switching them off)")
    void foreignKeys() {
        Expect.values("post.author_id references author.id.", List.of("author_id -> author.id"),
                Db.foreignKeys("post").stream().map(Db.ForeignKey::toString).toList());
        Expect.values("author_profile.author_id references author.id.", List.of("author_id -> author.id"),
                Db.foreignKeys("author_profile").stream().map(Db.ForeignKey::toString).toList());
    }
}
