package dev.workbook.exercises.checks;

import static dev.workbook.exercises.checks.Db.row;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("01-pet-table")
@DisplayName("01-pet-table: the menagerie's pet table, in real UTF-8")
class PetTableCheck {
    @Test
    @Order(1)
    @DisplayName("there is a table named pet")
    void tableExists() {
        Expect.table("pet", "CREATE TABLE pet (...) makes it; SHOW TABLES lists it.");
    }

    @Test
    @Order(2)
    @DisplayName("pet has the columns name, owner, species (VARCHAR(20)) and birth (DATE)")
    void columns() {
        Expect.table("pet", "CREATE TABLE pet (...) makes it.");
        Expect.rows("The table pet has exactly these columns, in this order, with these types.", List.of("column", "type"),
                List.of(row("name", "varchar(20)"), row("owner", "varchar(20)"), row("species", "varchar(20)"), row("birth", "date")),
                Db.columns("pet").values().stream().map(c -> row(c.name(), c.columnType())).toList());
    }

    @Test
    @Order(3)
    @DisplayName("name is the primary key")
    void primaryKey() {
        Expect.values("The primary key of pet is the column name (name VARCHAR(20) NOT NULL PRIMARY KEY).", List.of("name"),
                Db.primaryKey("pet"));
    }

    @Test
    @Order(4)
    @DisplayName("pet stores real UTF-8: utf8mb4 with the collation utf8mb4_unicode_ci")
    void utf8mb4() {
        Expect.table("pet", "CREATE TABLE pet (...) makes it.");
        Expect.value("The table's collation is utf8mb4_unicode_ci (utf8 or utf8mb3 cannot store emoji).", "utf8mb4_unicode_ci",
                Db.tableCollation("pet"));
    }

    @Test
    @Order(5)
    @Points(2)
    @DisplayName("pet holds Fluffy 🐱 and Buffy, as given")
    void rows() {
        Expect.rows("The rows of pet, oldest pet first, are exactly these two.", List.of("name", "owner", "species", "birth"),
                List.of(row("Buffy", "Harold", "dog", "1989-05-13"), row("Fluffy 🐱", "Harold", "cat", "1993-02-04")),
                Db.rows("SELECT name, owner, species, birth FROM pet ORDER BY birth"));
    }

    @Test
    @Order(6)
    @DisplayName("the emoji survived: 'Fluffy 🐱' is 8 characters in 11 bytes")
    void emojiIntact() {
        Expect.rows("The cat's name has 8 characters and 11 bytes: the emoji takes 4 bytes, not a '?'.", List.of("characters", "bytes"),
                List.of(row("8", "11")), Db.rows("SELECT CHAR_LENGTH(name), LENGTH(name) FROM pet WHERE species = 'cat'"));
    }
}
