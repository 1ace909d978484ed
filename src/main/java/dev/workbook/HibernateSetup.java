package dev.workbook;

import java.util.ArrayList;
import java.util.List;
import org.hibernate.SessionFactory;
import org.hibernate.cfg.AvailableSettings;
import org.hibernate.cfg.Configuration;
import org.hibernate.tool.schema.Action;

/** Builds a Hibernate SessionFactory on the workbook database. Short by default, explicit when asked. */
public final class HibernateSetup {
    private final List<Class<?>> entities;
    private boolean showSql;
    private Action schemaAction = Action.NONE;
    private boolean statistics;

    private HibernateSetup(List<Class<?>> entities) {
        this.entities = entities;
    }

    static HibernateSetup of(Class<?>... entities) {
        return new HibernateSetup(new ArrayList<>(List.of(entities)));
    }

    /** Prints every SQL statement Hibernate sends, formatted. */
    public HibernateSetup showSql() {
        this.showSql = true;
        return this;
    }

    /** What to do to the schema at start: CREATE (drop and create), UPDATE, VALIDATE or NONE (default). */
    public HibernateSetup schema(Action action) {
        this.schemaAction = action;
        return this;
    }

    /** Collects statistics (statement counts) readable through sessionFactory.getStatistics(). */
    public HibernateSetup statistics() {
        this.statistics = true;
        return this;
    }

    public SessionFactory build() {
        Configuration cfg = new Configuration();
        entities.forEach(cfg::addAnnotatedClass);
        cfg.getProperties().put(AvailableSettings.JAKARTA_NON_JTA_DATASOURCE, Workbook.dataSource());
        dialectFor(Workbook.target().serverVersion()).ifPresent(d -> cfg.setProperty(AvailableSettings.DIALECT, d));
        cfg.setProperty(AvailableSettings.SHOW_SQL, Boolean.toString(showSql));
        cfg.setProperty(AvailableSettings.FORMAT_SQL, Boolean.toString(showSql));
        cfg.setProperty(AvailableSettings.HIGHLIGHT_SQL, "false");
        cfg.setProperty(AvailableSettings.GENERATE_STATISTICS, Boolean.toString(statistics));
        cfg.setProperty(AvailableSettings.HBM2DDL_AUTO, schemaAction.getExternalHbm2ddlName());
        return cfg.buildSessionFactory();
    }

    /**
     * Connector/J reports every server as "MySQL", so Hibernate would take MariaDB 11.4 for a MySQL 11 and fail
     * on MySQL-only metadata queries (information_schema.KEYWORDS.RESERVED). The version string tells them apart.
     */
    static java.util.Optional<String> dialectFor(String serverVersion) {
        return serverVersion != null && serverVersion.contains("MariaDB")
                ? java.util.Optional.of("org.hibernate.dialect.MariaDBDialect")
                : java.util.Optional.empty();
    }
}
