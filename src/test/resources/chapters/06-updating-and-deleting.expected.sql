-- End state of chapter 06 (dirty checking, merge, bulk update, remove; the failed 1062 update changed nothing).
SELECT id, firstname, lastname, email, age FROM student ORDER BY id;
-- expect: 1 | john | doe | john_doe@example.com | 24
-- expect: 3 | Carl | White | carlwhite@example.com | 23
-- expect: 4 | humberto | Souza | neto@example.com | 26
