package dev.workbook.sandbox;

import static dev.workbook.sandbox.Scripts.column;
import static dev.workbook.sandbox.Scripts.one;
import static dev.workbook.sandbox.Scripts.only;
import static org.assertj.core.api.Assertions.assertThat;

import dev.workbook.sandbox.db.RunDatabase;
import dev.workbook.testing.SharedServer;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Student code that reaches for what is not its own: the workbook database, another run's database, the checks'
 * target. The server refuses, the trusted side's view is unchanged, and two principals' runs at once do not meet.
 */
class IsolationTest {
    private static StudentJvm jvm;

    @BeforeAll
    static void start() {
        jvm = StudentJvm.start(Limits.defaults(), Containment.AUTO);
    }

    @AfterAll
    static void stop() {
        jvm.close();
    }

    @Test
    @DisplayName("Workbook.use(...) pointed at the workbook database or at another run's is refused by the server")
    void pointingTheFacadeElsewhereIsRefused() throws Exception {
        try (RunDatabase mine = RunDatabase.create(SharedServer.target());
             RunDatabase other = RunDatabase.create(SharedServer.target())) {
            for (String target : List.of(SharedServer.target().database(), other.name())) {
                StepOutcome s = only(jvm.run(one(mine.login(), """
                        import dev.workbook.Workbook;
                        Workbook.use(Workbook.target().withDatabase("%s"));
                        Workbook.sql("CREATE TABLE planted (id INT)");
                        """.formatted(target))));
                assertThat(s.ending()).as(s::toString).isEqualTo(Ending.FAILED);
                assertThat(s.failure().line()).isEqualTo(3);
                assertThat(s.failure().sqlCode()).as(s::toString).contains("error 1044");
            }
            other.revokeAndKill();
            assertThat(column(other.checkTarget(), "SHOW TABLES")).isEmpty();
            assertThat(column(mine.checkTarget(), "SELECT COUNT(*) FROM information_schema.TABLES WHERE TABLE_NAME = 'planted'"))
                    .containsExactly("0");
        }
    }

    @Test
    @DisplayName("dropping another run's database, or reading the server's accounts, is refused")
    void droppingAnotherRunsDatabaseIsRefused() throws Exception {
        try (RunDatabase mine = RunDatabase.create(SharedServer.target());
             RunDatabase other = RunDatabase.create(SharedServer.target())) {
            StepOutcome drop = only(jvm.run(one(mine.login(), "dev.workbook.Workbook.sql(\"DROP DATABASE " + other.name() + "\");")));
            assertThat(drop.ending()).isEqualTo(Ending.FAILED);
            assertThat(drop.failure().sqlCode()).contains("error 1044");
            StepOutcome users = only(jvm.run(one(mine.login(), "dev.workbook.Workbook.sql(\"SELECT User FROM mysql.user\");")));
            assertThat(users.ending()).isEqualTo(Ending.FAILED);
            assertThat(users.failure().details()).anySatisfy(d -> assertThat(d).contains("denied"));
            assertThat(column(other.checkTarget(), "SELECT DATABASE()")).containsExactly(other.name());
        }
    }

    @Test
    @DisplayName("two principals' runs at the same time, each in its own JVM and database, do not disturb each other")
    void twoPrincipalsAtOnce() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<List<String>>> results = new ArrayList<>();
            for (String who : List.of("ada", "carl")) {
                results.add(pool.submit((Callable<List<String>>) () -> {
                    try (StudentJvm own = StudentJvm.start(Limits.defaults(), Containment.AUTO);
                         RunDatabase db = RunDatabase.create(SharedServer.target())) {
                        RunOutcome o = own.run(one(db.login(), """
                                import dev.workbook.Workbook;
                                Workbook.sql("CREATE TABLE author (name VARCHAR(20))");
                                for (int i = 0; i < 20; i++) {
                                    Workbook.sql("INSERT INTO author VALUES ('%s')");
                                    Thread.sleep(10);
                                }
                                """.formatted(who)));
                        assertThat(o.completed()).as(o::toString).isTrue();
                        db.revokeAndKill();
                        return column(db.checkTarget(), "SELECT DISTINCT name FROM author");
                    }
                }));
            }
            assertThat(results.get(0).get()).containsExactly("ada");
            assertThat(results.get(1).get()).containsExactly("carl");
        } finally {
            pool.shutdownNow();
        }
    }
}
