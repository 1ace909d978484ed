package dev.workbook.chapters;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class KnownErrorsTest {
    static final Path PROJECT = Path.of(System.getProperty("workbook.project.dir", "."));

    @Test
    @DisplayName("every page the runner links to exists and opens with the error text a user would search for")
    void pagesExist() throws Exception {
        for (String page : KnownErrors.pages()) {
            Path p = PROJECT.resolve(page);
            assertThat(p).as(page + " is linked from KnownErrors").exists();
            String first = Files.readAllLines(p).get(0);
            assertThat(first).as(page + " opens with the exact error as its title").startsWith("# ").hasSizeGreaterThan(20);
        }
    }

    @Test
    @DisplayName("the SQL error code is found deep in the cause chain and picks its page")
    void codeInCauseChain() {
        SQLException sql = new SQLException("Duplicate entry 'a' for key 'email'", "23000", 1062);
        RuntimeException wrapped = new IllegalStateException("could not execute statement", new RuntimeException(sql));
        ErrorFacts facts = ErrorFacts.of(wrapped);
        assertThat(facts.vendorCode()).isEqualTo(1062);
        assertThat(facts.sqlState()).isEqualTo("23000");
        assertThat(KnownErrors.page(facts)).isEqualTo("troubleshooting/1062-duplicate-entry.md");
        assertThat(ErrorFacts.hasSqlError(wrapped, 1062)).isTrue();
        assertThat(ErrorFacts.hasSqlError(wrapped, 1146)).isFalse();
        assertThat(ErrorFacts.hasClass(wrapped, "SQLException")).as("matches causes by simple name").isTrue();
        assertThat(ErrorFacts.hasClass(wrapped, "java.lang.RuntimeException")).as("and superclasses by full name").isTrue();
    }

    @Test
    @DisplayName("errors without a code are recognised by their text")
    void byText() {
        ErrorFacts facts = new ErrorFacts(List.of("org.flywaydb.core.api.exception.FlywayValidateException: Validate failed: "
                + "Migrations have failed validation\nMigration checksum mismatch for migration version 1"), null, null);
        assertThat(KnownErrors.page(facts)).isEqualTo("troubleshooting/flyway-checksum-mismatch.md");
        assertThat(KnownErrors.page(new ErrorFacts(List.of("java.lang.ArithmeticException: / by zero"), null, null))).isNull();
    }

    @Test
    @DisplayName("the errors of chapters 6-14 lead to their pages: foreign keys by code, Flyway and HQL by text")
    void laterChapters() {
        SQLException parent = new SQLException("Cannot delete or update a parent row: a foreign key constraint fails", "23000", 1451);
        assertThat(KnownErrors.page(ErrorFacts.of(new RuntimeException(parent))))
                .isEqualTo("troubleshooting/foreign-key-constraint-fails.md");
        ErrorFacts failed = new ErrorFacts(List.of("org.flywaydb.core.api.exception.FlywayValidateException: Validate failed: "
                + "Migrations have failed validation\nDetected failed migration to version 3 (add course level)."), null, null);
        assertThat(KnownErrors.page(failed)).as("not the checksum page: same first line, different problem")
                .isEqualTo("troubleshooting/flyway-failed-migration.md");
        ErrorFacts hql = new ErrorFacts(List.of("org.hibernate.query.SemanticException: Could not interpret path expression 'first_name'"),
                null, null);
        assertThat(KnownErrors.page(hql)).isEqualTo("troubleshooting/hql-could-not-resolve-attribute.md");
    }
}
