package dev.workbook.sql;

import dev.workbook.db.Redactor;
import dev.workbook.errors.Diagnosis;
import dev.workbook.errors.ErrorCatalogue;
import dev.workbook.errors.WorkbookException;
import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.regex.Pattern;

/** Runs SQL statements on one connection and prints what they return, like the mysql client. */
public final class SqlRunner {
    private SqlRunner() {
    }

    private static final Pattern SHOW_CREATE = Pattern.compile("(?is)SHOW\\s+CREATE\\b.*");

    /**
     * Runs every statement of the script in order, stopping at the first error (which is thrown). Results print as
     * tables; a statement ended with {@code \G}, and SHOW CREATE ... (whose one value is many lines long), print
     * vertically.
     */
    public static void run(Connection c, String script, PrintWriter out) throws SQLException {
        List<SqlStatement> statements = StatementSplitter.statements(script);
        for (SqlStatement stmt : statements) {
            String sql = stmt.sql();
            try (Statement st = c.createStatement()) {
                boolean hasResult = st.execute(sql);
                if (hasResult) {
                    TablePrinter.print(st.getResultSet(), out, stmt.vertical() || SHOW_CREATE.matcher(sql).matches());
                } else {
                    int count = st.getUpdateCount();
                    out.println("Query OK, " + Math.max(count, 0) + (count == 1 ? " row" : " rows") + " affected");
                }
                ExpectedWarnings.describe(sql, st.getWarnings()).forEach(out::println);
                out.flush();
            } catch (SQLException e) {
                throw new StatementFailedException(sql, stmt.line(), e);
            }
        }
    }

    /**
     * The error a user sees for a failed statement, the same from {@code workbook sql} and {@code Workbook.sql}: the
     * statement, the server's code, SQLSTATE and message, and the catalogue's next step and page. Exit code 3 when the
     * error means the environment is not ready, else 2. {@code secrets} are masked in the message.
     */
    public static WorkbookException failure(StatementFailedException e, String... secrets) {
        Diagnosis d = ErrorCatalogue.explain(e);
        // Detailed: in a notebook or JShell only the message is shown, and it must still name statement and page.
        return d.builder("SQL error " + e.getErrorCode() + " (SQLSTATE " + e.getSQLState() + ")"
                        + (e.line() > 1 ? " in the statement at line " + e.line() : "") + ": "
                        + Redactor.redact(e.getMessage(), secrets),
                e.statement(), "correct the statement and run it again", e).detailedMessage().build();
    }

    /** A statement failed: keeps the statement so the message can show it. */
    public static final class StatementFailedException extends SQLException {
        private final String statement;
        private final int line;

        StatementFailedException(String statement, int line, SQLException cause) {
            super(cause.getMessage(), cause.getSQLState(), cause.getErrorCode(), cause);
            this.statement = statement;
            this.line = line;
        }

        public String statement() {
            return statement;
        }

        /** The line of the script the statement starts on. */
        public int line() {
            return line;
        }
    }
}
