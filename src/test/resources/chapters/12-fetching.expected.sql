-- End state of chapter 12: the blog data plus eight authors with one post each; fetching changes nothing.
SELECT COUNT(*) FROM author;
-- expect: 10
SELECT COUNT(*) FROM post;
-- expect: 11
SELECT a.name, COUNT(p.id) FROM author a LEFT JOIN post p ON p.author_id = a.id GROUP BY a.id, a.name ORDER BY a.id;
-- expect: Ada | 2
-- expect: Linus | 1
-- expect: Grace | 1
-- expect: Alan | 1
-- expect: Barbara | 1
-- expect: Dennis | 1
-- expect: Edsger | 1
-- expect: Margaret | 1
-- expect: Ken | 1
-- expect: Niklaus | 1
SELECT post_id, tag_id FROM post_tags ORDER BY post_id, tag_id;
-- expect: 1 | 1
-- expect: 1 | 2
-- expect: 2 | 1
-- expect: 3 | 2
-- expect: 3 | 3
