// 08-migrations-flyway.jsh: generated from src/main/resources/chapters/08-migrations-flyway.md by: ./workbook chapters export  (do not edit by hand)
// Run it from the project directory, after ./mvnw -Dmaven.test.skip=true package:
//   jshell --class-path "$(cat target/classpath.txt):target/classes" notebooks/jshell/08-migrations-flyway.jsh
// Windows PowerShell:
//   jshell --class-path "$(Get-Content target\classpath.txt);target\classes" notebooks\jshell\08-migrations-flyway.jsh
// or: ./workbook run 08   (which also shows each expression's value, as a notebook does; a script given to jshell runs quietly)

// # 8. Migrations with Flyway
//
// `create_all()` (chapter 3) creates missing tables but never changes an existing one. Once a table holds data you change it
// with a *migration*: a small, numbered script that takes the schema from one version to the next, run once on every database
// (yours, a colleague's, the test server, production) in the same order. The seed used Flask-Migrate:
//
// ```text
// python manage.py db init      # create the migrations folder
// python manage.py db migrate   # write a new migration file
// python manage.py db upgrade   # apply the migrations not applied yet
// ```
//
// `manage.py` is a Flask-Script file, and Flask-Script is gone: deprecated in favour of the command line Flask has had since
// 0.11 (2016), last released in 2017, archived in 2020, and no longer importable with Flask 2 and later (`No module named
// 'flask._compat'`). Flask-Migrate 3.0 (May 2021) dropped its Flask-Script support. The same commands are now
// `flask db init`, `flask db migrate` and `flask db upgrade`; the table below maps them to Flyway.
//
// In Java the common tool is [Flyway](https://documentation.red-gate.com/flyway), used here as a library (open-source edition 12:
// Flyway 13 requires Java 21, the workbook runs on Java 17). Against MySQL or MariaDB it needs the `flyway-mysql` module next to
// `flyway-core`; the workbook has both.
//
// | Flask-Migrate | Flyway |
// |---|---|
// | `flask db init` | create the folder `src/main/resources/db/migration` (Flyway's default location `classpath:db/migration`) |
// | `flask db migrate` | write the next file yourself: `V2__add_course_credits.sql` (chapter 9 shows how to draft it from entity changes) |
// | `flask db upgrade` | `flyway.migrate()` |
// | `flask db current`, `flask db history` | `flyway.info()` |
// | (nothing) | `flyway.validate()`: are the applied scripts the ones on disk? |
//
// **Objectives.** After this chapter you can:
//
// - name versioned migrations so Flyway finds and orders them;
// - apply them with `migrate`, and read the state with `info` and the `flyway_schema_history` table;
// - explain what `validate` checks, and recognise the *checksum mismatch* you get by editing a migration that already ran;
// - say why `clean` refuses to run.

// This chapter keeps its migration files in a temporary folder so you can edit them from cells; in a project they live in
// `src/main/resources/db/migration`. The first cell also removes what an earlier run of this chapter (or of chapter 9) left behind.

import dev.workbook.Workbook;
import java.nio.file.Files;
import java.nio.file.Path;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;

Workbook.sql("DROP VIEW IF EXISTS course_catalog; DROP TABLE IF EXISTS course, flyway_schema_history");
Path migrations = Files.createTempDirectory("db-migration");   // `flask db init`
System.out.println("migrations folder: " + migrations);

// Two helpers: one writes a migration file, one prints what Flyway knows about each migration (the `flyway info` command).

void write(Path folder, String fileName, String sql) throws java.io.IOException {
    Files.writeString(folder.resolve(fileName), sql);
}

void info(Flyway flyway) {
    for (MigrationInfo m : flyway.info().all()) {
        System.out.printf("%-10s %-8s %-28s %s%n", m.getType(), m.getVersion() == null ? "" : m.getVersion(),
                m.getDescription(), m.getState());
    }
}

// ## The first migration
//
// File names carry the version and a description: `V1__create_course.sql` is version 1, "create course"
// (capital `V`, **two** underscores). Flyway sorts by version, so `V10` comes after `V9`.

write(migrations, "V1__create_course.sql", """
        CREATE TABLE course (
            id    BIGINT AUTO_INCREMENT PRIMARY KEY,
            code  VARCHAR(20)  NOT NULL UNIQUE,
            title VARCHAR(200) NOT NULL
        ) CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
        INSERT INTO course (code, title) VALUES ('BIO101', 'Introduction to biology'), ('GEO201', 'Marine geology');
        """);

// Flyway needs a connection and the locations to scan. `Workbook.dataSource()` is the workbook database; the `filesystem:`
// prefix points at a folder (in a project you would keep the default, `classpath:db/migration`).
//
// The workbook database may already hold tables from earlier chapters, made by Hibernate rather than by migrations. On such a
// database Flyway refuses to start ("non-empty schema ... but no schema history table", chapter 9 shows it) unless told what the
// existing tables are. `baselineOnMigrate(true)` with `baselineVersion("0")` says "whatever is there now is version 0, start
// after it": on a non-empty database Flyway writes one `<< Flyway Baseline >>` row, on an empty one nothing.

