package dev.workbook.exercises.checks;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The driver saves each query's result with {@code Answers.save(...)}; the expected list comes from the same table. */
@Tag("05-older-than-21")
@DisplayName("05-older-than-21: students older than 21, youngest first, in HQL and with criteria")
class OlderThan21Check {
    private static final String EXPECTED = "SELECT email FROM student WHERE age > 21 ORDER BY age, id";

    @Test
    @Order(1)
    @DisplayName("the five sample students are there, unchanged")
    void sampleStudents() {
        Expect.rows("The student table holds the students it was given, unchanged: the queries only read.", List.of("email", "age"),
                Db.seed().table("student").text("email", "age"), Db.rows("SELECT email, age FROM student ORDER BY id"));
    }

    @Test
    @Order(2)
    @Points(2)
    @OnHiddenData
    @Part(1)
    @DisplayName("the HQL query returned the students older than 21, youngest first")
    void hql() {
        Expect.values("The emails of your HQL query's result, in its order, are those of the students with age > 21, youngest first.",
                Db.column(EXPECTED), Expect.answer("hql", "olderHql()"));
    }

    @Test
    @Order(3)
    @Points(2)
    @OnHiddenData
    @Part(2)
    @DisplayName("the criteria query returned the same students in the same order")
    void criteria() {
        Expect.values("The emails of your criteria query's result, in its order, are those of the students with age > 21, youngest first.",
                Db.column(EXPECTED), Expect.answer("criteria", "olderCriteria()"));
    }
}
