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
    private final java.util.Map<String, Object> extra = new java.util.LinkedHashMap<>();

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

    /** Any other Hibernate or Jakarta Persistence setting, e.g. schema-generation scripts; applied last. */
    public HibernateSetup property(String key, Object value) {
        extra.put(key, value);
        return this;
    }

    public SessionFactory build() {
        // Hibernate logs through JBoss Logging, which falls back to java.util.logging (INFO on stderr) unless told otherwise.
        if (System.getProperty("org.jboss.logging.provider") == null) {
            System.setProperty("org.jboss.logging.provider", "slf4j");
        }
        Configuration cfg = new Configuration();
        entities.forEach(cfg::addAnnotatedClass);
        cfg.getProperties().put(AvailableSettings.JAKARTA_NON_JTA_DATASOURCE, Workbook.dataSource());
        describeMariaDb(Workbook.target().serverVersion(), cfg);
        cfg.setProperty(AvailableSettings.SHOW_SQL, Boolean.toString(showSql));
        cfg.setProperty(AvailableSettings.FORMAT_SQL, Boolean.toString(showSql));
        cfg.setProperty(AvailableSettings.HIGHLIGHT_SQL, "false");
        cfg.setProperty(AvailableSettings.GENERATE_STATISTICS, Boolean.toString(statistics));
        cfg.setProperty(AvailableSettings.HBM2DDL_AUTO, schemaAction.getExternalHbm2ddlName());
        extra.forEach((k, v) -> cfg.getProperties().put(k, v));
        return cfg.buildSessionFactory();
    }

    /**
     * Connector/J reports every server as "MySQL" and its metadata calls fail on MariaDB 11 (they query
     * information_schema.KEYWORDS.RESERVED, which only MySQL has), so Hibernate could not pick a dialect.
     * For MariaDB we name the product and version ourselves and skip the JDBC metadata lookup.
     */
    static void describeMariaDb(String serverVersion, Configuration cfg) {
        if (serverVersion == null || !serverVersion.contains("MariaDB")) {
            return;
        }
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("^(\\d+(?:\\.\\d+){0,2})").matcher(serverVersion);
        cfg.setProperty(AvailableSettings.JAKARTA_HBM2DDL_DB_NAME, "MariaDB");
        if (m.find()) {
            cfg.setProperty(AvailableSettings.JAKARTA_HBM2DDL_DB_VERSION, m.group(1));
        }
        cfg.setProperty(AvailableSettings.ALLOW_METADATA_ON_BOOT, "false");
    }
}
