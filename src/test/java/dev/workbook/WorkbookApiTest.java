package dev.workbook;

import static org.assertj.core.api.Assertions.assertThat;

import dev.workbook.testing.SharedServer;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import org.hibernate.SessionFactory;
import org.hibernate.tool.schema.Action;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The Workbook facade gives JDBC and Hibernate in one call each")
class WorkbookApiTest {

    @Entity(name = "Pet")
    public static class Pet {
        @Id
        @GeneratedValue(strategy = GenerationType.IDENTITY)
        Long id;

        @Column(length = 50, nullable = false)
        String name;

        public Pet() {
        }

        Pet(String name) {
            this.name = name;
        }
    }

    @BeforeAll
    static void database() {
        SharedServer.freshDatabase("api_test");
    }

    @Test
    @DisplayName("Workbook.connect() reaches the configured database")
    void jdbc() throws Exception {
        try (Connection c = Workbook.connect(); ResultSet rs = c.createStatement().executeQuery("SELECT DATABASE()")) {
            rs.next();
            assertThat(rs.getString(1)).isEqualTo("api_test");
        }
    }

    @Test
    @DisplayName("Workbook.hibernate(...) creates the schema and persists entities that JDBC then sees")
    void hibernate() throws Exception {
        try (SessionFactory sf = Workbook.hibernate(Pet.class).schema(Action.CREATE).statistics().build()) {
            sf.inTransaction(s -> s.persist(new Pet("Menagerie cat")));
            assertThat(sf.getStatistics().getEntityInsertCount()).isEqualTo(1);
        }
        try (Connection c = Workbook.connect();
             ResultSet rs = c.createStatement().executeQuery("SELECT name FROM Pet")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo("Menagerie cat");
        }
    }

    @Test
    @DisplayName("Workbook.sql(...) prints result sets as tables")
    void sqlPrints() {
        PrintStream old = System.out;
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        System.setOut(new PrintStream(buf, true, StandardCharsets.UTF_8));
        try {
            Workbook.sql("SELECT 'hello' AS greeting");
        } finally {
            System.setOut(old);
        }
        assertThat(buf.toString(StandardCharsets.UTF_8)).contains("| greeting |", "| hello    |", "1 row in set");
    }
}
