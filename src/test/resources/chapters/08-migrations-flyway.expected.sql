-- End state of chapter 08: V1 and V2 applied (plus a BASELINE row at version 0 when the database was not empty before).
SELECT version, description, type, script, success FROM flyway_schema_history WHERE type = 'SQL' ORDER BY installed_rank;
-- expect: 1 | create course | SQL | V1__create_course.sql | 1
-- expect: 2 | add course credits | SQL | V2__add_course_credits.sql | 1
SELECT id, code, title, credits FROM course ORDER BY id;
-- expect: 1 | BIO101 | Introduction to biology | 5
-- expect: 2 | GEO201 | Marine geology | 5
SELECT CHARACTER_MAXIMUM_LENGTH FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'course' AND COLUMN_NAME = 'title';
-- expect: 200
