// 09-migrations-advanced.jsh: generated from src/main/resources/chapters/09-migrations-advanced.md by: ./workbook chapters export  (do not edit by hand)
// Run it from the project directory, after ./mvnw -Dmaven.test.skip=true package:
//   jshell --class-path "$(cat target/classpath.txt):target/classes" notebooks/jshell/09-migrations-advanced.jsh
// Windows PowerShell:
//   jshell --class-path "$(Get-Content target\classpath.txt);target\classes" notebooks\jshell\09-migrations-advanced.jsh
// or: ./workbook run 09   (which also shows each expression's value, as a notebook does; a script given to jshell runs quietly)

// # 9. Migrations, continued: baseline, repair, repeatable migrations, drafts
//
// Chapter 8 applied and validated versioned migrations. Real projects also meet these situations:
//
// | Situation | Flask-Migrate | Flyway (open source) |
// |---|---|---|
// | The database already exists, built without migrations | `flask db stamp head` | `baseline` |
// | A migration failed halfway, or an applied file was edited harmlessly | edit `alembic_version` by hand | `repair` |
// | A view or procedure that should simply be re-created when its definition changes | (none) | repeatable migration `R__...sql` |
// | "Write the migration for me from my model changes" | `flask db migrate` (autogenerate) | no OSS generator; draft it with Hibernate's schema-generation scripts |
// | Go back one version | `flask db downgrade` | `undo` is a paid (Teams/Enterprise) feature: write a forward migration |
//
// **Objectives.** After this chapter you can:
//
// - bring an existing database under Flyway with `baseline`;
// - recover from a failed migration on MySQL/MariaDB, where DDL is not transactional, with `repair`;
// - keep a view in a repeatable migration;
// - let Hibernate draft the `ALTER TABLE` for an entity change, review it, and ship it as the next versioned migration;
// - undo a change with a forward migration.

import dev.workbook.Workbook;
import jakarta.persistence.*;
import java.nio.file.Files;
import java.nio.file.Path;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.hibernate.SessionFactory;

Workbook.sql("DROP VIEW IF EXISTS course_catalog; DROP TABLE IF EXISTS course, flyway_schema_history");
Path migrations = Files.createTempDirectory("db-migration");

// The helpers of chapter 8 (`write` a migration file, print `info`):

void write(Path folder, String fileName, String sql) throws java.io.IOException {
    Files.writeString(folder.resolve(fileName), sql);
}

void info(Flyway flyway) {
    for (MigrationInfo m : flyway.info().all()) {
        System.out.printf("%-10s %-8s %-28s %s%n", m.getType(), m.getVersion() == null ? "" : m.getVersion(),
                m.getDescription(), m.getState());
    }
}

// ## baseline: a database that existed before Flyway (`flask db stamp`)
//
// Suppose the `course` table was made by hand, or by `create_all`, and already holds data:

Workbook.sql("""
        CREATE TABLE course (
            id    BIGINT AUTO_INCREMENT PRIMARY KEY,
            code  VARCHAR(20)  NOT NULL UNIQUE,
            title VARCHAR(200) NOT NULL
        ) CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
        INSERT INTO course (code, title) VALUES ('BIO101', 'Introduction to biology'), ('GEO201', 'Marine geology');
        """);

// The project's migrations describe that table as V1, and add credits in V2. A *new* database needs both; this one needs only V2.

write(migrations, "V1__create_course.sql", """
        CREATE TABLE course (
            id    BIGINT AUTO_INCREMENT PRIMARY KEY,
            code  VARCHAR(20)  NOT NULL UNIQUE,
            title VARCHAR(200) NOT NULL
        ) CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
        INSERT INTO course (code, title) VALUES ('BIO101', 'Introduction to biology'), ('GEO201', 'Marine geology');
        """);
write(migrations, "V2__add_course_credits.sql", "ALTER TABLE course ADD COLUMN credits INT NOT NULL DEFAULT 5;\n");

Flyway flywayFor(Path folder) {
    return Flyway.configure()
            .dataSource(Workbook.dataSource())
            .locations("filesystem:" + folder)
            .baselineVersion("1")
            .baselineDescription("existing schema")
            .load();
}

Flyway flyway = flywayFor(migrations);

