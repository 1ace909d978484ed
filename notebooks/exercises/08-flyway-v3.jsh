// Exercise 08-flyway-v3: the task is at the end of chapter 08-migrations-flyway (notebooks/08-migrations-flyway.ipynb).
// Generated from src/main/resources/chapters/08-migrations-flyway.md by ./workbook chapters export.
// Write your solution only between the ">>> your solution" and "<<< end" lines (each // TODO: marks a place):
// a check takes those parts from this file and everything else from the workbook's own copy.
// Check it in one step:   ./workbook check 08-flyway-v3      (or keep it checked on every save: ./workbook watch)
// Hints: ./workbook exercises hint 08-flyway-v3      Start again: ./workbook reset 08-flyway-v3

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

// A migrations folder with the chapter's V1 and V2, and Flyway for it on the current database.
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
    return Flyway.configure().dataSource(Workbook.dataSource()).locations("filesystem:" + folder).load();
}

Workbook.sql("DROP VIEW IF EXISTS course_catalog; DROP TABLE IF EXISTS course, flyway_schema_history");

// >>> your solution, part 1 of 1: edit between this line and the matching "end" line
void writeV3(Path migrations) throws java.io.IOException {
    // TODO: write V3__add_course_description.sql into migrations (use write(...)): it adds a nullable
    //       description TEXT column to course.
    throw new UnsupportedOperationException("Delete this statement and write your own solution");
}
// <<< end of part 1

// The check: ./workbook check runs the same code in a JVM of its own; plain jshell runs it here.
Exercises.check("08-flyway-v3", () -> {
    Path migrations = Files.createTempDirectory("db-migration");
    Flyway flyway = chapterMigrations(migrations);
    flyway.migrate();
    writeV3(migrations);
    System.out.println("applied: " + flyway.migrate().migrationsExecuted);
    info(flyway);
    Workbook.sql("SHOW COLUMNS FROM course");
});
/exit
