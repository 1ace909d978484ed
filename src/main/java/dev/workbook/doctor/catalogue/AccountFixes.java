package dev.workbook.doctor.catalogue;

import dev.workbook.config.Versions;
import dev.workbook.db.ServerVersion;
import dev.workbook.errors.KnownError;

/**
 * Fixes that touch accounts, passwords and character sets. They first recommend the safe path (an application
 * user with a password and privileges on the workbook database only) and say why the old advice fails.
 */
public final class AccountFixes {
    static final String NEW = "<new-password>";

    private AccountFixes() {
    }

    static String of(KnownError c, FixContext x) {
        ServerVersion v = x.version();
        return switch (c) {
            case AUTH_SOCKET -> x.account() + " accepts only socket logins from the OS user of that name (so `" + x.admin()
                    + "` works while Java, always over TCP, gets 1698). Leave root alone; create an application user: "
                    + appUser(x) + ". Only if Java must log in as " + x.user() + ": " + socketAndPassword(v, x)
                    + ". Not UPDATE mysql.user SET plugin=...: " + whyNotUpdate(v);
            case ACCESS_DENIED -> "the server rejected " + x.account() + "'s password. Set a new one as the administrator ("
                    + x.admin() + "): " + alterUser(v, x.user(), "localhost") + " " + alterUser(v, x.user(), "127.0.0.1")
                    + " and put it in db.password in " + x.configFile() + " (or rerun setup/" + setupScript(x) + ", which does "
                    + "both). If it is root's password that is lost, see the page: --init-file reset, never --skip-grant-tables "
                    + "without --skip-networking";
            case PASSWORD_EXPIRED -> "log in with the client and set a new password: " + x.version().client()
                    + " -u " + x.user() + " -p, then " + (v.isMariaDb() ? "SET PASSWORD = PASSWORD('" + NEW + "');"
                    : "ALTER USER USER() IDENTIFIED BY '" + NEW + "';")
                    + (v.isMySql() || !v.known() ? " A fresh install's temporary root password is in the error log: sudo grep "
                    + "'temporary password' /var/log/mysqld.log" : "");
            case PASSWORD_POLICY -> v.isMariaDb()
                    ? "MariaDB's password check plugins: SHOW VARIABLES LIKE '%password_check%'; choose a password that "
                    + "meets them (simple_password_check: 8+ chars with upper, lower, digit and symbol)"
                    : "see the policy: SHOW VARIABLES LIKE 'validate_password.%'; choose a password that meets it (MEDIUM: 8+ "
                    + "chars with upper, lower, digit and symbol); test one with SELECT VALIDATE_PASSWORD_STRENGTH('"
                    + NEW + "') (100 = strong). Not SET GLOBAL validate_password_policy: that is the 5.7 plugin's name; "
                    + "8.0+ uses validate_password.policy";
            case PUBLIC_KEY_RETRIEVAL, SECURE_CONNECTION_REQUIRED -> "keep TLS on: drop useSSL=false/sslMode=DISABLED from "
                    + "the URL (the default sslMode=PREFERRED lets caching_sha2_password send the password over TLS); the "
                    + "CLI: drop --ssl-mode=DISABLED or add --get-server-public-key. Without TLS, for a server on this machine "
                    + "only: allowPublicKeyRetrieval=true (a man in the middle could hand over its own key), or "
                    + "serverRSAPublicKeyFile=<the server's public_key.pem>";
            case NATIVE_PASSWORD_NOT_LOADED -> nativePassword(v, x);
            case DEFAULT_AUTH_PLUGIN_REMOVED -> "delete the default_authentication_plugin line named above (MySQL 8.4 removed "
                    + "the variable and refuses to start with it; its replacement is authentication_policy, whose default "
                    + "'*,,' is right), then start the server: " + x.platform().startCommand(v)
                    + ". For an old account: ALTER USER ... IDENTIFIED WITH caching_sha2_password BY '" + NEW + "'";
            case PASSWORD_FUNCTION_REMOVED -> v.isMariaDb()
                    ? "MariaDB still has PASSWORD(), but mysql.user is a view since 10.4, so UPDATE on it fails: use "
                    + "ALTER USER " + x.account() + " IDENTIFIED BY '" + NEW + "';"
                    : "PASSWORD() was removed in MySQL 8.0: ALTER USER " + x.account() + " IDENTIFIED BY '" + NEW
                    + "'; (and no UPDATE mysql.user: it bypasses the server's checks and its privilege cache)";
            case SKIP_GRANT_TABLES -> "run FLUSH PRIVILEGES; first, then ALTER USER ...; then restart normally. Under "
                    + "--skip-grant-tables anyone may connect with any password: always add --skip-networking"
                    + (v.isMySql() ? " (MySQL 8.0+ adds it itself)" : "") + ". Safer: the --init-file reset on the page";
            case MYSQL_USER_IS_VIEW -> "mysql.user is a view over mysql.global_priv since MariaDB 10.4: use ALTER USER "
                    + "root@localhost IDENTIFIED VIA unix_socket OR mysql_native_password USING PASSWORD('" + NEW
                    + "'); (keeps sudo mariadb working) or, for an application user, ALTER USER " + x.account()
                    + " IDENTIFIED BY '" + NEW + "';";
            case UNKNOWN_DATABASE -> "create it as the administrator (" + x.admin() + "): CREATE DATABASE `" + x.database()
                    + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci; GRANT ALL PRIVILEGES ON `" + x.database()
                    + "`.* TO " + x.account() + "; Names are case-sensitive on Linux: compare with SHOW DATABASES";
            case DATABASE_ACCESS_DENIED -> "grant it as the administrator (" + x.admin() + "): CREATE DATABASE IF NOT EXISTS `"
                    + x.database() + "` CHARACTER SET utf8mb4; GRANT ALL PRIVILEGES ON `" + x.database() + "`.* TO "
                    + x.account() + "; (the server says 1044 rather than 1049 when you have no rights there)";
            case HOST_NOT_ALLOWED -> "no account matches the address the server sees for this client (named in the message). "
                    + "As the administrator create the user for it: CREATE USER '" + x.user() + "'@'<that address>' "
                    + "IDENTIFIED BY '" + NEW + "'; GRANT ALL PRIVILEGES ON `" + x.database() + "`.* TO '" + x.user()
                    + "'@'<that address>'; ('%' matches any host: development only). With Docker, connect to "
                    + "127.0.0.1 and the published port";
            case UTF8MB3 -> "convert the listed tables: ALTER TABLE <table> CONVERT TO CHARACTER SET utf8mb4 COLLATE "
                    + "utf8mb4_unicode_ci; and make utf8mb4 the database default: ALTER DATABASE `" + x.database()
                    + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci; Never write CHARACTER SET utf8: it means "
                    + "the 3-byte utf8mb3" + (v.isMySql() ? " (MySQL 8.0+ defaults to utf8mb4_0900_ai_ci)"
                    : v.line() == ServerVersion.Line.MARIADB_11 ? " (MariaDB 11.x defaults to utf8mb4_uca1400_ai_ci)" : "");
            case AUTH_PLUGIN_CANNOT_LOAD -> "an old client (mysql 5.7, old Workbench or PHP) cannot do caching_sha2_password: "
                    + "upgrade it. A MySQL 9.x client meeting a mysql_native_password account: move the account to "
                    + "caching_sha2_password (ALTER USER " + x.account() + " IDENTIFIED WITH caching_sha2_password BY '"
                    + NEW + "';) or use an 8.4 client";
            case OLD_CLIENT -> "upgrade the client or driver (Java: com.mysql:mysql-connector-j, the workbook pins "
                    + Versions.get("connectorj.version") + "; mysql-connector-java before 5.1.46/8.0.9 cannot log in with "
                    + "caching_sha2_password). Do not move the account back to mysql_native_password: 9.0 removed it";
            default -> c.next();
        };
    }

