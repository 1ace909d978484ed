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

@Tag("11-tag-hibernate")
@DisplayName("11-tag-hibernate: the tag hibernate on Ada's posts, and an author's tags in one query")
class TagHibernateCheck {
    @Test
    @Order(1)
    @DisplayName("there is one tag named hibernate")
    void tagExists() {
        assertEquals(1, Db.count("SELECT COUNT(*) FROM tag WHERE name = 'hibernate'"), "The tag table has exactly one row named hibernate.");
    }

    @Test
    @Order(2)
    @DisplayName("post_tags links hibernate to Ada's two posts and to nothing else")
    void joinRows() {
        assertEquals(List.of("cafe-au-lait-a-second-post", "first-post"),
                Db.column("SELECT p.slug FROM post_tags pt JOIN post p ON p.id = pt.post_id JOIN tag t ON t.id = pt.tag_id"
                        + " WHERE t.name = 'hibernate' ORDER BY p.slug"),
                "The join table post_tags has a row for hibernate with each of Ada's posts (by slug), and none for Linus's.");
        assertEquals(5, Db.count("SELECT COUNT(*) FROM post_tags pt JOIN tag t ON t.id = pt.tag_id WHERE t.name <> 'hibernate'"),
                "The chapter's five other tag links are untouched: none added or removed.");
    }

    @Test
    @Order(3)
    @DisplayName("tagsOf(session, \"Ada\") returned java, sql and hibernate, each once")
    void tagsOfAda() {
        List<String> fromDb = Db.column("SELECT DISTINCT t.name FROM post p JOIN author a ON a.id = p.author_id"
                + " JOIN post_tags pt ON pt.post_id = p.id JOIN tag t ON t.id = pt.tag_id WHERE a.name = 'Ada' ORDER BY t.name");
        assertEquals(List.of("hibernate", "java", "sql"), fromDb, "The database's own answer is hibernate, java, sql.");
        assertEquals(fromDb, Db.answer("tags-of-ada"), "The names of the tags your query returned (sorted) are the distinct tags of Ada's posts.");
    }
}
