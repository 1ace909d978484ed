package dev.workbook.exercises.checks;

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
    @DisplayName("the students are there, unchanged")
    void students() {
        Expect.rows("The student table holds the students it was given, unchanged: the query only reads.", List.of("firstname", "age"),
                Db.seed().table("student").text("firstname", "age"), Db.rows("SELECT firstname, age FROM student ORDER BY id"));
    }

    @Test
    @Order(2)
    @Points(3)
    @OnHiddenData
    @DisplayName("the query returned the second page, two names (Carl and Gina on the chapter's students)")
    void secondPage() {
        List<String> expected = Db.column("SELECT firstname FROM student WHERE age BETWEEN 20 AND 23 AND bio IS NOT NULL"
                + " ORDER BY age, id LIMIT 2 OFFSET 2");
        Expect.values("The names your query returned, in its order, are the 3rd and 4th of the students aged 20 to 23 with a bio,"
                + " by age then id.", expected, Expect.answer("second-page", "secondPage()"));
    }
}
