package dev.workbook.exercises.checks;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Expected links come from the seed and the join table; expected answers from the database itself. */
@Tag("11-tag-hibernate")
@DisplayName("11-tag-hibernate: the tag hibernate on Ada's posts, and an author's tags in one query")
class TagHibernateCheck {
    private static final String TAGS_OF = "SELECT DISTINCT t.name FROM post p JOIN author a ON a.id = p.author_id"
            + " JOIN post_tags pt ON pt.post_id = p.id JOIN tag t ON t.id = pt.tag_id WHERE a.name = ? ORDER BY t.name";

    @Test
    @Order(1)
    @OnHiddenData
    @Part(1)
    @DisplayName("there is one tag named hibernate")
    void tagExists() {
        Expect.value("The tag table has exactly one row named hibernate.", 1L, Db.count("SELECT COUNT(*) FROM tag WHERE name = 'hibernate'"));
    }

    @Test
    @Order(2)
    @Points(2)
    @OnHiddenData
    @Part(1)
    @DisplayName("post_tags links hibernate to each of Ada's posts and to nothing else")
    void joinRows() {
        Expect.values("The join table post_tags links hibernate with each of Ada's posts (by slug), and with no other post.",
                Db.column("SELECT p.slug FROM post p JOIN author a ON a.id = p.author_id WHERE a.name = 'Ada' ORDER BY p.slug"),
                Db.column("SELECT p.slug FROM post_tags pt JOIN post p ON p.id = pt.post_id JOIN tag t ON t.id = pt.tag_id"
                        + " WHERE t.name = 'hibernate' ORDER BY p.slug"));
    }

    @Test
    @Order(3)
    @OnHiddenData
    @Part(1)
    @DisplayName("the other tag links are untouched")
    void otherLinksKept() {
        Expect.rows("Apart from hibernate's, post_tags holds exactly the links it had.", List.of("post_id", "tag_id"),
                Db.seed().table("post_tags").text("post_id", "tag_id"),
                Db.rows("SELECT pt.post_id, pt.tag_id FROM post_tags pt JOIN tag t ON t.id = pt.tag_id WHERE t.name <> 'hibernate'"
                        + " ORDER BY pt.post_id, pt.tag_id"));
    }

    @Test
    @Order(4)
    @Points(2)
    @OnHiddenData
    @Part(2)
    @DisplayName("tagsOf(session, \"Ada\") returned each tag of Ada's posts once (java, sql and hibernate on the chapter's blog)")
    void tagsOfAda() {
        Expect.values("The names of the tags your query returned for Ada (sorted) are the tags of her posts, each once.",
                Db.column(TAGS_OF, "Ada"), Expect.answer("tags-of-ada", "tagsOf(session, \"Ada\")"));
    }

    @Test
    @Order(5)
    @Hidden
    @OnHiddenData
    @Part(2)
    @DisplayName("tagsOf works for another author")
    void tagsOfLinus() {
        Expect.values("The tags your query returned for Linus are the tags of his posts, each once.",
                Db.column(TAGS_OF, "Linus"), Expect.answer("tags-of-linus", "tagsOf(session, \"Linus\")"));
    }
}
