package dev.workbook.sandbox;

import dev.workbook.db.DbTarget;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Small helpers for the sandbox tests: one-piece requests and reading a run database as the trusted side does. */
final class Scripts {
    private Scripts() {
    }

    static RunRequest one(DbLogin db, String code) {
        return new RunRequest("test", List.of(new Step("visible", List.of(new Piece("Fixture.jsh", 1, code, true)), db)), Map.of());
    }

    static Step step(String name, DbLogin db, Piece... pieces) {
        return new Step(name, List.of(pieces), db);
    }

    static StepOutcome only(RunOutcome o) {
        return o.steps().get(0);
    }

    /** The first column of a query's rows, read as the administrative account on the run database. */
    static List<String> column(DbTarget checks, String sql) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Connection c = checks.dataSource(checks.database(), checks.admin()).getConnection();
             Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }
}
