package dev.workbook.exercises.checks;

import java.util.List;
import java.util.Random;

/** Seeds of one table and no hidden variant: exercise 02's empty first_post, exercise 14's notice board. */
final class SmallSeeds {
    private SmallSeeds() {
    }

    static Seed firstPost(String exercise, Variant variant, Random random, long randomSeed) {
        return Seeds.seed(exercise, variant, randomSeed, List.of("DROP TABLE IF EXISTS first_post"),
                List.of(Seeds.table("CREATE TABLE first_post (id BIGINT NOT NULL AUTO_INCREMENT, body VARCHAR(255),"
                        + " title VARCHAR(255), PRIMARY KEY (id))")),
                SeedTable.of("first_post", "id", "title", "body"));
    }

    static Seed notice(String exercise, Variant variant, Random random, long randomSeed) {
        return Seeds.seed(exercise, variant, randomSeed, List.of("DROP TABLE IF EXISTS notice"),
                List.of(Seeds.table("CREATE TABLE notice (id INT NOT NULL AUTO_INCREMENT, message VARCHAR(200) NOT NULL,"
                        + " PRIMARY KEY (id))")),
                SeedTable.of("notice", "id", "message").row(1, "Exams start on Monday"));
    }
}
