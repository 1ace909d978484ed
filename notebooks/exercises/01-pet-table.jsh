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
    // TODO: create the table pet with Workbook.sql("CREATE TABLE ..."): name VARCHAR(20) (the primary key),
    //       owner VARCHAR(20), species VARCHAR(20), birth DATE, with DEFAULT CHARSET utf8mb4 COLLATE utf8mb4_unicode_ci.
    // TODO: insert Fluffy 🐱 (owner Harold, a cat, born 1993-02-04) and Buffy (owner Harold, a dog, born 1989-05-13).
    throw new UnsupportedOperationException("Delete this statement and write your own solution");
}
// <<< end of part 1

// The check: ./workbook check runs the same code in a JVM of its own; plain jshell runs it here.
Exercises.check("01-pet-table", () -> {
    createPets();
    Workbook.sql("SELECT name, CHAR_LENGTH(name) AS characters, LENGTH(name) AS bytes FROM pet");
});
/exit
