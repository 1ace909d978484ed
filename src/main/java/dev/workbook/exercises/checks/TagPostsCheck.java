package dev.workbook.exercises.checks;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Exercise 16: GET /api/tags/{slug}/posts. The driver started the student's endpoint, picked the tags from the run's
 * database (the busiest one, one with a single post, one with none, and a name no tag has), called it over HTTP and saved,
 * per call: the tag, the status, whether the answer was JSON, the statements Hibernate prepared, and each post as
 * "slug: tag,tag". Expected posts and tags come from the run's own tables.
 */
@Tag("16-tag-posts")
@DisplayName("16-tag-posts: the posts of a tag, as JSON")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TagPostsCheck {
    private record Call(String tag, String status, boolean json, long statements, boolean array, List<String> posts) {
        List<String> slugs() {
            return posts.stream().map(p -> p.substring(0, p.indexOf(':'))).toList();
        }
    }

    private static Call call(String question) {
        List<String> a = Expect.answer(question, "The request for the " + question + " tag");
        String tag = value(a, "tag ");
        List<String> posts = a.stream().filter(v -> v.contains(": ")).toList();
        return new Call(tag, value(a, "status "), "true".equals(value(a, "json ")), Long.parseLong(value(a, "statements ")),
                "true".equals(value(a, "array ")), posts);
    }

    private static String value(List<String> answer, String prefix) {
        return answer.stream().filter(v -> v.startsWith(prefix)).map(v -> v.substring(prefix.length())).findFirst().orElse("");
    }

    private static List<String> expectedSlugs(String tag) {
        return Db.column("SELECT p.slug FROM post p JOIN post_tags pt ON pt.post_id = p.id JOIN tag t ON t.id = pt.tag_id"
                + " WHERE t.name = ? ORDER BY p.created DESC, p.id DESC", tag);
    }

    private static String allTags(String slug) {
        List<String> names = new ArrayList<>(Db.column("SELECT t.name FROM tag t JOIN post_tags pt ON pt.tag_id = t.id"
                + " JOIN post p ON p.id = pt.post_id WHERE p.slug = ?", slug));
        names.sort(null);
        return slug + ": " + String.join(",", names);
    }

    @Test
    @Order(1)
    @Points(2)
    @OnHiddenData
    @Part(1)
    @DisplayName("the busiest tag answers its posts, newest first, each once")
    void posts() {
        Call c = call("busiest");
        Expect.value("GET /api/tags/" + c.tag() + "/posts answers 200 OK.", "200", c.status());
        Expect.values("The posts labelled " + c.tag() + ", by slug, newest first (created desc, then id desc), each once.",
                expectedSlugs(c.tag()), c.slugs());
    }

    @Test
    @Order(2)
    @OnHiddenData
    @Part(1)
    @DisplayName("each post comes with all its tags, not only the one asked for")
    void allTheirTags() {
        Call c = call("busiest");
        Expect.that(c.status().equals("200") && !c.posts().isEmpty(), "GET /api/tags/" + c.tag() + "/posts answered "
                + c.status() + " with no posts, so there are no tags to look at yet.");
        Expect.values("Each post lists all its tags (join the tags once to filter and once, with join fetch, to load them).",
                c.slugs().stream().map(TagPostsCheck::allTags).toList(), c.posts());
    }

    @Test
    @Order(3)
    @Part(2)
    @DisplayName("the answer is a JSON array")
    void json() {
        Call c = call("busiest");
        Expect.that(c.json(), "The answer's Content-Type is application/json: answer with ctx.json(...).");
        Expect.that(c.array(), "The answer is a JSON array of posts: ctx.json(list).");
    }

    @Test
    @Order(4)
    @Part(2)
    @DisplayName("a tag that labels no post answers 200 with an empty array")
    void unusedTag() {
        Call c = call("unused");
        Expect.value("GET /api/tags/" + c.tag() + "/posts (a tag that exists but labels no post) answers 200 OK, not 404.", "200",
                c.status());
        Expect.that(c.array() && c.posts().isEmpty(), "It answers an empty array []; found: " + c.posts());
    }

    @Test
    @Order(5)
    @Part(2)
    @DisplayName("a tag that does not exist answers 404")
    void unknownTag() {
        Call c = call("unknown");
        Expect.value("GET /api/tags/no-such-tag/posts answers 404 Not Found (throw new NotFoundResponse(...)).", "404", c.status());
    }

    @Test
    @Order(6)
    @OnHiddenData
    @DisplayName("no N+1: at most 3 statements, as many for the busiest tag as for a tag with one post")
    void noNPlusOne() {
        Call busiest = call("busiest");
        Call single = call("single");
        Expect.that(busiest.status().equals("200") && single.status().equals("200"), "The endpoint must answer 200 before its"
                + " statements can be counted; it answered " + busiest.status() + " and " + single.status() + ".");
        Expect.that(busiest.statements() <= 3, "The busiest tag (" + busiest.posts().size() + " posts) took " + busiest.statements()
                + " statements; at most 3 (the tag, then the posts with authors and tags in one query).");
        Expect.value("The number of statements does not grow with the number of posts (" + single.tag() + ": 1 post, "
                + busiest.tag() + ": " + busiest.posts().size() + ").", single.statements(), busiest.statements());
    }
}
