package dev.workbook.exercises.checks;

import static dev.workbook.exercises.checks.Db.row;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Expected rows come from the seed: Carl as seeded with his new last name and bio, everybody else but humberto unchanged. */
@Tag("06-dirty-checking")
@DisplayName("06-dirty-checking: Carl changes, humberto leaves")
class DirtyCheckingCheck {
    private static final List<String> COLUMNS = List.of("firstname", "lastname", "email", "age", "bio");

    @Test
    @Order(1)
    @Points(2)
    @OnHiddenData
    @DisplayName("Carl is now Carl Black, geophysics student; the others are unchanged")
    void carlChanged() {
        List<List<String>> expected = new ArrayList<>();
        for (List<String> r : Db.seed().table("student").text(COLUMNS.toArray(String[]::new))) {
            if (r.get(0).equals("Carl")) {
                expected.add(row("Carl", "Black", r.get(2), r.get(3), "Geophysics student"));
            } else if (!r.get(0).equals("humberto")) {
                expected.add(r);
            }
        }
        Expect.rows("The students other than humberto are these, Carl with his new last name and bio.", COLUMNS, expected,
                Db.rows("SELECT firstname, lastname, email, age, bio FROM student WHERE firstname <> 'humberto' ORDER BY id"));
    }

    @Test
    @Order(2)
    @OnHiddenData
    @DisplayName("humberto was removed, and nobody else")
    void humbertoGone() {
        Expect.value("No student is called humberto any more.", 0L, Db.count("SELECT COUNT(*) FROM student WHERE firstname = 'humberto'"));
        Expect.value("SELECT COUNT(*) FROM student gives one less than before.", Db.seed().table("student").rows().size() - 1L,
                Db.count("SELECT COUNT(*) FROM student"));
    }

    @Test
    @Order(3)
    @OnHiddenData
    @DisplayName("Carl's created_at did not change")
    void createdAtKept() {
        List<Object> carl = Db.seed().table("student").rows().stream().filter(r -> "Carl".equals(r.get(1))).findFirst().orElseThrow();
        Expect.value("Carl's created_at is still the one he was inserted with (it is insertable = false, updatable = false).", 1L,
                Db.count("SELECT COUNT(*) FROM student WHERE firstname = 'Carl' AND created_at = ?", carl.get(6)));
    }
}
