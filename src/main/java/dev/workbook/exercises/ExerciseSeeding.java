package dev.workbook.exercises;

import dev.workbook.Workbook;
import dev.workbook.exercises.checks.Seed;
import dev.workbook.exercises.checks.Seeds;
import dev.workbook.exercises.checks.Variant;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * {@code Exercises.seed} outside a check: loads the VISIBLE seed into the current database. A class of its own because the
 * seeds live with the checks, which the student JVM does not have: {@link Exercises} must load there without them.
 */
final class ExerciseSeeding {
    private ExerciseSeeding() {
    }

    static void seed(String id) {
        Seed s = Seeds.of(id, Variant.VISIBLE, 0).orElse(null);
        if (s == null) {
            System.out.println("exercise " + id + " has no data to load");
            return;
        }
        try (Connection c = Workbook.connect()) {
            s.applyTo(c);
        } catch (SQLException e) {
            throw new IllegalStateException("could not load the data of exercise " + id + " into " + Workbook.target().database()
                    + ": " + e.getMessage(), e);
        }
        System.out.println("loaded the data of exercise " + id + " into " + Workbook.target().database() + ": "
                + String.join(", ", s.tables().stream().map(t -> t.name() + " (" + t.rows().size() + " rows)").toList()));
    }
}
