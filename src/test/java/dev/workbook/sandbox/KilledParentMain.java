package dev.workbook.sandbox;

import dev.workbook.config.ProviderKind;
import dev.workbook.db.Credentials;
import dev.workbook.db.DbTarget;
import dev.workbook.sandbox.db.RunDatabase;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * A checker that KilledParentTest kills with -9 in the middle of a run: it creates a run database, starts a student
 * JVM and runs a script that marks the database and then loops, with a wall time long enough never to end by itself.
 * Arguments: host port appUser appPassword adminUser adminPassword containment.
 */
public final class KilledParentMain {
    private KilledParentMain() {
    }

    public static void main(String[] a) {
        DbTarget base = new DbTarget(ProviderKind.EMBEDDED, a[0], Integer.parseInt(a[1]), "workbook",
                new Credentials(a[2], a[3]), new Credentials(a[4], a[5]), null);
        StudentJvm jvm = StudentJvm.start(Limits.defaults().withWallTime(Duration.ofMinutes(5)), Containment.valueOf(a[6]));
        RunDatabase db = RunDatabase.create(base);
        System.out.println("run database " + db.name());
        jvm.run(new RunRequest("killed", List.of(new Step("visible", List.of(new Piece("Fixture.jsh", 1, """
                dev.workbook.Workbook.sql("CREATE TABLE started (pid BIGINT)");
                dev.workbook.Workbook.sql("INSERT INTO started VALUES (" + ProcessHandle.current().pid() + ")");
                while (true) { try { Thread.sleep(50); } catch (Throwable t) { } }
                """, true)), db.login())), Map.of()));
    }
}
