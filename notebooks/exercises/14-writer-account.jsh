// Exercise 14-writer-account: An account that may write but not delete
// The task is at the end of chapter 14-passwords-and-access (notebooks/14-passwords-and-access.ipynb). Edit this file where it says TODO,
// then check it against a real database in one step:
//   ./workbook check 14-writer-account
// The check runs this script in a throwaway database and looks at what it leaves there (tables, rows), not at what it prints.
// Hints: ./workbook exercises hint 14-writer-account      Start again: git checkout -- notebooks/exercises/14-writer-account.jsh

import dev.workbook.Workbook;
import dev.workbook.db.Credentials;
import dev.workbook.sql.SqlRunner;
import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import javax.sql.DataSource;

Workbook.sql("SELECT CURRENT_USER() AS logged_in_as, DATABASE() AS current_database");

DataSource admin = Workbook.target().adminDataSource().orElseThrow(() -> new IllegalStateException(
        "this chapter needs an administrative account: use the embedded or docker provider, or set admin.user and admin.password"));
String db = Workbook.target().database();

void asAdmin(String sql, String... params) throws SQLException {
    try (Connection c = admin.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
        for (int i = 0; i < params.length; i++) {
            ps.setString(i + 1, params[i]);
        }
        ps.execute();
    }
}

void run(DataSource ds, String sql) throws SQLException {
    try (Connection c = ds.getConnection()) {
        SqlRunner.run(c, sql, new PrintWriter(System.out, true));
    }
}

String firstValue(DataSource ds, String sql) throws SQLException {
    try (Connection c = ds.getConnection(); var rs = c.createStatement().executeQuery(sql)) {
        rs.next();
        return rs.getString(1);
    }
}

Workbook.sql("""
        DROP TABLE IF EXISTS notice;
        CREATE TABLE notice (id INT AUTO_INCREMENT PRIMARY KEY, message VARCHAR(200) NOT NULL);
        INSERT INTO notice (message) VALUES ('Exams start on Monday');
        """);

String seenFrom = firstValue(Workbook.dataSource(), "SELECT SUBSTRING_INDEX(USER(), '@', -1)");
List<String> hosts = seenFrom.equals("localhost") ? List.of("localhost") : List.of("localhost", seenFrom);
String writerPassword = "Writer-pass-2024!";   // a demo password; real ones come from a secret store

void createWriter() throws SQLException {
    // TODO: for each host in hosts, with asAdmin(...): create 'wb_writer'@host with writerPassword (CREATE USER IF NOT EXISTS,
    //       then ALTER USER ... IDENTIFIED BY ?), take every privilege away (REVOKE ALL PRIVILEGES, GRANT OPTION FROM ...),
    //       and grant SELECT, INSERT and UPDATE on this database (db) only: not DELETE, not DROP.
    throw new UnsupportedOperationException("Delete this statement and write your own solution");
}

createWriter();
DataSource writer = Workbook.target().dataSource(db, new Credentials("wb_writer", writerPassword));
run(writer, "INSERT INTO notice (message) VALUES ('written by the writer')");
try {
    run(writer, "DELETE FROM notice");
    System.out.println("the DELETE worked: wb_writer may do too much");
} catch (SQLException e) {
    System.out.println("refused, as it should be: ERROR " + e.getErrorCode() + ": " + e.getMessage());
}
run(writer, "SHOW GRANTS");
/exit