// Running `migrate` now would try V1 again on a table that exists. Flyway does not guess; it stops:

// This cell fails on purpose (expected: org.flywaydb.core.api.FlywayException); jshell prints the error and goes on.
flyway.migrate();

// `Found non-empty schema(s) ... but no schema history table. Use baseline() or set baselineOnMigrate to true to initialize the schema history table.`
// (See [troubleshooting/flyway-non-empty-schema.md](../troubleshooting/flyway-non-empty-schema.md).)
// `baseline` records "this database is at version 1" without running anything; `migrate` then applies only what comes after.

System.out.println("baseline: " + flyway.baseline().successfullyBaselined);
System.out.println("applied: " + flyway.migrate().migrationsExecuted);
info(flyway);

// ## Repeatable migrations: `R__`
//
// A view's definition is best kept as one file you edit in place. A file named `R__<description>.sql` has no version: Flyway
// runs it after the versioned ones, and again whenever its checksum changes.

write(migrations, "R__course_catalog.sql", """
        CREATE OR REPLACE VIEW course_catalog AS
            SELECT code, title FROM course;
        """);
System.out.println("applied: " + flyway.migrate().migrationsExecuted);
Workbook.sql("SELECT * FROM course_catalog ORDER BY code");

// Edit it (show the credits too), and `info` reports it `OUTDATED`; `migrate` runs it again.

write(migrations, "R__course_catalog.sql", """
        CREATE OR REPLACE VIEW course_catalog AS
            SELECT code, title, credits FROM course;
        """);
info(flyway);
System.out.println("applied: " + flyway.migrate().migrationsExecuted);
Workbook.sql("SELECT * FROM course_catalog ORDER BY code");

// Write repeatable migrations so they can run any number of times (`CREATE OR REPLACE`, `DROP ... IF EXISTS` first).
//
// ## repair: after a failed migration
//
// On MySQL and MariaDB every `CREATE`, `ALTER` and `DROP` commits on its own: a migration cannot be rolled back as a whole.
// Here `V3` adds a column, then its `UPDATE` has a typo:

write(migrations, "V3__add_course_level.sql", """
        ALTER TABLE course ADD COLUMN level VARCHAR(20) NOT NULL DEFAULT 'intro';
        UPDATE course SET levle = 'advanced' WHERE code LIKE 'GEO%';
        """);

// This cell fails on purpose (expected: SQL error 1054); jshell prints the error and goes on.
flyway.migrate();

// The server said `Unknown column 'levle' in 'SET'` (error 1054; MySQL words it `... in 'field list'`). The `ALTER TABLE` had already committed, and Flyway recorded the
// failure in its history (`success = 0`):

Workbook.sql("SELECT installed_rank, version, description, type, success FROM flyway_schema_history ORDER BY installed_rank");
Workbook.sql("SHOW COLUMNS FROM course LIKE 'level'");

// Fixing the typo is not enough: `migrate` refuses to build on a failed migration.

write(migrations, "V3__add_course_level.sql", """
        ALTER TABLE course ADD COLUMN level VARCHAR(20) NOT NULL DEFAULT 'intro';
        UPDATE course SET level = 'advanced' WHERE code LIKE 'GEO%';
        """);

// This cell fails on purpose (expected: org.flywaydb.core.api.exception.FlywayValidateException); jshell prints the error and goes on.
flyway.migrate();

// (`Detected failed migration to version 3 (add course level). Please remove any half-completed changes then run repair to fix the schema history.`)
// So: undo the half-done part by hand, let `repair` delete the failed row, and migrate again
// (the steps are also in [troubleshooting/flyway-failed-migration.md](../troubleshooting/flyway-failed-migration.md)).

Workbook.sql("ALTER TABLE course DROP COLUMN level");
System.out.println("repair: " + flyway.repair().repairActions);
System.out.println("applied: " + flyway.migrate().migrationsExecuted);
Workbook.sql("SELECT code, title, credits, level FROM course ORDER BY code");