    /**
     * The safe recommendation: an application user with a password and rights on the workbook database only. A shell
     * command, so no backquotes (the shell would run them); the names are plain identifiers anyway.
     */
    public static String appUser(FixContext x) {
        String with = x.version().isMySql() ? " IDENTIFIED WITH caching_sha2_password BY '" : " IDENTIFIED BY '";
        String u = x.user().equals("root") ? "workbook" : x.user();
        return x.admin() + " -e \"CREATE USER '" + u + "'@'localhost'" + with + NEW + "'; CREATE USER '" + u
                + "'@'127.0.0.1'" + with + NEW + "'; GRANT ALL PRIVILEGES ON " + x.database() + ".* TO '" + u
                + "'@'localhost', '" + u + "'@'127.0.0.1';\", then db.user=" + u + " and db.password in " + x.configFile()
                + " (setup/" + setupScript(x) + " does all of this)";
    }

    static String socketAndPassword(ServerVersion v, FixContext x) {
        String who = x.user().equals("root") ? "root@localhost" : x.account();
        return v.isMariaDb()
                ? "ALTER USER " + who + " IDENTIFIED VIA unix_socket OR mysql_native_password USING PASSWORD('" + NEW
                + "'); (sudo mariadb keeps working)"
                : "ALTER USER " + x.account() + " IDENTIFIED WITH caching_sha2_password BY '" + NEW + "';";
    }

    static String whyNotUpdate(ServerVersion v) {
        return v.isMariaDb() ? "since MariaDB 10.4 mysql.user is a view and the update fails with 1348"
                : v.isMySql() ? "on MySQL 8.0+ it bypasses ALTER USER's checks, needs FLUSH PRIVILEGES and leaves root "
                + "with an empty or mismatched password; mysql_native_password is gone in 9.0"
                : "it fails on MariaDB 10.4+ (a view, error 1348) and bypasses MySQL 8.0+'s checks";
    }

    static String alterUser(ServerVersion v, String user, String host) {
        String with = v.line() == ServerVersion.Line.MYSQL_84 || v.line() == ServerVersion.Line.MYSQL_9
                ? " IDENTIFIED WITH caching_sha2_password BY '" : " IDENTIFIED BY '";
        return "ALTER USER '" + user + "'@'" + host + "'" + with + NEW + "';";
    }

    private static String nativePassword(ServerVersion v, FixContext x) {
        String migrate = "ALTER USER " + x.account() + " IDENTIFIED WITH caching_sha2_password BY '" + NEW + "';";
        return switch (v.line()) {
            case MYSQL_84 -> "MySQL 8.4 disables mysql_native_password: add mysql_native_password=ON under [mysqld] in "
                    + Fixes.optionFile(x) + ", restart, run " + migrate + " then remove the option again";
            case MYSQL_9 -> "MySQL 9.x removed mysql_native_password: as root run " + migrate + " If root itself is "
                    + "affected, reset it with --init-file (see the page)";
            case MYSQL_80, MYSQL_57 -> "deprecated since 8.0.34, disabled in 8.4, gone in 9.0: migrate now: " + migrate;
            default -> "move the account to caching_sha2_password: " + migrate;
        };
    }

    private static String setupScript(FixContext x) {
        return x.platform() == Platform.MACOS ? "macos.sh" : x.platform() == Platform.WINDOWS ? "windows.md" : "debian.sh";
    }
}
