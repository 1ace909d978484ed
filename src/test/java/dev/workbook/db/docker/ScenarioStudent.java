package dev.workbook.db.docker;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The entity of the workbook scenario run against the container (schema from Flyway migrations V1, V2). */
@Entity
@Table(name = "student")
public class ScenarioStudent {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 100)
    private String name;

    @Column(length = 200, unique = true)
    private String email;

    protected ScenarioStudent() {
    }

    ScenarioStudent(String name, String email) {
        this.name = name;
        this.email = email;
    }

    Long id() {
        return id;
    }
}
