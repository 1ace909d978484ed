package dev.workbook.exercises;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.workbook.Workbook;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The check of the checker's fake exercise "90-fixture": a table thing holding one row 'ok'. Its name does not end in
 * Test, so Surefire leaves it alone; only the checker under test runs it.
 */
@Tag("90-fixture")
@DisplayName("fixture: thing holds 'ok'")
public class FixtureThingCheck {
    @Test
    @Order(1)
    @DisplayName("there is a table named thing")
    void table() throws SQLException {
        assertTrue(exists(), "The database has a table named thing.");
    }

    @Test
    @Order(2)
    @DisplayName("thing holds exactly one row, 'ok'")
    void row() throws SQLException {
        assertEquals(List.of("ok"), exists() ? names() : List.of(), "The names in thing are exactly: ok.");
    }

    private static boolean exists() throws SQLException {
        try (Connection c = Workbook.connect(); ResultSet rs = c.getMetaData().getTables(c.getCatalog(), null, "thing", null)) {
            return rs.next();
        }
    }

    private static List<String> names() throws SQLException {
        List<String> names = new ArrayList<>();
        try (Connection c = Workbook.connect(); ResultSet rs = c.createStatement().executeQuery("SELECT name FROM thing ORDER BY name")) {
            while (rs.next()) {
                names.add(rs.getString(1));
            }
        }
        return names;
    }
}
