package dev.workbook.db;

import com.mysql.cj.jdbc.MysqlDataSource;
import dev.workbook.config.ProviderKind;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * Where the workbook database is and how to log in to it: the application account and, where the
 * provider has one, an administrative account (used to create databases and throwaway schemas).
 */
public record DbTarget(ProviderKind provider, String host, int port, String database,
                       Credentials app, Credentials admin, String serverVersion) {

    /**
     * Connection properties every connection uses: short connect timeout, UTF-8 with 4-byte characters, and JDBC
     * metadata calls without a database name look at the current database only (Connector/J would otherwise search
     * every database the account can see, and Hibernate's schema update/validate would find another database's table).
     */
    static final String URL_OPTIONS = "connectTimeout=5000&characterEncoding=UTF-8&connectionCollation=utf8mb4_unicode_ci"
            + "&nullDatabaseMeansCurrent=true";

    public String jdbcUrl() {
        return jdbcUrl(database);
    }

    /** A URL for another database on the same server (no password in it). */
    public String jdbcUrl(String db) {
        return "jdbc:mysql://" + host + ":" + port + "/" + (db == null ? "" : db) + "?" + URL_OPTIONS;
    }

    /** The URL with user and password, for tools that want one string; callers decide whether to show it. */
    public String jdbcUrlWithCredentials(boolean showPassword) {
        return jdbcUrl() + "&user=" + app.user() + "&password="
                + (showPassword ? app.password() : Redactor.MASK);
    }

    public DataSource dataSource() {
        return dataSource(database, app);
    }

    public Optional<DataSource> adminDataSource() {
        return Optional.ofNullable(admin).map(a -> dataSource("", a));
    }

    public Connection connect() throws SQLException {
        return dataSource().getConnection();
    }

    public DataSource dataSource(String db, Credentials who) {
        MysqlDataSource ds = new MysqlDataSource();
        ds.setURL(jdbcUrl(db));
        ds.setUser(who.user());
        ds.setPassword(who.password() == null ? "" : who.password());
        return ds;
    }

    /** The same server and accounts, another database on it. */
    public DbTarget withDatabase(String db) {
        return new DbTarget(provider, host, port, db, app, admin, serverVersion);
    }

    public DbTarget withServerVersion(String version) {
        return new DbTarget(provider, host, port, database, app, admin, version);
    }

    @Override
    public String toString() {
        return provider.id() + " " + app.user() + "@" + host + ":" + port + "/" + database
                + (serverVersion == null ? "" : " (" + serverVersion + ")");
    }
}
