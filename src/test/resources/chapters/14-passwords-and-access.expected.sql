-- End state of chapter 14: the notice table (the reader's INSERT was refused) and the account wb_reader with SELECT on this database only.
-- Queries after "-- as: admin" need the administrative account; ${database} is the database the chapter ran in.
SELECT id, message FROM notice ORDER BY id;
-- expect: 1 | Exams start on Monday
-- as: admin
SELECT User, Host FROM mysql.user WHERE User = 'wb_reader' ORDER BY Host;
-- expect: wb_reader | 127.0.0.1
-- expect: wb_reader | localhost
SELECT GRANTEE, PRIVILEGE_TYPE FROM information_schema.SCHEMA_PRIVILEGES WHERE GRANTEE LIKE '''wb_reader''@%' AND TABLE_SCHEMA = '${database}' ORDER BY GRANTEE, PRIVILEGE_TYPE;
-- expect: 'wb_reader'@'127.0.0.1' | SELECT
-- expect: 'wb_reader'@'localhost' | SELECT
SELECT COUNT(*) FROM information_schema.USER_PRIVILEGES WHERE GRANTEE LIKE '''wb_reader''@%' AND PRIVILEGE_TYPE <> 'USAGE';
-- expect: 0
