package dev.workbook.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.workbook.json.Json;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Every endpoint of chapter 16's JSON resource over real HTTP, on the app the chapter starts: status codes, Location,
 * the JSON, the rows in post, tag and post_tags, and the number of statements a page of the list costs.
 */
class PostsApiTest {
    static ChapterApp app;
    WebClient client;

    @BeforeAll
    static void startChapterApp() {
        app = ChapterApp.of("16", "posts-api");
    }

    @BeforeEach
    void newClient() {
        client = new WebClient(app.base());
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> object(HttpResponse<String> r) {
        assertThat(r.headers().firstValue("Content-Type").orElse("")).as(r.body()).startsWith("application/json");
        return Json.parseObject(r.body());
    }

    /** Creates a post through the API and returns its slug. */
    String create(String title, String... tags) {
        String json = Json.compact(Map.of("title", title, "body", "Body of " + title, "author", "Ada", "tags", List.of(tags)));
        HttpResponse<String> r = client.json("POST", "/api/posts", json);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        return (String) object(r).get("slug");
    }

    static String uniqueTitle() {
        return "Api post " + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    @DisplayName("GET /api/posts pages the posts newest first with author and tags; ?page= beyond the end is empty")
    @SuppressWarnings("unchecked")
    void listPages() {
        Map<String, Object> first = object(client.get("/api/posts"));
        long total = Long.parseLong(app.one("SELECT COUNT(*) FROM post"));
        assertThat(first).containsEntry("page", 1L).containsEntry("pageSize", 5L).containsEntry("total", total)
                .containsEntry("pages", (total + 4) / 5);
        List<Map<String, Object>> items = (List<Map<String, Object>>) first.get("items");
        assertThat(items).extracting(i -> i.get("slug")).containsExactlyElementsOf(
                app.rows("SELECT slug FROM post ORDER BY created DESC, id DESC LIMIT 5"));
        Map<String, Object> firstPost = items.stream().filter(i -> i.get("slug").equals("first-post")).findFirst().orElseThrow();
        assertThat(firstPost).containsEntry("title", "First post").containsEntry("author", "Ada")
                .containsEntry("tags", List.of("java", "sql"));
        assertThat((String) firstPost.get("created")).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d");

        Map<String, Object> second = object(client.get("/api/posts?page=2"));
        assertThat((List<Map<String, Object>>) second.get("items")).extracting(i -> i.get("slug")).containsExactlyElementsOf(
                app.rows("SELECT slug FROM post ORDER BY created DESC, id DESC LIMIT 5 OFFSET 5"));
        assertThat((List<?>) object(client.get("/api/posts?page=99")).get("items")).isEmpty();
    }

    @Test
    @DisplayName("?page=0 and ?page=two are 400 with the message under 'page'")
    void badPageIs400() {
        HttpResponse<String> zero = client.get("/api/posts?page=0");
        assertThat(zero.statusCode()).isEqualTo(400);
        assertThat(object(zero)).containsEntry("errors", Map.of("page", List.of("page starts at 1")));
        HttpResponse<String> two = client.get("/api/posts?page=two");
        assertThat(two.statusCode()).isEqualTo(400);
        assertThat(object(two)).containsEntry("errors", Map.of("page", List.of("not a whole number: two")));
    }

    @Test
    @DisplayName("a page of the list costs 3 statements however many posts and tags there are (no N+1)")
    void listHasNoNPlusOne() {
        for (int i = 0; i < 6; i++) {
            create(uniqueTitle(), "t" + i, "java");
        }
        for (String page : List.of("1", "2", "3")) {
            app.session.eval("sf.getStatistics().clear()");
            assertThat(client.get("/api/posts?page=" + page).statusCode()).isEqualTo(200);
            assertThat(app.session.eval("sf.getStatistics().getPrepareStatementCount()"))
                    .as("statements for page " + page).isEqualTo("3");
        }
    }

    @Test
    @DisplayName("GET /api/posts/{slug} is 200 with the post, 404 with a problem for an unknown slug")
    void getOne() {
        HttpResponse<String> found = client.get("/api/posts/first-post");
        assertThat(found.statusCode()).isEqualTo(200);
        assertThat(object(found)).containsEntry("slug", "first-post").containsEntry("body", "First post body");
        HttpResponse<String> missing = client.get("/api/posts/no-such-post");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(object(missing)).containsEntry("status", 404L).containsEntry("title", "No post 'no-such-post'");
    }

    @Test
    @DisplayName("POST /api/posts is 201 with Location and the post; the rows and new tags are stored")
    void createIs201WithLocation() {
        String title = uniqueTitle();
        String json = Json.compact(Map.of("title", title, "body", "b", "author", "Linus", "tags", List.of("sql", "brand-new")));
        HttpResponse<String> r = client.json("POST", "/api/posts", json);
        assertThat(r.statusCode()).isEqualTo(201);
        Map<String, Object> body = object(r);
        String slug = (String) body.get("slug");
        assertThat(WebClient.location(r)).isEqualTo("/api/posts/" + slug);
        assertThat(body).containsEntry("title", title).containsEntry("author", "Linus").containsEntry("tags", List.of("brand-new", "sql"));
        assertThat(app.one("SELECT p.title, a.name, GROUP_CONCAT(t.name ORDER BY t.name) FROM post p JOIN author a ON a.id = p.author_id "
                + "JOIN post_tags pt ON pt.post_id = p.id JOIN tag t ON t.id = pt.tag_id WHERE p.slug = '" + slug + "' GROUP BY p.id"))
                .isEqualTo(title + " | Linus | brand-new,sql");
        assertThat(client.get(WebClient.location(r)).statusCode()).isEqualTo(200);
    }

    @Test
    @DisplayName("POST with broken rules is 422 with messages by field; with bad JSON or an unknown field 400; nothing is stored")
    void invalidCreate() {
        String before = app.one("SELECT COUNT(*) FROM post");
        HttpResponse<String> invalid = client.json("POST", "/api/posts",
                "{\"title\": \" \", \"body\": \"\", \"author\": \"Ada\", \"tags\": [\"Java!\", \"ok\"]}");
        assertThat(invalid.statusCode()).isEqualTo(422);
        assertThat(object(invalid)).containsEntry("errors", Map.of("title", List.of("Title is required"),
                "body", List.of("Write something"), "tags", List.of("Tags: lower-case letters, digits and '-'")));
        HttpResponse<String> noAuthor = client.json("POST", "/api/posts", "{\"title\": \"Orphan\", \"body\": \"x\", \"author\": \"Nobody\"}");
        assertThat(noAuthor.statusCode()).isEqualTo(422);
        HttpResponse<String> broken = client.json("POST", "/api/posts", "{\"title\": \"Oops\", ");
        assertThat(broken.statusCode()).isEqualTo(400);
        assertThat((String) object(broken).get("title")).contains("not valid JSON", "line 1");
        HttpResponse<String> misspelt = client.json("POST", "/api/posts", "{\"titel\": \"x\", \"body\": \"x\", \"author\": \"Ada\"}");
        assertThat(misspelt.statusCode()).isEqualTo(400);
        assertThat((String) object(misspelt).get("title")).contains("titel").doesNotContain("$JShell$");
        assertThat(client.json("POST", "/api/posts", "null").statusCode()).isEqualTo(400);
        assertThat(app.one("SELECT COUNT(*) FROM post")).isEqualTo(before);
    }

    @Test
    @DisplayName("POST with a title whose slug exists is 409 Conflict and stores nothing")
    void duplicateSlugIs409() {
        HttpResponse<String> r = client.json("POST", "/api/posts", "{\"title\": \"First post\", \"body\": \"again\", \"author\": \"Ada\"}");
        assertThat(r.statusCode()).isEqualTo(409);
        assertThat(object(r)).containsEntry("errors", Map.of("title", List.of("Title: already used")));
        assertThat(app.one("SELECT COUNT(*) FROM post WHERE slug = 'first-post'")).isEqualTo("1");
    }

    @Test
    @DisplayName("PUT /api/posts/{slug} replaces title, body and tags and keeps the slug; 404 unknown, 422 invalid")
    void update() {
        String slug = create(uniqueTitle(), "java", "sql");
        HttpResponse<String> r = client.json("PUT", "/api/posts/" + slug,
                "{\"title\": \"Renamed\", \"body\": \"New body\", \"author\": \"Ada\", \"tags\": [\"web\"]}");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(object(r)).containsEntry("slug", slug).containsEntry("title", "Renamed").containsEntry("tags", List.of("web"));
        assertThat(app.one("SELECT p.title, p.body, GROUP_CONCAT(t.name) FROM post p JOIN post_tags pt ON pt.post_id = p.id "
                + "JOIN tag t ON t.id = pt.tag_id WHERE p.slug = '" + slug + "' GROUP BY p.id")).isEqualTo("Renamed | New body | web");
        assertThat(client.json("PUT", "/api/posts/no-such-post", "{\"title\": \"x\", \"body\": \"x\", \"author\": \"Ada\"}")
                .statusCode()).isEqualTo(404);
        HttpResponse<String> invalid = client.json("PUT", "/api/posts/" + slug, "{\"title\": \"\", \"body\": \"x\", \"author\": \"Ada\"}");
        assertThat(invalid.statusCode()).isEqualTo(422);
        assertThat(app.one("SELECT title FROM post WHERE slug = '" + slug + "'")).isEqualTo("Renamed");
    }

    @Test
    @DisplayName("DELETE /api/posts/{slug} is 204 and removes the post and its post_tags rows; then 404")
    void delete() {
        String slug = create(uniqueTitle(), "java", "doomed-tag");
        String id = app.one("SELECT id FROM post WHERE slug = '" + slug + "'");
        HttpResponse<String> r = client.send("DELETE", "/api/posts/" + slug, null, null);
        assertThat(r.statusCode()).isEqualTo(204);
        assertThat(r.body()).isEmpty();
        assertThat(app.one("SELECT (SELECT COUNT(*) FROM post WHERE id = " + id + "), (SELECT COUNT(*) FROM post_tags WHERE post_id = " + id + ")"))
                .isEqualTo("0 | 0");
        assertThat(client.get("/api/posts/" + slug).statusCode()).isEqualTo(404);
        assertThat(client.send("DELETE", "/api/posts/" + slug, null, null).statusCode()).isEqualTo(404);
    }

    @Test
    @DisplayName("GET /api/tags lists every tag with its number of posts; a method the path lacks is 405")
    @SuppressWarnings("unchecked")
    void tags() {
        HttpResponse<String> r = client.get("/api/tags");
        assertThat(r.statusCode()).isEqualTo(200);
        List<Map<String, Object>> tags = (List<Map<String, Object>>) Json.parse(r.body());
        assertThat(tags).extracting(t -> t.get("name") + "=" + t.get("posts")).containsExactlyElementsOf(
                app.rows("SELECT CONCAT(t.name, '=', COUNT(pt.post_id)) FROM tag t LEFT JOIN post_tags pt ON pt.tag_id = t.id "
                        + "GROUP BY t.name ORDER BY t.name"));
        HttpResponse<String> patch = client.send("PATCH", "/api/tags", null, null);
        assertThat(patch.statusCode()).isEqualTo(405);
        assertThat(object(patch)).containsEntry("status", 405L);
    }
}
