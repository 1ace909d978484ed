package dev.workbook.exercises.checks;

import static dev.workbook.exercises.checks.Db.row;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
        assertTrue(Db.tableExists("pet"), "The database has a table named pet (SHOW TABLES lists it).");
    }

    @Test
    @Order(2)
    @DisplayName("pet has the columns name, owner, species (VARCHAR(20)) and birth (DATE)")
    void columns() {
        assertEquals(List.of("name", "owner", "species", "birth"), List.copyOf(Db.columns("pet").keySet()),
                "The table pet has exactly these columns, in this order.");
        assertEquals(List.of("varchar(20)", "varchar(20)", "varchar(20)", "date"),
                List.of(Db.columnType("pet", "name"), Db.columnType("pet", "owner"), Db.columnType("pet", "species"),
                        Db.columnType("pet", "birth")),
                "name, owner and species are VARCHAR(20); birth is a DATE.");
    }

    @Test
    @Order(3)
    @DisplayName("name is the primary key")
    void primaryKey() {
        assertEquals(List.of("name"), Db.primaryKey("pet"), "The primary key of pet is the column name.");
    }

    @Test
    @Order(4)
    @DisplayName("pet stores real UTF-8: utf8mb4 with the collation utf8mb4_unicode_ci")
    void utf8mb4() {
        assertEquals("utf8mb4_unicode_ci", Db.tableCollation("pet"),
                "The table's collation is utf8mb4_unicode_ci (utf8 or utf8mb3 cannot store emoji).");
    }

    @Test
    @Order(5)
    @DisplayName("pet holds Fluffy 🐱 and Buffy, as given")
    void rows() {
        assertEquals(List.of(row("Buffy", "Harold", "dog", "1989-05-13"), row("Fluffy 🐱", "Harold", "cat", "1993-02-04")),
                Db.rows("SELECT name, owner, species, birth FROM pet ORDER BY birth"),
                "The rows of pet (name, owner, species, birth), oldest pet first, are exactly these two.");
    }

    @Test
    @Order(6)
    @DisplayName("the emoji survived: 'Fluffy 🐱' is 8 characters in 11 bytes")
    void emojiIntact() {
        assertEquals(List.of(row("8", "11")), Db.rows("SELECT CHAR_LENGTH(name), LENGTH(name) FROM pet WHERE species = 'cat'"),
                "The cat's name has 8 characters and 11 bytes: the emoji takes 4 bytes, not a '?'.");
    }
}
