package dev.workbook.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Every route of chapter 15's app, over real HTTP, on the app the chapter itself starts (as {@code workbook web}
 * does) and a real database: status codes, redirects, what the pages show, and the rows behind them.
 */
class StudentAppTest {
    static ChapterApp app;
    WebClient browser;

    @BeforeAll
    static void startChapterApp() {
        app = ChapterApp.of("15", "students");
    }

    @org.junit.jupiter.api.BeforeEach
    void newBrowser() {
        browser = new WebClient(app.base());
    }

    /** A student created through the form, with a unique email; returns its id. */
    long createStudent(String firstname) {
        HttpResponse<String> r = browser.submit("/students/create", "/students/create",
                form(firstname, "Tester", unique() + "@example.com", "30", "made by a test"));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(303);
        return Long.parseLong(WebClient.location(r).replace("/students/", ""));
    }

    static Map<String, String> form(String first, String last, String email, String age, String bio) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("firstname", first);
        f.put("lastname", last);
        f.put("email", email);
        f.put("age", age);
        f.put("bio", bio);
        return f;
    }

    static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    @DisplayName("/ redirects to the index, which lists every student newest first from the base template")
    void indexListsStudentsNewestFirst() {
        HttpResponse<String> root = browser.get("/");
        assertThat(root.statusCode()).isEqualTo(302);
        assertThat(WebClient.location(root)).isEqualTo("/students");
        long newest = createStudent("Newest");

        String html = browser.get("/students").body();
        assertThat(html).contains("<title>Students · workbook</title>", "href=\"/static/style.css\"");
        List<String> idsOnPage = java.util.regex.Pattern.compile("<tr id=\"student-(\\d+)\">").matcher(html).results()
                .map(m -> m.group(1)).toList();
        assertThat(idsOnPage).as("the page lists the rows in the database's newest-first order")
                .containsExactlyElementsOf(app.rows("SELECT id FROM student ORDER BY created_at DESC, id DESC"));
        assertThat(idsOnPage.get(0)).isEqualTo(Long.toString(newest));
    }

    @Test
    @DisplayName("a student's page shows the row; an unknown id is 404, a non-numeric one 400")
    void pagePerStudent() {
        HttpResponse<String> sammy = browser.get("/students/1");
        assertThat(sammy.statusCode()).isEqualTo(200);
        assertThat(sammy.body()).contains("<h1>Sammy Shark</h1>", "<dd id=\"email\">sammyshark@example.com</dd>",
                "action=\"/students/1/delete\"", "href=\"/students/1/edit\"");
        HttpResponse<String> missing = browser.get("/students/987654");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.body()).contains("No student with id 987654");
        assertThat(browser.get("/students/abc").statusCode()).isEqualTo(400);
    }

    @Test
    @DisplayName("create: GET shows an empty form with a token; a valid POST saves the row and answers 303 to its page")
    void createRedirectsToTheNewStudent() {
        HttpResponse<String> page = browser.get("/students/create");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("<h1>Add a student</h1>", "action=\"/students/create\"", "value=\"\"");
        String email = unique() + "@example.com";
        HttpResponse<String> r = browser.post("/students/create", withToken(page.body(),
                form("Grace", "Hopper", email, "85", "Compilers")));
        assertThat(r.statusCode()).isEqualTo(303);
        String id = app.one("SELECT id FROM student WHERE email = '" + email + "'");
        assertThat(WebClient.location(r)).isEqualTo("/students/" + id);
        assertThat(app.one("SELECT firstname, lastname, age, bio FROM student WHERE id = " + id))
                .isEqualTo("Grace | Hopper | 85 | Compilers");
        assertThat(browser.get("/students/" + id).body()).contains("<h1>Grace Hopper</h1>");
    }

    @Test
    @DisplayName("create: an invalid POST answers 422 with each message next to its field and the typed values, and saves nothing")
    void invalidCreateShowsFieldErrors() {
        String before = app.one("SELECT COUNT(*) FROM student");
        HttpResponse<String> r = browser.submit("/students/create", "/students/create",
                form("", "Lovelace", "carlwhite@example.com", "twenty", "x"));
        assertThat(r.statusCode()).isEqualTo(422);
        assertThat(r.body()).contains("<span class=\"error\" id=\"firstname-error\">First name is required</span>",
                "<span class=\"error\" id=\"email-error\">Email: already used by another student</span>",
                "<span class=\"error\" id=\"age-error\">Age: a whole number, or nothing</span>",
                "value=\"Lovelace\"", "value=\"twenty\"");
        assertThat(r.body()).doesNotContain("id=\"lastname-error\"");
        HttpResponse<String> badEmail = browser.submit("/students/create", "/students/create",
                form("Ada", "Lovelace", "not-an-email", "", ""));
        assertThat(badEmail.body()).contains("Email: not an email address");
        assertThat(app.one("SELECT COUNT(*) FROM student")).isEqualTo(before);
    }

    @Test
    @DisplayName("edit: GET pre-fills the stored values; POST saves and redirects; an invalid POST changes nothing")
    void editIsPreFilled() {
        long id = createStudent("Edith");
        String email = app.one("SELECT email FROM student WHERE id = " + id);
        HttpResponse<String> page = browser.get("/students/" + id + "/edit");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("value=\"Edith\"", "value=\"Tester\"", "value=\"" + email + "\"", "value=\"30\"",
                "action=\"/students/" + id + "/edit\"");

        HttpResponse<String> saved = browser.post("/students/" + id + "/edit",
                withToken(page.body(), form("Edith", "Clarke", email, "", "Engineer")));
        assertThat(saved.statusCode()).isEqualTo(303);
        assertThat(WebClient.location(saved)).isEqualTo("/students/" + id);
        assertThat(app.one("SELECT lastname, age, bio FROM student WHERE id = " + id)).isEqualTo("Clarke | NULL | Engineer");

        HttpResponse<String> invalid = browser.post("/students/" + id + "/edit",
                withToken(page.body(), form("", "Clarke", email, "", "")));
        assertThat(invalid.statusCode()).isEqualTo(422);
        assertThat(app.one("SELECT firstname FROM student WHERE id = " + id)).isEqualTo("Edith");
        assertThat(browser.get("/students/987654/edit").statusCode()).isEqualTo(404);
    }

    @Test
    @DisplayName("delete: POST removes the row and redirects to the index; GET is 405 and removes nothing")
    void deleteIsPostOnly() {
        long id = createStudent("Doomed");
        HttpResponse<String> viaGet = browser.get("/students/" + id + "/delete");
        assertThat(viaGet.statusCode()).isEqualTo(405);
        assertThat(app.one("SELECT COUNT(*) FROM student WHERE id = " + id)).isEqualTo("1");

        String token = WebClient.csrfToken(browser.get("/students/" + id).body());
        HttpResponse<String> deleted = browser.post("/students/" + id + "/delete", Map.of("csrf_token", token));
        assertThat(deleted.statusCode()).isEqualTo(303);
        assertThat(WebClient.location(deleted)).isEqualTo("/students");
        assertThat(app.one("SELECT COUNT(*) FROM student WHERE id = " + id)).isEqualTo("0");
        assertThat(browser.post("/students/" + id + "/delete", Map.of("csrf_token", token)).statusCode()).isEqualTo(404);
    }

    @Test
    @DisplayName("static files are served from the static folder; a wrong method on a known path is 405")
    void staticFilesAndMethods() {
        HttpResponse<String> css = browser.get("/static/style.css");
        assertThat(css.statusCode()).isEqualTo(200);
        assertThat(css.headers().firstValue("Content-Type").orElse("")).startsWith("text/css");
        assertThat(css.body()).contains(".error");
        assertThat(browser.get("/static/missing.css").statusCode()).isEqualTo(404);
        assertThat(browser.send("PUT", "/students", "text/plain", "x").statusCode()).isEqualTo(405);
    }

    @Test
    @DisplayName("the posts blueprint: list newest first under /posts, the create form is not shadowed by /{slug}, a post's page, 404")
    void postsBlueprint() {
        String list = browser.get("/posts").body();
        List<String> slugs = java.util.regex.Pattern.compile("<li><a href=\"/posts/([a-z0-9-]+)\">").matcher(list).results()
                .map(m -> m.group(1)).toList();
        assertThat(slugs).containsExactlyElementsOf(app.rows("SELECT slug FROM post ORDER BY created DESC, id DESC"));
        HttpResponse<String> create = browser.get("/posts/create");
        assertThat(create.statusCode()).as("the literal /posts/create wins over /posts/{slug}").isEqualTo(200);
        assertThat(create.body()).contains("<h1>Write a post</h1>");
        HttpResponse<String> first = browser.get("/posts/first-post");
        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(first.body()).contains("<h1>First post</h1>", "by Ada", "#java", "#sql");
        assertThat(browser.get("/posts/no-such-post").statusCode()).isEqualTo(404);
    }

    @Test
    @DisplayName("the blueprint's form: a valid post is saved with its tags and redirected to; a duplicate title is 422")
    void postsBlueprintForm() {
        String title = "Post " + unique();
        HttpResponse<String> r = browser.submit("/posts/create", "/posts/create",
                Map.of("title", title, "body", "Body text", "tags", "java, testing"));
        assertThat(r.statusCode()).isEqualTo(303);
        String slug = WebClient.location(r).replace("/posts/", "");
        assertThat(app.one("SELECT p.title, GROUP_CONCAT(t.name ORDER BY t.name) FROM post p JOIN post_tags pt ON pt.post_id = p.id "
                + "JOIN tag t ON t.id = pt.tag_id WHERE p.slug = '" + slug + "' GROUP BY p.id")).isEqualTo(title + " | java,testing");

        HttpResponse<String> again = browser.submit("/posts/create", "/posts/create",
                Map.of("title", "First post", "body", "again", "tags", "Java!"));
        assertThat(again.statusCode()).isEqualTo(422);
        assertThat(again.body()).contains("Title: already used", "Tags: lower-case words separated by commas", "value=\"First post\"");
        assertThat(app.one("SELECT COUNT(*) FROM post WHERE slug = 'first-post'")).isEqualTo("1");
    }

    private static Map<String, String> withToken(String formPage, Map<String, String> fields) {
        Map<String, String> all = new LinkedHashMap<>();
        all.put("csrf_token", WebClient.csrfToken(formPage));
        all.putAll(fields);
        return all;
    }
}
