-- End state of chapter 11: the blog data, tag 'mysql' removed the right way, the inverse-side-only add and the duplicate slug changed nothing.
SELECT id, name FROM tag ORDER BY id;
-- expect: 1 | java
-- expect: 2 | sql
SELECT post_id, tag_id FROM post_tags ORDER BY post_id, tag_id;
-- expect: 1 | 1
-- expect: 1 | 2
-- expect: 2 | 1
-- expect: 3 | 2
SELECT p.id, p.slug, a.name FROM post p JOIN author a ON a.id = p.author_id ORDER BY p.id;
-- expect: 1 | first-post | Ada
-- expect: 2 | cafe-au-lait-a-second-post | Ada
-- expect: 3 | hello-from-linus | Linus
SELECT COUNT(*) FROM information_schema.KEY_COLUMN_USAGE WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'post_tags' AND CONSTRAINT_NAME = 'PRIMARY';
-- expect: 2
