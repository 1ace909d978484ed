package dev.workbook.exercises.checks;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The script saves each query's result with {@code Answers.save(...)}; the expected list comes from the same table. */
@Tag("05-older-than-21")
@DisplayName("05-older-than-21: students older than 21, youngest first, in HQL and with criteria")
class OlderThan21Check {
    private static final String EXPECTED = "SELECT email FROM student WHERE age > 21 ORDER BY age";

    @Test
    @Order(1)
    @DisplayName("the five sample students are there, unchanged")
    void sampleStudents() {
        assertEquals(List.of("sammyshark@example.com 20", "carlwhite@example.com 22", "jd@example.com 23",
                        "bo@example.com 21", "ana@example.com 25"),
                Db.rows("SELECT CONCAT(email, ' ', age) FROM student ORDER BY id").stream().map(r -> r.get(0)).toList(),
                "The student table holds the five sample students (email age) the script inserted, and nobody else.");
    }

    @Test
    @Order(2)
    @DisplayName("the HQL query returned the students older than 21, youngest first")
    void hql() {
        assertEquals(emails(EXPECTED), Db.answer("hql"),
                "The emails of the HQL query's result, in its order, are those of the students with age > 21 by age.");
    }

    @Test
    @Order(3)
    @DisplayName("the criteria query returned the same students in the same order")
    void criteria() {
        assertEquals(emails(EXPECTED), Db.answer("criteria"),
                "The emails of the criteria query's result, in its order, are those of the students with age > 21 by age.");
    }

    private static List<String> emails(String sql, Object... params) {
        return Db.rows(sql, params).stream().map(r -> r.get(0)).toList();
    }
}