// `repair` also realigns checksums with the files on disk. Use that only for edits that change nothing in the database
// (a comment, whitespace): chapter 8 shows why real edits belong in a new migration.
//
// ## Drafting a migration from entity changes (`flask db migrate`)
//
// Alembic compares your models with the database and writes a migration. Flyway's free edition has no generator, but Hibernate
// can compare an entity with the live database and write the difference as SQL to a file, **without** touching the database:
// the schema-generation *script* action `update`.
//
// The `Course` entity gains a `description`:

@Entity(name = "Course")
@Table(name = "course")
class Course {
    @Id @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;
    @Column(length = 20, nullable = false)
    String code;
    @Column(length = 200, nullable = false)
    String title;
    int credits;
    @Column(length = 20, nullable = false)
    String level;
    @Column(length = 500)
    String description;     // new
}

Path draft = Files.createTempFile("draft-", ".sql");
Files.delete(draft);   // Hibernate appends to an existing file
SessionFactory draftingFactory(Path target) {
    return Workbook.hibernate(Course.class)
            .property("jakarta.persistence.schema-generation.scripts.action", "update")
            .property("jakarta.persistence.schema-generation.scripts.create-target", target.toString())
            .property("hibernate.hbm2ddl.delimiter", ";")
            .build();
}

draftingFactory(draft).close();   // building the SessionFactory writes the draft; the database is not changed
System.out.println(Files.readString(draft));

// Hibernate wrote only the change. The SQL follows the dialect: on MariaDB it says `alter table if exists` (a MariaDB extension);
// against MySQL the same entity gives `alter table course add column ...`, so draft against the kind of server you deploy to.
// Review a draft before you ship it: `update` never drops or renames anything (a renamed field
// shows up as a new column, and the old one stays), and its types are Hibernate's defaults, not necessarily yours.
// This one is right, so it becomes the next versioned migration:

Path v4 = Files.copy(draft, migrations.resolve("V4__add_course_description.sql"));
System.out.println("applied: " + flyway.migrate().migrationsExecuted);
info(flyway);

// The schema now:
//
// ```mermaid
// erDiagram
//     course {
//         BIGINT id PK
//         VARCHAR code UK "20"
//         VARCHAR title "200"
//         INT credits "V2"
//         VARCHAR level "20, V3"
//         VARCHAR description "500, V4"
//     }
//     course_catalog {
//         VARCHAR code "view over course (R__)"
//         VARCHAR title
//         INT credits
//     }
// ```
//
// ## Going back: a forward migration, not `undo`
//
// `flyway undo` and `U1__...sql` undo scripts exist only in Flyway's paid editions; the open-source edition (used here) and most
// teams roll *forward*: to remove `description`, you would add `V5__drop_course_description.sql` with
// `ALTER TABLE course DROP COLUMN description;`. That also keeps every database's history identical.
// (Flyway's `diff`/`generate` commands are paid features too; the Hibernate draft above is the free route.)
//
// ## Common mistakes
//
// - **`baselineVersion` too high.** Everything up to the baseline is skipped forever. Baseline at the version that matches what the
//   database really contains.
// - **`repair` without cleaning up.** `repair` only edits `flyway_schema_history`; the half-added column is still there and the
//   fixed V3 would fail with `Duplicate column name 'level'` (1060). Undo by hand first.
// - **Shipping a draft unread.** See above: drafts never contain drops, renames or data changes.
//
// ## Exercise
//
// Rename `level` to `difficulty`: change the entity, generate a draft, and notice that Hibernate proposes `add column difficulty`
// (and keeps `level`). Write the correct `V5__rename_course_level.sql` by hand instead
// (`ALTER TABLE course RENAME COLUMN level TO difficulty;` works on MySQL 8 and MariaDB 10.5+), migrate, and check `info(flyway)`.
// The check starts where this chapter ends (V1 to V4 applied, in a fresh folder and a throwaway database), calls your method,
// migrates, and looks at `course` and `flyway_schema_history`.
//
// Write your code in the cell below, where it says `// TODO:`, run it, then run the check cell after it; it prints ✓ or ✗ for
// each check, with a hint when one fails. In a terminal the same exercise is `notebooks/exercises/09-rename-level.jsh`, checked
// with `./workbook check 09-rename-level` (hints: `./workbook exercises hint 09-rename-level`).

// The exercise's cells are in notebooks/exercises/09-rename-level.jsh; check it with: ./workbook check 09-rename-level

/exit
