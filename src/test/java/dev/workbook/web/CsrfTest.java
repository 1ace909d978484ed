package dev.workbook.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Chapter 15's CSRF check: a POST is refused (403, nothing stored) unless it carries its own session's token. */
class CsrfTest {
    static ChapterApp app;

    @BeforeAll
    static void startChapterApp() {
        app = ChapterApp.of("15", "students");
    }

    static Map<String, String> student(String email) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("firstname", "Mallory");
        f.put("lastname", "Forger");
        f.put("email", email);
        f.put("age", "");
        f.put("bio", "");
        return f;
    }

    @Test
    @DisplayName("a POST without a token, or without a session, is refused with 403 and stores nothing")
    void postWithoutTokenIsRefused() {
        WebClient browser = new WebClient(app.base());
        browser.get("/students/create");                                    // has a session, sends no token
        HttpResponse<String> noToken = browser.post("/students/create", student("no-token@example.com"));
        assertThat(noToken.statusCode()).isEqualTo(403);
        assertThat(noToken.body()).contains("CSRF token missing or wrong");

        WebClient otherSite = new WebClient(app.base());                   // no session cookie at all
        assertThat(otherSite.post("/students/1/delete", Map.of()).statusCode()).isEqualTo(403);
        assertThat(app.one("SELECT COUNT(*) FROM student WHERE email = 'no-token@example.com' OR id = 1")).isEqualTo("1");
    }

    @Test
    @DisplayName("a wrong token, or another session's token, is refused; the page's own token is accepted")
    void onlyTheSessionsOwnTokenCounts() {
        WebClient victim = new WebClient(app.base());
        String victimsToken = WebClient.csrfToken(victim.get("/students/create").body());
        WebClient attacker = new WebClient(app.base());
        String attackersToken = WebClient.csrfToken(attacker.get("/students/create").body());
        assertThat(attackersToken).isNotEqualTo(victimsToken);

        Map<String, String> wrong = new LinkedHashMap<>(Map.of("csrf_token", "0".repeat(64)));
        wrong.putAll(student("wrong-token@example.com"));
        assertThat(victim.post("/students/create", wrong).statusCode()).isEqualTo(403);
        Map<String, String> foreign = new LinkedHashMap<>(Map.of("csrf_token", attackersToken));
        foreign.putAll(student("foreign-token@example.com"));
        assertThat(victim.post("/students/create", foreign).statusCode()).isEqualTo(403);
        assertThat(app.one("SELECT COUNT(*) FROM student WHERE email IN ('wrong-token@example.com', 'foreign-token@example.com')"))
                .isEqualTo("0");

        Map<String, String> own = new LinkedHashMap<>(Map.of("csrf_token", victimsToken));
        own.putAll(student("own-token@example.com"));
        assertThat(victim.post("/students/create", own).statusCode()).isEqualTo(303);
        assertThat(app.one("SELECT COUNT(*) FROM student WHERE email = 'own-token@example.com'")).isEqualTo("1");
    }
}
