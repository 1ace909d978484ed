-- End state of chapter 13: the blog data plus the one valid post submitted through the form; invalid and too-long posts were not stored.
SELECT id, slug, title, body FROM post ORDER BY id;
-- expect: 1 | first-post | First post | First post body
-- expect: 2 | cafe-au-lait-a-second-post | Café au lait: a second post | More words
-- expect: 3 | hello-from-linus | Hello from Linus | Short
-- expect: 4 | forms-in-java | Forms in Java | Validate, then save.
SELECT post_id, tag_id FROM post_tags WHERE post_id = 4 ORDER BY tag_id;
-- expect: 4 | 1
-- expect: 4 | 2
SELECT id, body, CHARACTER_SET_NAME FROM legacy_comment JOIN information_schema.COLUMNS c ON c.TABLE_SCHEMA = DATABASE() AND c.TABLE_NAME = 'legacy_comment' AND c.COLUMN_NAME = 'body';
-- expect: 1 | Great post 👍 | utf8mb4
