-- End state of chapter 10: two authors, one profile, three posts; the three failing cells changed nothing.
SELECT id, name FROM author ORDER BY id;
-- expect: 1 | Ada
-- expect: 2 | Linus
SELECT author_id, website FROM author_profile ORDER BY author_id;
-- expect: 1 | https://ada.example.com
SELECT id, title, slug, author_id FROM post ORDER BY id;
-- expect: 1 | First post | first-post | 1
-- expect: 2 | Café au lait: a second post | cafe-au-lait-a-second-post | 1
-- expect: 3 | Hello from Linus | hello-from-linus | 2
SELECT TABLE_NAME, COLUMN_NAME, REFERENCED_TABLE_NAME, REFERENCED_COLUMN_NAME FROM information_schema.KEY_COLUMN_USAGE WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME IN ('post', 'author_profile') AND REFERENCED_TABLE_NAME IS NOT NULL ORDER BY TABLE_NAME;
-- expect: author_profile | author_id | author | id
-- expect: post | author_id | author | id
