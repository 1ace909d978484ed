package dev.workbook.sql;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/** Runs SQL statements on one connection and prints what they return, like the mysql client. */
public final class SqlRunner {
    private SqlRunner() {
    }

    /** Runs every statement of the script in order, stopping at the first error (which is thrown). */
    public static void run(Connection c, String script, PrintWriter out) throws SQLException {
        List<String> statements = StatementSplitter.split(script);
        for (String sql : statements) {
            try (Statement st = c.createStatement()) {
                boolean hasResult = st.execute(sql);
                if (hasResult) {
                    TablePrinter.print(st.getResultSet(), out);
                } else {
                    int count = st.getUpdateCount();
                    out.println("Query OK, " + Math.max(count, 0) + (count == 1 ? " row" : " rows") + " affected");
                }
                ExpectedWarnings.describe(sql, st.getWarnings()).forEach(out::println);
                out.flush();
            } catch (SQLException e) {
                throw new StatementFailedException(sql, e);
            }
        }
    }

    /** A statement failed: keeps the statement so the message can show it. */
    public static final class StatementFailedException extends SQLException {
        private final String statement;

        StatementFailedException(String statement, SQLException cause) {
            super(cause.getMessage(), cause.getSQLState(), cause.getErrorCode(), cause);
            this.statement = statement;
        }

        public String statement() {
            return statement;
        }
    }
}
