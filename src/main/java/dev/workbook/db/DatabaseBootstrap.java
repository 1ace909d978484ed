package dev.workbook.db;

import dev.workbook.config.ConfigKey;
import dev.workbook.config.Settings;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import javax.sql.DataSource;

/**
 * Creates the workbook database (utf8mb4) and the application user, with privileges on that database only.
 * Idempotent: safe on every start. Works on MySQL 8.0-9.x and MariaDB 10.4+.
 */
public final class DatabaseBootstrap {
    /** Supported by MySQL 8+ and MariaDB alike, unlike either server's newer default collation. */
    public static final String CHARSET = "utf8mb4";
    public static final String COLLATION = "utf8mb4_unicode_ci";

    private DatabaseBootstrap() {
    }

    /** What the workbook may do to an application account that already exists. */
    public enum Existing {
        /** The workbook made it and generated its password: keep password and privileges in step. */
        MANAGE,
        /** The user named it and configured an admin to set things up: grant it the workbook database, keep its password. */
        GRANT,
        /** The user named it with their own password: leave it exactly as it is. */
        LEAVE
    }

    /**
     * Creates the database if missing and makes sure the application user can use it. A missing account is
     * created with the given password and granted the database; an existing one is treated as {@code existing}
     * says, so the workbook never resets someone's password or widens an account the user did not hand over.
     */
    public static void ensureDatabaseAndAppUser(DataSource admin, String database, Credentials app, List<String> hosts,
                                                Existing existing) throws SQLException {
        try (Connection c = admin.getConnection(); Statement st = c.createStatement()) {
            st.execute("CREATE DATABASE IF NOT EXISTS " + ident(database)
                    + " CHARACTER SET " + CHARSET + " COLLATE " + COLLATION);
            for (String host : hosts) {
                String account = quote(app.user()) + "@" + quote(host);
                boolean exists = accountExists(c, app.user(), host);
                if (exists && existing == Existing.LEAVE) {
                    continue;
                }
                if (!exists || existing == Existing.MANAGE) {
                    String verb = exists ? "ALTER USER " : "CREATE USER ";
                    try (PreparedStatement ps = c.prepareStatement(verb + account + " IDENTIFIED BY ?")) {
                        ps.setString(1, app.password());
                        ps.execute();
                    }
                }
                st.execute("GRANT ALL PRIVILEGES ON " + ident(database) + ".* TO " + account);
            }
        }
    }

    /** The workbook's own application user, whose password the workbook generated. */
    public static void ensureDatabaseAndAppUser(DataSource admin, String database, Credentials app, List<String> hosts)
            throws SQLException {
        ensureDatabaseAndAppUser(admin, database, app, hosts, Existing.MANAGE);
    }

    /**
     * The workbook manages the default application user when it generated its password; an account the user
     * named, or gave a password of their own, is left alone.
     */
    public static Existing managedIf(Settings settings) {
        boolean generated = settings.get(ConfigKey.DB_PASSWORD) == null
                && ConfigKey.DB_USER.defaultValue().equals(settings.get(ConfigKey.DB_USER));
        return generated ? Existing.MANAGE : Existing.LEAVE;
    }

    private static boolean accountExists(Connection c, String user, String host) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM mysql.user WHERE User = ? AND Host = ?")) {
            ps.setString(1, user);
            ps.setString(2, host);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1) > 0;
            }
        }
    }

    /** Backquotes an identifier that the settings already restricted to letters, digits, _ and $. */
    public static String ident(String name) {
        if (!name.matches("[A-Za-z0-9_$]{1,64}")) {
            throw new IllegalArgumentException("not a plain identifier: " + name);
        }
        return "`" + name + "`";
    }

    private static String quote(String s) {
        if (!s.matches("[A-Za-z0-9_$.%:\\-]{1,255}")) {
            throw new IllegalArgumentException("not a plain account part: " + s);
        }
        return "'" + s + "'";
    }
}