Flyway flywayFor(Path folder) {
    return Flyway.configure()
            .dataSource(Workbook.dataSource())
            .locations("filesystem:" + folder)
            .baselineOnMigrate(true)
            .baselineVersion("0")
            .load();
}

Flyway flyway = flywayFor(migrations);
info(flyway);

// `Pending`: found on disk, not applied yet. Now `flask db upgrade`:

var result = flyway.migrate();
System.out.println(result.migrationsExecuted + " migration(s) applied, schema now at version " + result.targetSchemaVersion);
info(flyway);

// Flyway created its own table and recorded the run. The `checksum` is a CRC32 of the file's content: it is how Flyway notices edits later.

Workbook.sql("SELECT installed_rank, version, description, type, script, checksum, success FROM flyway_schema_history");

// ## The next migration: upgrade an existing table
//
// A new requirement: every course has a number of credits. Never edit `V1`: it already ran here (and, in real life, on every
// colleague's machine). Write `V2`.

write(migrations, "V2__add_course_credits.sql", """
        ALTER TABLE course ADD COLUMN credits INT NOT NULL DEFAULT 5;
        """);
info(flyway);

System.out.println("applied: " + flyway.migrate().migrationsExecuted);
info(flyway);
Workbook.sql("SELECT * FROM course");

// The schema after two migrations:
//
// ```mermaid
// erDiagram
//     course {
//         BIGINT id PK
//         VARCHAR code UK "20, not null"
//         VARCHAR title "200, not null"
//         INT credits "not null, default 5 (V2)"
//     }
// ```
//
// ## validate
//
// `validate` compares every applied migration with the file on disk: same versions, same descriptions, same checksums.
// `migrate` runs it first by default, so a run never builds on scripts that changed under it.

flyway.validate();
System.out.println("validate: the database and the migration files agree");

// ## Common mistakes
//
// **Editing a migration that was already applied.** Say you decide course titles should be 255 characters and "fix" it in `V1`:

Path v1 = migrations.resolve("V1__create_course.sql");
String original = Files.readString(v1);
write(migrations, "V1__create_course.sql", original.replace("VARCHAR(200)", "VARCHAR(255)"));

// The database still has `VARCHAR(200)` (V1 will never run again here), but a fresh database would get 255: the two have silently
// diverged. Flyway refuses to go on:

// This cell fails on purpose (expected: org.flywaydb.core.api.exception.FlywayValidateException); jshell prints the error and goes on.
flyway.validate();

// The message reads `Migration checksum mismatch for migration version 1`, then `-> Applied to database : ...` and
// `-> Resolved locally : ...`. `migrate` fails the same way. The fix is almost always: put the file back, and make the change in a
// new migration (`V3__widen_course_title.sql` with an `ALTER TABLE`). See
// [troubleshooting/flyway-checksum-mismatch.md](../troubleshooting/flyway-checksum-mismatch.md); chapter 9 shows `repair`, for the
// rare case when the edit is harmless (a comment, whitespace).

write(migrations, "V1__create_course.sql", original);
flyway.validate();
System.out.println("V1 restored: validate passes again");

// **Expecting `clean` to reset the database.** `flyway clean` drops every object in the schema. Because that is one typo away from
// deleting production, Flyway 9 and later refuse unless you set `cleanDisabled(false)` explicitly:

// This cell fails on purpose (expected: org.flywaydb.core.api.FlywayException); jshell prints the error and goes on.
flyway.clean();

// In a workbook, drop what you created (`DROP TABLE ...`) or use a throwaway database instead.
//
// **Misnamed files are ignored.** `v3_add_x.sql` (lower-case v, one underscore) is not a migration: `info` does not list it,
// and `migrate` skips it. If a migration "did not run", check its name first; `validateMigrationNaming(true)` turns such names into an error.
//
// ## Exercise
//
// Write `V3__add_course_description.sql` adding a nullable `description TEXT` column. The check applies it after the chapter's V1
// and V2 and looks at `info(flyway)` (three `Success` rows), at `SHOW COLUMNS FROM course` and at `flyway_schema_history`.
//
// Write your code in the cell below, where it says `// TODO:`, run it, then run the check cell after it. The check makes a fresh
// migrations folder with V1 and V2, migrates a throwaway database, calls your method, migrates again and prints ✓ or ✗ for each
// check, with a hint when one fails. In a terminal the same exercise is `notebooks/exercises/08-flyway-v3.jsh`, checked with
// `./workbook check 08-flyway-v3` (hints: `./workbook exercises hint 08-flyway-v3`).

// The exercise's cells are in notebooks/exercises/08-flyway-v3.jsh; check it with: ./workbook check 08-flyway-v3

/exit
