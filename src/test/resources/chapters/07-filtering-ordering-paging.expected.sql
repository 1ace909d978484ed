-- End state of chapter 07: the three seed students and five more, nothing changed by the queries.
SELECT id, firstname, lastname, email, age, bio FROM student ORDER BY id;
-- expect: 1 | john | doe | jd@example.com | 23 | Biology student
-- expect: 2 | Sammy | Shark | sammyshark@example.com | 20 | Marine biology student
-- expect: 3 | Carl | White | carlwhite@example.com | 22 | Marine geology student
-- expect: 4 | Dina | Reyes | dinareyes@example.com | 21 | Marine biology student
-- expect: 5 | Eve | Stone | evestone@example.com | 24 | Geology student
-- expect: 6 | Frank | Moss | frankmoss@example.com | 19 | Biology student
-- expect: 7 | Gina | Park | ginapark@example.com | 22 | Chemistry student
-- expect: 8 | Hugo | Lind | hugolind@example.com | 30 | NULL
