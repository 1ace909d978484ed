// REFERENCE SOLUTION, used by the tests only (never in the jar or in notebooks/): the stub with its TODOs done.
// Exercise 09-rename-level: Renaming a column: a migration written by hand
// The task is at the end of chapter 09-migrations-advanced (notebooks/09-migrations-advanced.ipynb). Edit this file where it says TODO,
// then check it against a real database in one step:
//   ./workbook check 09-rename-level
// The check runs this script in a throwaway database and looks at what it leaves there (tables, rows), not at what it prints.
// Hints: ./workbook exercises hint 09-rename-level      Start again: git checkout -- notebooks/exercises/09-rename-level.jsh

import dev.workbook.Workbook;
import jakarta.persistence.*;
import java.nio.file.Files;
import java.nio.file.Path;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.hibernate.SessionFactory;

Workbook.sql("DROP VIEW IF EXISTS course_catalog; DROP TABLE IF EXISTS course, flyway_schema_history");
Path migrations = Files.createTempDirectory("db-migration");

void write(Path folder, String fileName, String sql) throws java.io.IOException {
    Files.writeString(folder.resolve(fileName), sql);
}

void info(Flyway flyway) {
    for (MigrationInfo m : flyway.info().all()) {
        System.out.printf("%-10s %-8s %-28s %s%n", m.getType(), m.getVersion() == null ? "" : m.getVersion(),
                m.getDescription(), m.getState());
    }
}

// Where chapter 09 ends: V1 to V4 applied (course with code, title, credits, level, description).
write(migrations, "V1__create_course.sql", """
        CREATE TABLE course (
            id    BIGINT AUTO_INCREMENT PRIMARY KEY,
            code  VARCHAR(20)  NOT NULL UNIQUE,
            title VARCHAR(200) NOT NULL
        ) CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
        INSERT INTO course (code, title) VALUES ('BIO101', 'Introduction to biology'), ('GEO201', 'Marine geology');
        """);
write(migrations, "V2__add_course_credits.sql", "ALTER TABLE course ADD COLUMN credits INT NOT NULL DEFAULT 5;\n");
write(migrations, "V3__add_course_level.sql", """
        ALTER TABLE course ADD COLUMN level VARCHAR(20) NOT NULL DEFAULT 'intro';
        UPDATE course SET level = 'advanced' WHERE code LIKE 'GEO%';
        """);
write(migrations, "V4__add_course_description.sql", "ALTER TABLE course ADD COLUMN description VARCHAR(500);\n");
Flyway flyway = Flyway.configure().dataSource(Workbook.dataSource()).locations("filesystem:" + migrations).load();
flyway.migrate();
info(flyway);

void writeV5() throws java.io.IOException {
    // TODO: write V5__rename_course_level.sql into migrations: rename the column level to difficulty, keeping its values
    //       (not what a Hibernate draft proposes: that would add difficulty and keep level).
    write(migrations, "V5__rename_course_level.sql", "ALTER TABLE course RENAME COLUMN level TO difficulty;\n");
}

writeV5();
System.out.println("applied: " + flyway.migrate().migrationsExecuted);
info(flyway);
Workbook.sql("SELECT code, title, difficulty FROM course ORDER BY code");
/exit
