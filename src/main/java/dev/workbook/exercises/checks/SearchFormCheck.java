package dev.workbook.exercises.checks;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Exercise 15: a search page on the student app. The driver started the student's app and fetched
 * /students/search with several terms over HTTP; it saved each answer's status and the student ids the page links to,
 * in page order, and a few facts about the page. The expected students come from the run's own table.
 */
@Tag("15-search-form")
@DisplayName("15-search-form: a GET search page for students")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SearchFormCheck {
    /** Ids of the students whose first or last name contains the term, ignoring case, newest first. */
    private static List<String> matching(String term) {
        String pattern = "%" + term.toLowerCase(java.util.Locale.ROOT) + "%";
        return Db.column("SELECT id FROM student WHERE LOWER(firstname) LIKE ? OR LOWER(lastname) LIKE ?"
                + " ORDER BY created_at DESC, id DESC", pattern, pattern);
    }

    private static List<String> answer(String question, String request) {
        return Expect.answer(question, "The request " + request);
    }

    private static String status(List<String> answer) {
        return answer.isEmpty() ? "no answer" : answer.get(0);
    }

    private static List<String> ids(List<String> answer) {
        return answer.isEmpty() ? List.of() : answer.subList(1, answer.size());
    }

    private static String names(List<String> ids) {
        if (ids.isEmpty()) {
            return "(nobody)";
        }
        return String.join(", ", ids.stream().map(id -> id + " " + Db.value(
                "SELECT CONCAT(firstname, ' ', lastname) FROM student WHERE id = ?", Long.parseLong(id))).toList());
    }

    private static void lists(String question, String request, String term, String sentence) {
        List<String> a = answer(question, request);
        Expect.value(request + " answers 200 OK.", "status 200", status(a));
        List<String> expected = matching(term);
        Expect.that(ids(a).equals(expected), sentence + "\n  expected: " + names(expected) + "\n  found:    " + names(ids(a)));
    }

    @Test
    @Order(1)
    @Points(2)
    @OnHiddenData
    @Part(1)
    @DisplayName("a search for sam links exactly the students whose first or last name contains sam, newest first")
    void sam() {
        lists("sam", "GET /students/search?q=sam", "sam",
                "The page links the students whose first or last name contains \"sam\", in any case, newest first, once each.");
    }

    @Test
    @Order(2)
    @OnHiddenData
    @Part(1)
    @DisplayName("the search looks at last names too, whatever the case: WHITE finds White and Whitehead")
    void ignoresCase() {
        lists("white", "GET /students/search?q=WHITE", "white",
                "\"WHITE\" finds the students whose first or last name contains white, whatever the case (lower(...) on both sides).");
    }

    @Test
    @Order(3)
    @Part(2)
    @DisplayName("an empty or missing term answers 200 with the form and lists nobody")
    void emptyTerm() {
        for (String q : List.of("blank", "missing")) {
            List<String> a = answer(q, "GET /students/search" + (q.equals("blank") ? "?q=" : ""));
            Expect.value("The search page answers 200 OK without a term too (" + q + " q).", "status 200", status(a));
            Expect.that(ids(a).isEmpty(), "Without a term the page shows only the form, not every student; it linked: "
                    + names(ids(a)));
        }
    }

    @Test
    @Order(4)
    @Part(3)
    @DisplayName("a term that matches nobody lists nobody and says No student matches")
    void nobody() {
        List<String> a = answer("nobody", "GET /students/search?q=zzz-nobody");
        Expect.value("A search with no match still answers 200 OK.", "status 200", status(a));
        Expect.that(ids(a).isEmpty(), "Nobody's name contains zzz-nobody, yet the page linked: " + names(ids(a)));
        Expect.value("The page says so.", List.of("no-match true"), answer("nobody-page", "GET /students/search?q=zzz-nobody"));
    }

    @Test
    @Order(5)
    @Part(3)
    @DisplayName("the page extends base.html and keeps the term in a GET form")
    void page() {
        List<String> facts = answer("sam-page", "GET /students/search?q=sam");
        Expect.that(facts.contains("nav true"), "The page extends base.html: its <nav> links are missing.");
        Expect.that(facts.contains("get-form true"), "The search form has method=\"get\": a search changes nothing, so it is a GET.");
        Expect.that(facts.contains("term sam"), "The input keeps the term: value=\"{{ q }}\" shows sam again.");
        Expect.that(!facts.contains("no-match true"), "The page says \"No student matches\" although students match sam.");
    }

    @Test
    @Order(6)
    @Part(3)
    @DisplayName("the term is shown escaped: <b>sam stays text in the input")
    void escaped() {
        List<String> facts = answer("markup-page", "GET /students/search?q=%3Cb%3Esam");
        Expect.that(!facts.contains("term raw"), "The term <b>sam reached the page as markup: never turn escaping off (| raw) for it.");
        Expect.that(facts.contains("term escaped"), "The input shows the term <b>sam again, escaped as &lt;b&gt;sam (Pebble does it"
                + " for {{ q }}); found: " + facts);
    }

    @Test
    @Order(7)
    @OnHiddenData
    @DisplayName("searching changed nothing: the student table is as it was")
    void nothingChanged() {
        Expect.value("The searches ran (GET /students/search?q=sam answered).", "status 200",
                status(answer("sam", "GET /students/search?q=sam")));
        List<String> header = List.of("id", "firstname", "lastname", "email");
        Expect.rows("A search only reads: the rows are the seeded ones.", header,
                Db.seed().table("student").text("id", "firstname", "lastname", "email"),
                Db.rows("SELECT id, firstname, lastname, email FROM student ORDER BY id"));
    }
}
