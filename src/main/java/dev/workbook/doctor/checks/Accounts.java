package dev.workbook.doctor.checks;

import dev.workbook.doctor.catalogue.AccountFixes;
import dev.workbook.doctor.catalogue.FixContext;
import dev.workbook.doctor.catalogue.Fixes;
import dev.workbook.doctor.reports.Finding;
import dev.workbook.doctor.reports.Status;
import dev.workbook.errors.KnownError;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What the login revealed about accounts: root on socket authentication, the workbook running as an
 * all-powerful user, caching_sha2_password without TLS, accounts on the retiring mysql_native_password.
 */
public final class Accounts {
    private Accounts() {
    }

    static List<Finding> check(Connection c, TargetSpec t, FixContext x, int seconds) {
        List<Finding> out = new ArrayList<>();
        String grants = String.join(" ", column(c, "SHOW GRANTS", seconds));
        boolean global = grants.contains("ALL PRIVILEGES ON *.*") || t.user().equals("root");
        if (global) {
            out.add(Finding.problem("privileges", Status.WARNING, t.user() + " has privileges on every database: a typo in "
                    + "an exercise can drop someone else's data", KnownError.PROVIDER,
                    "use an application user instead: " + AccountFixes.appUser(x)));
        } else {
            out.add(Finding.ok("privileges", t.user() + " has privileges on " + t.database() + " only"));
        }
        String cipher = first(c, "SHOW SESSION STATUS LIKE 'Ssl_cipher'", 2, seconds);
        String plugin = ownPlugin(c, seconds);
        boolean tls = cipher != null && !cipher.isBlank();
        if ("caching_sha2_password".equals(plugin) && !tls) {
            out.add(Finding.problem("auth", Status.WARNING, t.user() + " uses caching_sha2_password without TLS: logins work "
                    + "from the server's cache, but the first one after a restart fails with 'Public Key Retrieval is not "
                    + "allowed'", KnownError.PUBLIC_KEY_RETRIEVAL, Fixes.of(KnownError.PUBLIC_KEY_RETRIEVAL, x)));
        } else {
            out.add(Finding.info("auth", t.user() + " authenticates with " + (plugin == null ? "an unknown plugin" : plugin)
                    + (tls ? ", over TLS (" + cipher + ")" : ", without TLS")));
        }
        List<String> policy = column(c, "SHOW VARIABLES LIKE 'validate_password%'", seconds);
        if (!policy.isEmpty()) {
            out.add(Finding.problem("policy", Status.INFO, "validate_password is active: new passwords must meet its policy",
                    KnownError.PASSWORD_POLICY, Fixes.of(KnownError.PASSWORD_POLICY, x)));
        }
        out.addAll(allAccounts(c, x, seconds));
        return out;
    }

    /** Needs SELECT on mysql.user, which an application user rightly lacks; then it says so and moves on. */
    private static List<Finding> allAccounts(Connection c, FixContext x, int seconds) {
        List<Finding> out = new ArrayList<>();
        List<String> rows = new ArrayList<>();
        try (Statement st = c.createStatement()) {
            st.setQueryTimeout(seconds);
            try (ResultSet rs = st.executeQuery("SELECT user, host, plugin FROM mysql.user ORDER BY user, host")) {
                while (rs.next()) {
                    rows.add(rs.getString(1) + "@" + rs.getString(2) + " " + rs.getString(3));
                }
            }
        } catch (SQLException e) {
            out.add(Finding.info("accounts", "the account list is not readable as this user (fine for an application user)"));
            return out;
        }
        String rootAuth = String.join(" ", column(c, "SHOW CREATE USER 'root'@'localhost'", seconds)).toLowerCase(Locale.ROOT);
        if (rootAuth.contains("unix_socket") || rootAuth.contains("auth_socket")) {
            out.add(Finding.problem("root", Status.INFO, "root@localhost logs in through the socket only: `" + x.admin()
                    + "` works, Java as root gets 1698; the workbook uses its own user", KnownError.AUTH_SOCKET, null));
        }
        if (x.version().isMySql() && x.version().atLeast(8, 0, 34)) {
            List<String> nat = rows.stream().filter(r -> r.endsWith(" mysql_native_password")).map(r -> r.split(" ")[0]).toList();
            if (!nat.isEmpty()) {
                out.add(Finding.problem("accounts", Status.WARNING, "accounts still on mysql_native_password (disabled in 8.4, "
                        + "removed in 9.0): " + String.join(", ", nat), KnownError.NATIVE_PASSWORD_NOT_LOADED,
                        Fixes.of(KnownError.NATIVE_PASSWORD_NOT_LOADED, x)));
            }
        }
        out.add(Finding.info("accounts", rows.size() + " accounts: " + String.join(", ", rows.stream().limit(8).toList())
                + (rows.size() > 8 ? ", …" : "")));
        return out;
    }

    private static String ownPlugin(Connection c, int seconds) {
        String create = String.join(" ", column(c, "SHOW CREATE USER CURRENT_USER()", seconds));
        for (String p : new String[] {"caching_sha2_password", "mysql_native_password", "sha256_password", "unix_socket",
            "auth_socket", "ed25519", "parsec"}) {
            if (create.contains(p)) {
                return p;
            }
        }
        return create.isEmpty() ? null : create.contains("IDENTIFIED BY PASSWORD") ? "mysql_native_password" : null;
    }

    private static List<String> column(Connection c, String sql, int seconds) {
        List<String> out = new ArrayList<>();
        try (Statement st = c.createStatement()) {
            st.setQueryTimeout(seconds);
            try (ResultSet rs = st.executeQuery(sql)) {
                int n = rs.getMetaData().getColumnCount();
                while (rs.next()) {
                    out.add(rs.getString(n));
                }
            }
        } catch (SQLException e) {
            return List.of();
        }
        return out;
    }

    private static String first(Connection c, String sql, int col, int seconds) {
        try (Statement st = c.createStatement()) {
            st.setQueryTimeout(seconds);
            try (ResultSet rs = st.executeQuery(sql)) {
                return rs.next() ? rs.getString(col) : null;
            }
        } catch (SQLException e) {
            return null;
        }
    }
}
