package dev.workbook.exercises.checks;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The check of the checker's fake exercise "90-fixture": a table thing holding one row 'ok'. Its name does not end in
 * Test, so Surefire leaves it alone; only the checker under test runs it. In the checks' package, so it reads the run's
 * database the way real checks do.
 */
@Tag("90-fixture")
@DisplayName("fixture: thing holds 'ok'")
public class FixtureThingCheck {
    @Test
    @Order(1)
    @DisplayName("there is a table named thing")
    void table() {
        Expect.table("thing", "CREATE TABLE thing (...) makes it.");
    }

    @Test
    @Order(2)
    @Points(2)
    @DisplayName("thing holds exactly one row, 'ok'")
    void row() {
        Expect.values("The names in thing are exactly: ok.", List.of("ok"),
                Db.tableExists("thing") ? Db.column("SELECT name FROM thing ORDER BY name") : List.of());
    }

    @Test
    @Order(3)
    @Hidden
    @DisplayName("thing has no second column")
    void oneColumn() {
        Expect.that(!Db.tableExists("thing") || Db.columns("thing").size() == 1, "thing has one column.");
    }
}
