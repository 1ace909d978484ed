package dev.workbook.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.workbook.testing.Browser;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;

/** Stored cross-site scripting: what a student typed is stored as typed, and every page shows it as text, never runs it. */
class XssTest {
    static final String SCRIPT = "<script>window.xssRan = true</script>";
    static final String IMG = "<img src=x onerror=\"window.xssRan = true\">";
    static ChapterApp app;
    static long id;

    @BeforeAll
    static void storeAScript() {
        app = ChapterApp.of("15", "students");
        Map<String, String> f = new LinkedHashMap<>();
        f.put("firstname", SCRIPT);
        f.put("lastname", "Tables");
        f.put("email", "bobby-" + System.nanoTime() + "@example.com");
        f.put("age", "");
        f.put("bio", IMG);
        HttpResponse<String> r = new WebClient(app.base()).submit("/students/create", "/students/create", f);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(303);
        id = Long.parseLong(WebClient.location(r).replace("/students/", ""));
    }

    @Test
    @DisplayName("the database keeps the text as typed; the index, the student's page and the edit form escape it")
    void pagesEscapeStoredMarkup() {
        assertThat(app.one("SELECT firstname, bio FROM student WHERE id = " + id)).isEqualTo(SCRIPT + " | " + IMG);
        WebClient browser = new WebClient(app.base());
        for (String path : new String[] {"/students", "/students/" + id, "/students/" + id + "/edit"}) {
            String html = browser.get(path).body();
            assertThat(html).as(path).doesNotContain(SCRIPT).doesNotContain("<img src=x")
                    .contains("&lt;script&gt;window.xssRan = true&lt;/script&gt;");
        }
        assertThat(browser.get("/students/" + id).body()).contains("&lt;img src=x onerror=&quot;window.xssRan = true&quot;&gt;");
    }

    @Test
    @DisplayName("in a real browser the script does not run and the name is shown as text")
    void browserShowsTextAndRunsNothing() {
        try (Browser browser = Browser.start()) {
            for (String path : new String[] {"/students", "/students/" + id}) {
                browser.open(app.url(path));
                Object ran = ((JavascriptExecutor) browser.driver()).executeScript("return window.xssRan === true;");
                assertThat(ran).as("window.xssRan after loading " + path).isEqualTo(false);
                assertThat(browser.visibleText()).as(path).contains(SCRIPT);
            }
            browser.screenshot("web-15-xss-shown-as-text");
        }
    }
}
