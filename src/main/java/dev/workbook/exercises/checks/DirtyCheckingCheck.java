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

@Tag("06-dirty-checking")
@DisplayName("06-dirty-checking: Carl changes, humberto leaves")
class DirtyCheckingCheck {
    @Test
    @Order(1)
    @DisplayName("Carl is now Carl Black, geophysics student; john is unchanged")
    void carlChanged() {
        assertEquals(List.of(row("Carl", "Black", "carlwhite@example.com", "23", "Geophysics student"),
                        row("john", "doe", "john_doe@example.com", "24", "Biology student")),
                Db.rows("SELECT firstname, lastname, email, age, bio FROM student WHERE firstname <> 'humberto' ORDER BY id"),
                "The students other than humberto (firstname, lastname, email, age, bio) are exactly these.");
    }

    @Test
    @Order(2)
    @DisplayName("humberto was removed")
    void humbertoGone() {
        assertEquals(0, Db.count("SELECT COUNT(*) FROM student WHERE firstname = 'humberto'"),
                "No student is called humberto any more.");
        assertEquals(2, Db.count("SELECT COUNT(*) FROM student"), "SELECT COUNT(*) FROM student gives 2.");
    }

    @Test
    @Order(3)
    @DisplayName("Carl's created_at did not change")
    void createdAtKept() {
        assertEquals(List.of(row("1")), Db.rows("SELECT COUNT(*) FROM student s JOIN carl_before b"
                        + " ON b.email = s.email AND b.created_at = s.created_at"),
                "Carl's created_at is the one the server gave him when he was inserted (copied to carl_before then).");
    }
}
