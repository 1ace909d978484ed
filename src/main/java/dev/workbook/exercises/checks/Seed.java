package dev.workbook.exercises.checks;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * What an exercise's code needs in its database before it runs: statements that remove what a chapter left (for a
 * workbook database; a run database is empty), the DDL of every table the code uses, and the rows. The VISIBLE variant
 * is the chapter's data; a HIDDEN one is generated from {@code randomSeed}, keeping the names the task refers to.
 * Checks read the seeded rows from here to tell what the student's code changed.
 */
public record Seed(String exercise, Variant variant, long randomSeed, List<String> drops, List<String> ddl,
                   List<SeedTable> tables) {
    public Seed {
        drops = List.copyOf(drops);
        ddl = List.copyOf(ddl);
        tables = List.copyOf(tables);
    }

    /** The seeded rows of a table (empty when the seed has none). */
    public SeedTable table(String name) {
        return tables.stream().filter(t -> t.name().equals(name)).findFirst()
                .orElse(new SeedTable(name, List.of(), List.of()));
    }

    /** Drops, creates and fills the tables on this connection's current database, in one go. */
    public void applyTo(Connection c) throws SQLException {
        try (Statement st = c.createStatement()) {
            st.execute("SET FOREIGN_KEY_CHECKS = 0");
            try {
                for (String sql : drops) {
                    st.execute(sql);
                }
            } finally {
                st.execute("SET FOREIGN_KEY_CHECKS = 1");
            }
            for (String sql : ddl) {
                st.execute(sql);
            }
        }
        for (SeedTable t : tables) {
            t.insertInto(c);
        }
    }
}
