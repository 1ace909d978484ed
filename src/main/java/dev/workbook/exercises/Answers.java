package dev.workbook.exercises;

import dev.workbook.Workbook;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * Where an exercise's driver leaves the result of the student's query, so that the checks read it from the database
 * rather than from what was printed: table {@code exercise_answer(question, position, answer)} in the run's database.
 * Row 0 of a question records that the line ran at all (with the number of values), so a check can tell "your query
 * returned nothing" from "your query never ran". Saving a question again replaces its earlier answer.
 * <pre>
 *   Answers.save("hql", older.stream().map(Student::getEmail).toList());
 * </pre>
 */
public final class Answers {
    /** The table checks read (dev.workbook.exercises.checks.Db reads the same name). */
    public static final String TABLE = "exercise_answer";

    private Answers() {
    }

    /** Stores each value's text, in list order, as the answer to {@code question}. */
    public static void save(String question, List<?> values) {
        try (Connection c = Workbook.connect()) {
            c.setAutoCommit(false);
            try (Statement st = c.createStatement()) {
                st.execute("CREATE TABLE IF NOT EXISTS " + TABLE + " (question VARCHAR(40) NOT NULL, position INT NOT NULL,"
                        + " answer VARCHAR(1000), PRIMARY KEY (question, position))");
            }
            try (PreparedStatement del = c.prepareStatement("DELETE FROM " + TABLE + " WHERE question = ?")) {
                del.setString(1, question);
                del.executeUpdate();
            }
            try (PreparedStatement ins = c.prepareStatement("INSERT INTO " + TABLE + " (question, position, answer) VALUES (?, ?, ?)")) {
                ins.setString(1, question);
                ins.setInt(2, 0);
                ins.setString(3, Integer.toString(values.size()));
                ins.addBatch();
                for (int i = 0; i < values.size(); i++) {
                    ins.setString(1, question);
                    ins.setInt(2, i + 1);
                    ins.setString(3, values.get(i) == null ? null : values.get(i).toString());
                    ins.addBatch();
                }
                ins.executeBatch();
            }
            c.commit();
        } catch (SQLException e) {
            throw new IllegalStateException("could not save the answer to '" + question + "': " + e.getMessage(), e);
        }
        System.out.println("saved " + values.size() + (values.size() == 1 ? " value" : " values") + " as the answer to '"
                + question + "'");
    }
}
