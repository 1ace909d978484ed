package dev.workbook.exercises.checks;

import static dev.workbook.exercises.checks.Db.row;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("04-add-yourself")
@DisplayName("04-add-yourself: you, as the fourth student, with no age")
class AddYourselfCheck {
    @Test
    @Order(1)
    @DisplayName("the three students of the chapter are there, unchanged")
    void seedStudents() {
        assertEquals(List.of(row("1", "Sammy", "sammyshark@example.com", "20"), row("2", "Carl", "carlwhite@example.com", "22"),
                        row("3", "john", "jd@example.com", "23")),
                Db.rows("SELECT id, firstname, email, age FROM student WHERE id <= 3 ORDER BY id"),
                "Students 1 to 3 (id, firstname, email, age) are Sammy, Carl and john as the script inserted them.");
    }

    @Test
    @Order(2)
    @DisplayName("there are now four students")
    void fourRows() {
        assertEquals(4, Db.count("SELECT COUNT(*) FROM student"), "SELECT COUNT(*) FROM student gives 4.");
    }

    @Test
    @Order(3)
    @DisplayName("the fourth student has a name and an email, and no age")
    void you() {
        List<List<String>> rows = Db.rows("SELECT firstname <> '', lastname <> '', email LIKE '%_@_%', age FROM student WHERE id = 4");
        assertEquals(List.of(row("1", "1", "1", "NULL")), rows,
                "Student 4 has a first name, a last name and an email with an @ in it (each 1 = yes), and age NULL.");
    }

    @Test
    @Order(4)
    @DisplayName("the server filled created_at for every student")
    void createdAt() {
        assertTrue(Db.count("SELECT COUNT(*) FROM student") > 0, "There are students to look at.");
        assertEquals(0, Db.count("SELECT COUNT(*) FROM student WHERE created_at IS NULL"),
                "No student has an empty created_at: the database's CURRENT_TIMESTAMP(6) default filled it.");
    }
}
