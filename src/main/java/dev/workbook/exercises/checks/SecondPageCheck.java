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

@Tag("07-second-page")
@DisplayName("07-second-page: the second page of students aged 20 to 23 with a bio")
class SecondPageCheck {
    @Test
    @Order(1)
    @DisplayName("the eight students of the chapter are there, unchanged")
    void students() {
        assertEquals(List.of(row("8", "8")), Db.rows("SELECT COUNT(*), COUNT(DISTINCT email) FROM student"),
                "The student table holds the chapter's eight students, each once.");
    }

    @Test
    @Order(2)
    @DisplayName("the query returned the second page, two names: Carl and Gina")
    void secondPage() {
        List<String> expected = Db.column("SELECT firstname FROM student WHERE age BETWEEN 20 AND 23 AND bio IS NOT NULL"
                + " ORDER BY age, id LIMIT 2 OFFSET 2");
        assertEquals(List.of("Carl", "Gina"), expected, "The database's own answer is Carl, Gina (as the chapter says).");
        assertEquals(expected, Db.answer("second-page"),
                "The names your query returned, in its order, are the 3rd and 4th of the students aged 20-23 with a bio, by age then id.");
    }
}
