// REFERENCE SOLUTION, used by the tests only (never in the jar or in notebooks/): the stub with its TODOs done.
// Exercise 08-flyway-v3: A third migration: V3 adds a column
// The task is at the end of chapter 08-migrations-flyway (notebooks/08-migrations-flyway.ipynb). Edit this file where it says TODO,
// then check it against a real database in one step:
//   ./workbook check 08-flyway-v3
// The check runs this script in a throwaway database and looks at what it leaves there (tables, rows), not at what it prints.
// Hints: ./workbook exercises hint 08-flyway-v3      Start again: git checkout -- notebooks/exercises/08-flyway-v3.jsh

import dev.workbook.Workbook;
import java.nio.file.Files;
import java.nio.file.Path;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;

Workbook.sql("DROP VIEW IF EXISTS course_catalog; DROP TABLE IF EXISTS course, flyway_schema_history");
Path migrations = Files.createTempDirectory("db-migration");   // `db init`
System.out.println("migrations folder: " + migrations);

void write(Path folder, String fileName, String sql) throws java.io.IOException {
    Files.writeString(folder.resolve(fileName), sql);
}

void info(Flyway flyway) {
    for (MigrationInfo m : flyway.info().all()) {
        System.out.printf("%-10s %-8s %-28s %s%n", m.getType(), m.getVersion() == null ? "" : m.getVersion(),
                m.getDescription(), m.getState());
    }
}

// V1 and V2 of the chapter, applied.
write(migrations, "V1__create_course.sql", """
        CREATE TABLE course (
            id    BIGINT AUTO_INCREMENT PRIMARY KEY,
            code  VARCHAR(20)  NOT NULL UNIQUE,
            title VARCHAR(200) NOT NULL
        ) CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
        INSERT INTO course (code, title) VALUES ('BIO101', 'Introduction to biology'), ('GEO201', 'Marine geology');
        """);
write(migrations, "V2__add_course_credits.sql", """
        ALTER TABLE course ADD COLUMN credits INT NOT NULL DEFAULT 5;
        """);

Flyway flywayFor(Path folder) {
    return Flyway.configure()
            .dataSource(Workbook.dataSource())
            .locations("filesystem:" + folder)
            .baselineOnMigrate(true)
            .baselineVersion("0")
            .load();
}

Flyway flyway = flywayFor(migrations);
flyway.migrate();
info(flyway);

void writeV3() throws java.io.IOException {
    // TODO: write V3__add_course_description.sql into migrations (use write(...)): it adds a nullable
    //       description TEXT column to course.
    write(migrations, "V3__add_course_description.sql", "ALTER TABLE course ADD COLUMN description TEXT NULL;\n");
}

writeV3();
System.out.println("applied: " + flyway.migrate().migrationsExecuted);
info(flyway);
Workbook.sql("SHOW COLUMNS FROM course");
/exit
