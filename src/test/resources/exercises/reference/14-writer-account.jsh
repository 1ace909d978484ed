// REFERENCE SOLUTION, used by the tests only (shown by `workbook exercises solution 14-writer-account` once solved): the stub with its parts done.
// Exercise 14-writer-account: the task is at the end of chapter 14-passwords-and-access (notebooks/14-passwords-and-access.ipynb).
// Generated from src/main/resources/chapters/14-passwords-and-access.md by ./workbook chapters export.
// Write your solution only between the ">>> your solution" and "<<< end" lines (each // TODO: marks a place):
// a check takes those parts from this file and everything else from the workbook's own copy.
// Check it in one step:   ./workbook check 14-writer-account      (or keep it checked on every save: ./workbook watch)
// Hints: ./workbook exercises hint 14-writer-account      Start again: ./workbook reset 14-writer-account

import dev.workbook.Workbook;
import dev.workbook.exercises.Exercises;
import java.sql.SQLException;
import javax.sql.DataSource;

Exercises.seed("14-writer-account");   // notice: 'Exams start on Monday'

// >>> your solution, part 1 of 1: edit between this line and the matching "end" line
void grantWriter(String account, String database) {
    Workbook.sql("GRANT SELECT, INSERT, UPDATE ON `" + database + "`.* TO " + account);
}
// <<< end of part 1

// The check: ./workbook check runs the same code in a JVM of its own; plain jshell runs it here.
Exercises.check("14-writer-account", () -> {
    Exercises.Account writer = Exercises.account("writer");   // made for this check, with no privileges yet
    for (String account : writer.accounts()) {
        grantWriter(account, Workbook.target().database());
    }
    DataSource asWriter = Workbook.dataSource(writer.user(), writer.password());
    Workbook.sql(asWriter, "INSERT INTO notice (message) VALUES ('written by the writer')");
    try {
        Workbook.sql(asWriter, "DELETE FROM notice");
        System.out.println("the DELETE worked: the writer may do too much");
    } catch (RuntimeException e) {
        System.out.println("refused, as it should be: " + e.getMessage());
    }
    Workbook.sql(asWriter, "SHOW GRANTS");
});
/exit
