package dev.workbook.exercises.checks;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("12-join-fetch")
@DisplayName("12-join-fetch: every tag with its posts, naive (N+1) and in one statement")
class JoinFetchCheck {
    /** "tag: [title, title]" per tag, tags and titles sorted, as the driver saves it; built from the join table. */
    private static List<String> expected() {
        Map<String, List<String>> byTag = new LinkedHashMap<>();
        for (List<String> r : Db.rows("SELECT t.name, p.title FROM tag t LEFT JOIN post_tags pt ON pt.tag_id = t.id"
                + " LEFT JOIN post p ON p.id = pt.post_id ORDER BY t.name, p.title")) {
            List<String> titles = byTag.computeIfAbsent(r.get(0), k -> new ArrayList<>());
            if (!r.get(1).equals("NULL")) {
                titles.add(r.get(1));
            }
        }
        return byTag.entrySet().stream().map(e -> e.getKey() + ": " + e.getValue()).toList();
    }

    @Test
    @Order(1)
    @OnHiddenData
    @Part(1)
    @DisplayName("the naive version returned every tag with the titles of its posts")
    void naiveResult() {
        Expect.values("Naive: each tag (by name) with the sorted titles of its posts, as post_tags links them.", expected(),
                Expect.answer("naive", "titlesByTagNaive()"));
    }

    @Test
    @Order(2)
    @OnHiddenData
    @Part(2)
    @DisplayName("the join fetch version returned the same")
    void joinedResult() {
        Expect.values("Join fetch: each tag (by name) with the sorted titles of its posts, as post_tags links them.", expected(),
                Expect.answer("join-fetch", "titlesByTagJoined()"));
    }

    @Test
    @Order(3)
    @Points(2)
    @OnHiddenData
    @DisplayName("naive takes 1 + one statement per tag; join fetch takes one")
    void statementCounts() {
        long tags = Db.count("SELECT COUNT(*) FROM tag");
        Expect.values("Statements counted by Hibernate's statistics: naive = 1 + " + tags + " tags, join fetch = 1.",
                List.of(Long.toString(1 + tags), "1"), Expect.answer("statements", "the two versions"));
    }
}
