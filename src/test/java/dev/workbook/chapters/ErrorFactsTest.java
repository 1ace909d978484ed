package dev.workbook.chapters;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ErrorFactsTest {

    @Test
    @DisplayName("an expected SQL error or exception class is found deep in the cause chain")
    void codeAndClassInCauseChain() {
        SQLException sql = new SQLException("Duplicate entry 'a' for key 'email'", "23000", 1062);
        RuntimeException wrapped = new IllegalStateException("could not execute statement", new RuntimeException(sql));
        ErrorFacts facts = ErrorFacts.of(wrapped);
        assertThat(facts.vendorCode()).isEqualTo(1062);
        assertThat(facts.sqlCode()).isEqualTo("MySQL/MariaDB error 1062 (SQLSTATE 23000)");
        assertThat(facts.rootMessage()).endsWith("Duplicate entry 'a' for key 'email'");
        assertThat(ErrorFacts.hasSqlError(wrapped, 1062)).isTrue();
        assertThat(ErrorFacts.hasSqlError(wrapped, 1146)).isFalse();
        assertThat(ErrorFacts.hasClass(wrapped, "SQLException")).as("matches causes by simple name").isTrue();
        assertThat(ErrorFacts.hasClass(wrapped, "java.lang.RuntimeException")).as("and superclasses by full name").isTrue();
    }
}
