// REFERENCE SOLUTION, used by the tests only (shown by `workbook exercises solution 09-rename-level` once solved): the stub with its parts done.
// Exercise 09-rename-level: the task is at the end of chapter 09-migrations-advanced (notebooks/09-migrations-advanced.ipynb).
// Generated from src/main/resources/chapters/09-migrations-advanced.md by ./workbook chapters export.
// Write your solution only between the ">>> your solution" and "<<< end" lines (each // TODO: marks a place):
// a check takes those parts from this file and everything else from the workbook's own copy.
// Check it in one step:   ./workbook check 09-rename-level      (or keep it checked on every save: ./workbook watch)
// Hints: ./workbook exercises hint 09-rename-level      Start again: ./workbook reset 09-rename-level

import dev.workbook.Workbook;
import dev.workbook.exercises.Exercises;
import java.nio.file.Files;
import java.nio.file.Path;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;

// from chapter 08-migrations-flyway/flyway-helpers
void write(Path folder, String fileName, String sql) throws java.io.IOException {
    Files.writeString(folder.resolve(fileName), sql);
}

void info(Flyway flyway) {
    for (MigrationInfo m : flyway.info().all()) {
        System.out.printf("%-10s %-8s %-28s %s%n", m.getType(), m.getVersion() == null ? "" : m.getVersion(),
                m.getDescription(), m.getState());
    }
}

// Where this chapter ends: V1 to V4 (course with code, title, credits, level, description), and Flyway for them.
Flyway chapterMigrations(Path folder) throws java.io.IOException {
    write(folder, "V1__create_course.sql", """
            CREATE TABLE course (
                id    BIGINT AUTO_INCREMENT PRIMARY KEY,
                code  VARCHAR(20)  NOT NULL UNIQUE,
                title VARCHAR(200) NOT NULL
            ) CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
            INSERT INTO course (code, title) VALUES ('BIO101', 'Introduction to biology'), ('GEO201', 'Marine geology');
            """);
    write(folder, "V2__add_course_credits.sql", "ALTER TABLE course ADD COLUMN credits INT NOT NULL DEFAULT 5;\n");
    write(folder, "V3__add_course_level.sql", """
            ALTER TABLE course ADD COLUMN level VARCHAR(20) NOT NULL DEFAULT 'intro';
            UPDATE course SET level = 'advanced' WHERE code LIKE 'GEO%';
            """);
    write(folder, "V4__add_course_description.sql", "ALTER TABLE course ADD COLUMN description VARCHAR(500);\n");
    return Flyway.configure().dataSource(Workbook.dataSource()).locations("filesystem:" + folder).load();
}

Workbook.sql("DROP VIEW IF EXISTS course_catalog; DROP TABLE IF EXISTS course, flyway_schema_history");

// >>> your solution, part 1 of 1: edit between this line and the matching "end" line
void writeV5(Path migrations) throws java.io.IOException {
    write(migrations, "V5__rename_course_level.sql", "ALTER TABLE course RENAME COLUMN level TO difficulty;\n");
}
// <<< end of part 1

// The check: ./workbook check runs the same code in a JVM of its own; plain jshell runs it here.
Exercises.check("09-rename-level", () -> {
    Path migrations = Files.createTempDirectory("db-migration");
    Flyway flyway = chapterMigrations(migrations);
    flyway.migrate();
    info(flyway);
    writeV5(migrations);
    System.out.println("applied: " + flyway.migrate().migrationsExecuted);
    info(flyway);
    Workbook.sql("SELECT code, title, difficulty FROM course ORDER BY code");
});
/exit
