package dev.workbook.sandbox;

import dev.workbook.Workbook;
import dev.workbook.chapters.ScriptShell;
import dev.workbook.config.ProviderKind;
import dev.workbook.db.Credentials;
import dev.workbook.db.DbTarget;
import java.io.OutputStream;
import java.io.PrintStream;
import java.time.Duration;

/**
 * Warm-up. In a one-off JVM that dumps the class-data-sharing archive at exit ({@link ClassDataArchive}): loads the classes a
 * typical run loads (JShell and its compiler, snippets that declare records, classes and lambdas, a Hibernate
 * bootstrap), so that later student JVMs map them instead of loading and verifying them again. Needs no database:
 * Hibernate is told the server version and never connects.
 */
final class Training {
    private static final String SCRIPT = String.join("\n",
            "import jakarta.persistence.*;",
            "import java.util.*;",
            "import java.util.stream.*;",
            "import dev.workbook.Workbook;",
            "record Point(int x, int y) { }",
            "@Entity(name = \"Trained\") class Trained { @Id @GeneratedValue Long id; String name; }",
            "int twice(int n) { return 2 * n; }",
            "var names = Stream.of(\"ada\", \"carl\").map(String::toUpperCase).collect(Collectors.toList());",
            "try { Integer.parseInt(\"x\"); } catch (NumberFormatException e) { }",
            "var sf = Workbook.sessionFactory(Trained.class);",
            "sf.close();",
            "String s = \"unfinished\"");

    private Training() {
    }

    /** The one-off archive-making JVM: prints nothing. */
    static void run() {
        System.setOut(new PrintStream(OutputStream.nullOutputStream()));
        warm();
    }

    /**
     * Also what a new worker does before its first run, while the trusted process creates the databases: the first
     * snippets and the first Hibernate bootstrap of a JVM are the slow ones, so they should not be the student's.
     */
    static void warm() {
        PrintStream quiet = new PrintStream(OutputStream.nullOutputStream());
        Workbook.use(new DbTarget(ProviderKind.SERVER, "127.0.0.1", 9, "trained", new Credentials("trained", "x"), null,
                "11.4.5-MariaDB"));
        try (ScriptShell shell = ScriptShell.open(quiet)) {
            shell.run("training.jsh", 1, SCRIPT, Duration.ofMinutes(1));
            shell.run("training.jsh", 20, "int broken = \"x\";", Duration.ofMinutes(1));
        } catch (RuntimeException e) {
            // Whatever loaded until here is archived all the same.
        }
    }
}
