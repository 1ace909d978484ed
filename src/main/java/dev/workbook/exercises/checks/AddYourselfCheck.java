package dev.workbook.exercises.checks;

import static dev.workbook.exercises.checks.Db.row;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("04-add-yourself")
@DisplayName("04-add-yourself: you, as the fourth student, with no age")
class AddYourselfCheck {
    private static final String[] COLUMNS = {"id", "firstname", "email", "age"};

    @Test
    @Order(1)
    @DisplayName("the three students of the chapter are there, unchanged")
    void seedStudents() {
        List<List<String>> seeded = Db.seed().table("student").text(COLUMNS);
        Expect.rows("The students that were there before are unchanged.", List.of(COLUMNS), seeded,
                Db.rows("SELECT id, firstname, email, age FROM student WHERE id <= ? ORDER BY id", seeded.size()));
    }

    @Test
    @Order(2)
    @DisplayName("there is one student more: four")
    void oneMore() {
        long seeded = Db.seed().table("student").rows().size();
        Expect.value("SELECT COUNT(*) FROM student gives one more than before.", seeded + 1, Db.count("SELECT COUNT(*) FROM student"));
    }

    @Test
    @Order(3)
    @Points(2)
    @DisplayName("the new student has a name and an email, and no age")
    void you() {
        int seeded = Db.seed().table("student").rows().size();
        Expect.rows("The new student has a first name, a last name and an email with an @ in it (each 1 = yes), and age NULL.",
                List.of("has firstname", "has lastname", "email has @", "age"), List.of(row("1", "1", "1", "NULL")),
                Db.rows("SELECT firstname <> '', lastname <> '', email LIKE '%_@_%', age FROM student ORDER BY id LIMIT 1 OFFSET ?",
                        seeded));
    }

    @Test
    @Order(4)
    @DisplayName("the server filled created_at for every student")
    void createdAt() {
        Expect.value("No student has an empty created_at: the database's CURRENT_TIMESTAMP(6) default filled it.", 0L,
                Db.count("SELECT COUNT(*) FROM student WHERE created_at IS NULL"));
    }
}
