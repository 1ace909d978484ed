package dev.workbook.db;

import java.sql.Connection;
import java.sql.PreparedStatement;
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

    public static void ensureDatabaseAndAppUser(DataSource admin, String database, Credentials app, List<String> hosts)
            throws SQLException {
        try (Connection c = admin.getConnection(); Statement st = c.createStatement()) {
            st.execute("CREATE DATABASE IF NOT EXISTS " + ident(database)
                    + " CHARACTER SET " + CHARSET + " COLLATE " + COLLATION);
            for (String host : hosts) {
                String account = quote(app.user()) + "@" + quote(host);
                try (PreparedStatement ps = c.prepareStatement("CREATE USER IF NOT EXISTS " + account + " IDENTIFIED BY ?")) {
                    ps.setString(1, app.password());
                    ps.execute();
                }
                try (PreparedStatement ps = c.prepareStatement("ALTER USER " + account + " IDENTIFIED BY ?")) {
                    ps.setString(1, app.password());
                    ps.execute();
                }
                st.execute("GRANT ALL PRIVILEGES ON " + ident(database) + ".* TO " + account);
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
