ALTER TABLE student ADD COLUMN email VARCHAR(200) NULL;
CREATE UNIQUE INDEX student_email_uq ON student (email);
