-- End state of chapter 09: baseline at 1, V2, the repeatable view applied twice, V3 repaired and re-applied, V4 from the Hibernate draft.
SELECT installed_rank, version, description, type, script, success FROM flyway_schema_history ORDER BY installed_rank;
-- expect: 1 | 1 | existing schema | BASELINE | existing schema | 1
-- expect: 2 | 2 | add course credits | SQL | V2__add_course_credits.sql | 1
-- expect: 3 | NULL | course catalog | SQL | R__course_catalog.sql | 1
-- expect: 4 | NULL | course catalog | SQL | R__course_catalog.sql | 1
-- expect: 5 | 3 | add course level | SQL | V3__add_course_level.sql | 1
-- expect: 6 | 4 | add course description | SQL | V4__add_course_description.sql | 1
SELECT code, title, credits, level, description FROM course ORDER BY code;
-- expect: BIO101 | Introduction to biology | 5 | intro | NULL
-- expect: GEO201 | Marine geology | 5 | advanced | NULL
SELECT code, title, credits FROM course_catalog ORDER BY code;
-- expect: BIO101 | Introduction to biology | 5
-- expect: GEO201 | Marine geology | 5
