package dev.workbook.db.docker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.workbook.Workbook;
import dev.workbook.db.DbTarget;
import dev.workbook.testing.SharedServer;
import dev.workbook.testing.TestHomes;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.hibernate.SessionFactory;
import org.hibernate.tool.schema.Action;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * What a student does in the workbook, against the docker provider instead of the embedded server: Flyway
 * migrations, a Hibernate entity validated against the migrated schema, transactions, and a check that looks
 * at the database. (The chapter runner and exercise checks run the same steps once they exist; see the report.)
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@DisplayName("docker provider: a workbook session with Flyway and Hibernate")
class DockerWorkbookScenarioTest {
    private final Path home = TestHomes.fresh("docker-scenario");
    private DbTarget target;

    @BeforeAll
    void start() {
        DockerTestSupport.requireDockerAndImage();
        target = DockerTestSupport.provider(home).start();
        Workbook.use(target);
    }

    @Test
    @Order(1)
    @DisplayName("Flyway applies the migrations once, as the application user, and a second run applies nothing")
    void flywayMigrates() {
        Flyway flyway = Flyway.configure().dataSource(Workbook.dataSource())
                .locations("classpath:db/docker-scenario").load();
        MigrateResult first = flyway.migrate();
        assertThat(first.migrationsExecuted).as("both migrations ran").isEqualTo(2);
        assertThat(first.targetSchemaVersion).isEqualTo("2");
        assertThat(flyway.migrate().migrationsExecuted).as("nothing is applied twice").isZero();
    }

    @Test
    @Order(2)
    @DisplayName("Hibernate validates the entity against the migrated schema and its committed rows are in the table")
    void hibernatePersistsCommittedRows() throws Exception {
        try (SessionFactory sf = Workbook.hibernate(ScenarioStudent.class).schema(Action.VALIDATE).build()) {
            ScenarioStudent ada = new ScenarioStudent("Ada Łovelace 🙂", "ada@example.org");
            sf.inTransaction(s -> {
                s.persist(ada);
                s.persist(new ScenarioStudent("Grace Hopper", "grace@example.org"));
            });
            assertThat(ada.id()).as("the database generated the key").isNotNull();
            assertThatThrownBy(() -> sf.inTransaction(s -> s.persist(new ScenarioStudent("Copy", "ada@example.org"))))
                    .as("the unique index from migration V2 rejects a second ada@example.org");
            long count = sf.fromSession(s -> s.createSelectionQuery("select count(*) from ScenarioStudent", Long.class)
                    .getSingleResult());
            assertThat(count).as("the failed transaction left nothing behind").isEqualTo(2);
        }
        try (Connection c = Workbook.connect(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT name FROM student WHERE email = 'ada@example.org'")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).as("4-byte characters stored intact").isEqualTo("Ada Łovelace 🙂");
        }
    }

    @AfterAll
    void cleanUp() {
        if (target != null) {
            // Later tests expect the facade on the shared embedded server, as SharedServer left it.
            Workbook.use(SharedServer.target());
        }
        assertThat(DockerTestSupport.tearDown(home)).as("db stop removed the container").isEmpty();
    }
}
