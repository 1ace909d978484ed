DROP DATABASE IF EXISTS dump_src; CREATE DATABASE dump_src CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci; USE dump_src;
CREATE TABLE author (id INT AUTO_INCREMENT PRIMARY KEY, name VARCHAR(50) NOT NULL, UNIQUE KEY uk_name (name), posts INT NOT NULL DEFAULT 0);
CREATE TABLE post (id INT AUTO_INCREMENT PRIMARY KEY, author_id INT NOT NULL, title VARCHAR(100), body TEXT, FOREIGN KEY (author_id) REFERENCES author(id));
INSERT INTO author (name) VALUES ('Ada ☕'), ('Carl; "the" \'quoted\'');
INSERT INTO post (author_id, title, body) VALUES (1, 'first ✅', 'line one\nline two; still body');
DELIMITER //
CREATE PROCEDURE add_post(IN who INT, IN t VARCHAR(100))
BEGIN
  DECLARE n INT DEFAULT 0;
  INSERT INTO post (author_id, title) VALUES (who, t);
  SELECT COUNT(*) INTO n FROM post WHERE author_id = who;
  IF n > 1 THEN
    SELECT CONCAT(t, '; now ', n, ' posts') AS msg;
  END IF;
END //
CREATE TRIGGER post_count AFTER INSERT ON post FOR EACH ROW
BEGIN
  UPDATE author SET posts = posts + 1 WHERE id = NEW.author_id;
END //
CREATE FUNCTION shout(s VARCHAR(100)) RETURNS VARCHAR(110) DETERMINISTIC
BEGIN
  RETURN CONCAT(UPPER(s), '!');
END //
CREATE EVENT tidy ON SCHEDULE EVERY 1 DAY DISABLE DO BEGIN DELETE FROM post WHERE title IS NULL; END //
DELIMITER ;
CREATE VIEW post_titles AS SELECT a.name, p.title FROM post p JOIN author a ON a.id = p.author_id;
