// REFERENCE SOLUTION, used by the tests only (never in the jar or in notebooks/): the stub with its TODOs done.
// Exercise 01-pet-table: The menagerie's pet table, in real UTF-8
// The task is at the end of chapter 01-getting-a-server (notebooks/01-getting-a-server.ipynb). Edit this file where it says TODO,
// then check it against a real database in one step:
//   ./workbook check 01-pet-table
// The check runs this script in a throwaway database and looks at what it leaves there (tables, rows), not at what it prints.
// Hints: ./workbook exercises hint 01-pet-table      Start again: git checkout -- notebooks/exercises/01-pet-table.jsh

import dev.workbook.Workbook;

void createPets() {
    // TODO: create the table pet with Workbook.sql("CREATE TABLE ..."): name VARCHAR(20) (the primary key),
    //       owner VARCHAR(20), species VARCHAR(20), birth DATE, with DEFAULT CHARSET utf8mb4 COLLATE utf8mb4_unicode_ci.
    // TODO: insert Fluffy 🐱 (owner Harold, a cat, born 1993-02-04) and Buffy (owner Harold, a dog, born 1989-05-13).
    Workbook.sql("CREATE TABLE pet (name VARCHAR(20) NOT NULL PRIMARY KEY, owner VARCHAR(20), species VARCHAR(20),"
            + " birth DATE) DEFAULT CHARSET utf8mb4 COLLATE utf8mb4_unicode_ci");
    Workbook.sql("INSERT INTO pet VALUES ('Fluffy 🐱', 'Harold', 'cat', '1993-02-04'), ('Buffy', 'Harold', 'dog', '1989-05-13')");
}

createPets();

Workbook.sql("SELECT name, CHAR_LENGTH(name) AS characters, LENGTH(name) AS bytes FROM pet");
/exit
