// REFERENCE SOLUTION, used by the tests only (shown by `workbook exercises solution 01-pet-table` once solved): the stub with its parts done.
// Exercise 01-pet-table: the task is at the end of chapter 01-getting-a-server (notebooks/01-getting-a-server.ipynb).
// Generated from src/main/resources/chapters/01-getting-a-server.md by ./workbook chapters export.
// Write your solution only between the ">>> your solution" and "<<< end" lines (each // TODO: marks a place):
// a check takes those parts from this file and everything else from the workbook's own copy.
// Check it in one step:   ./workbook check 01-pet-table      (or keep it checked on every save: ./workbook watch)
// Hints: ./workbook exercises hint 01-pet-table      Start again: ./workbook reset 01-pet-table

import dev.workbook.Workbook;
import dev.workbook.exercises.Exercises;

// >>> your solution, part 1 of 1: edit between this line and the matching "end" line
void createPets() {
    Workbook.sql("CREATE TABLE pet (name VARCHAR(20) NOT NULL PRIMARY KEY, owner VARCHAR(20), species VARCHAR(20),"
            + " birth DATE) DEFAULT CHARSET utf8mb4 COLLATE utf8mb4_unicode_ci");
    Workbook.sql("INSERT INTO pet VALUES ('Fluffy 🐱', 'Harold', 'cat', '1993-02-04'), ('Buffy', 'Harold', 'dog', '1989-05-13')");
}
// <<< end of part 1

// The check: ./workbook check runs the same code in a JVM of its own; plain jshell runs it here.
Exercises.check("01-pet-table", () -> {
    createPets();
    Workbook.sql("SELECT name, CHAR_LENGTH(name) AS characters, LENGTH(name) AS bytes FROM pet");
});
/exit
