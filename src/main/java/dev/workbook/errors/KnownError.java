package dev.workbook.errors;

import static dev.workbook.errors.Match.code;
import static dev.workbook.errors.Match.errno;
import static dev.workbook.errors.Match.exception;
import static dev.workbook.errors.Match.says;
import static dev.workbook.errors.Match.text;

import java.util.Locale;

/**
 * The one catalogue of errors the workbook knows: what each means, the next step, its page in troubleshooting/ (which
 * opens with {@link #errorText()}, the exact text a user would paste into a search box), whether it means the
 * environment is not ready (exit code 3) rather than a mistake in the user's own SQL or code, and how to recognise it.
 * {@link ErrorCatalogue} does the recognising; entries are tried in this order, so specific ones come first.
 */
public enum KnownError {
    // Reaching the server
    SERVER_NOT_INSTALLED("server-not-installed.md", true, "no MySQL or MariaDB server is installed",
            "use the embedded server (provider=embedded, the default: nothing to install), or install one with setup/; "
                    + "then run: workbook doctor",
            "ERROR 2002 (HY000): Can't connect to local MySQL server through socket '/var/run/mysqld/mysqld.sock' (2)",
            Match.NONE),
    SERVER_NOT_RUNNING("server-not-running.md", true, "the server is installed but not running",
            "start the server (sudo systemctl start mariadb, or mysql; brew services start mysql); then run: workbook doctor",
            "ERROR 2002 (HY000): Can't connect to local MySQL server through socket '/var/run/mysqld/mysqld.sock' (2)",
            Match.NONE),
    SOCKET_PERMISSION("2002-socket-permission.md", true, "permission denied on the socket or its directory (errno 13)",
            "let clients through the socket's directory (sudo chmod 755 on it); then run: workbook doctor",
            "ERROR 2002 (HY000): Can't connect to local MySQL server through socket '/var/run/mysqld/mysqld.sock' (13)",
            code(2002).or(text("through socket")).when(errno("13"))),
    SOCKET_STALE("2002-stale-socket.md", true, "a stale socket file: nothing listens on it (errno 111)",
            "start the server; if it runs elsewhere, remove the left-over socket file; then run: workbook doctor",
            "ERROR 2002 (HY000): Can't connect to local MySQL server through socket '/tmp/mysql.sock' (111)",
            code(2002).or(text("through socket")).when(errno("111"))),
    SOCKET_MISSING("2002-socket-missing.md", true, "the socket file does not exist (errno 2)",
            "start the server, or point the client at the socket it uses (SELECT @@socket); then run: workbook doctor",
            "ERROR 2002 (HY000): Can't connect to local MySQL server through socket '/var/run/mysqld/mysqld.sock' (2)",
            code(2002).or(text("through socket"))),
    SOCKET_DIR_MISSING("2002-socket-missing.md", true,
            "the socket's directory does not exist, so the server cannot create it",
            "create the directory for the server (sudo install -d -o mysql -g mysql -m 755 /run/mysqld), then start it",
            "ERROR 2002 (HY000): Can't connect to local MySQL server through socket '/var/run/mysqld/mysqld.sock' (2)",
            Match.NONE),
    SOCKET_NOT_A_SOCKET("2002-stale-socket.md", true,
            "the socket path holds a file that is not a socket (a FIFO made by mkfifo?)",
            "remove that file and restart the server, which creates a real socket; then run: workbook doctor",
            "ERROR 2002 (HY000): Can't connect to local MySQL server through socket '/var/run/mysqld/mysqld.sock' (111)",
            Match.NONE),
    PORT_SILENT("port-not-answering.md", true, "the port accepts connections but never sends a MySQL greeting",
            "find the program on that port (it is not a MySQL server) and use the server's real port; then run: workbook doctor",
            "Communications link failure The last packet successfully received from the server was 2,003 milliseconds ago. "
                    + "Caused by: java.net.SocketTimeoutException: Read timed out",
            text("communications link failure", "read timed out")),
    TCP_UNREACHABLE("2003-cant-connect-tcp.md", true,
            "the host does not answer on that port in time, or its name is unknown",
            "check the host name and port (db.host, db.port) and any firewall between; then run: workbook doctor",
            "Communications link failure The last packet sent successfully to the server was 0 milliseconds ago. "
                    + "Caused by: java.net.SocketTimeoutException: Connect timed out",
            code(2003).when(errno("110", "10060")).or(code(2005))
                    .or(text("communications link failure", "connect timed out"))
                    .or(text("communications link failure", "unknownhost"))),
    TLS_HANDSHAKE("tls-handshake.md", true, "the TLS handshake failed (old TLS versions are disabled in current JDKs)",
            "upgrade the server or the driver, or allow TLSv1.2 (tlsVersions=TLSv1.2); then run: workbook doctor",
            "javax.net.ssl.SSLHandshakeException: No appropriate protocol (protocol is disabled or cipher suites are inappropriate)",
            code(2026).when(says("ssl is required").negate()).or(text("no appropriate protocol"))
                    .or(text("sslhandshakeexception"))),
    SSL_REQUIRED("ssl-required.md", true, "the client requires TLS but the server offers none",
            "enable TLS on the server, or lower sslMode for a local server; then run: workbook doctor",
            "SSL Connection required, but not provided by server.",
            code(2026).when(says("ssl is required")).or(text("ssl connection required, but not provided"))),
    TCP_REFUSED("2003-cant-connect-tcp.md", true, "nothing listens on the TCP port (connection refused)",
            "start the server, or correct the host and port (db.host, db.port); then run: workbook doctor",
            "ERROR 2003 (HY000): Can't connect to MySQL server on '127.0.0.1:3306' (111)",
            code(2003).or(text("communications link failure"))),
    SKIP_NETWORKING("skip-networking.md", true, "the server runs with skip_networking: no TCP, so Java cannot connect",
            "remove skip-networking (or skip_networking=ON) from the server's option file and restart it",
            "ERROR 2003 (HY000): Can't connect to MySQL server on '127.0.0.1:3306' (111)",
            Match.NONE),
    PORT_IN_USE("port-in-use.md", true, "another program holds the MySQL port",
            "stop the other program (or server) on that port, or give this server another port; then run: workbook doctor",
            "[ERROR] Can't start server: Bind on TCP/IP port: Address already in use",
            text("bind on tcp/ip port").or(text("address already in use")).or(text("do you already have another"))),
    HOST_NOT_ALLOWED("1130-host-not-allowed.md", true, "no account matches the host the client connects from",
            "create the account for the host the client connects from (CREATE USER 'app'@'host' ...); then run: workbook doctor",
            "ERROR 1130 (HY000): Host '172.17.0.1' is not allowed to connect to this MySQL server",
            code(1130).or(text("is not allowed to connect to this"))),
    // Logging in
    AUTH_SOCKET("1698-auth-socket.md", true, "the account only accepts socket logins (auth_socket/unix_socket)",
            "log in as an application user with a password, not root (setup/ creates one); then run: workbook doctor",
            "ERROR 1698 (28000): Access denied for user 'root'@'localhost'", code(1698)),
    ACCESS_DENIED("1045-access-denied.md", true, "wrong user or password",
            "check the user and password the workbook logs in with (db.user, db.password); then run: workbook doctor",
            "ERROR 1045 (28000): Access denied for user 'root'@'localhost' (using password: YES)", code(1045)),
    DATABASE_ACCESS_DENIED("1049-unknown-database.md", false,
            "the user has no privileges on the database (or it does not exist)",
            "grant the user its database (GRANT ALL ON db.* TO ...) or create it; then run: workbook doctor",
            "ERROR 1044 (42000): Access denied for user 'workbook'@'localhost' to database 'workbook'", code(1044)),
    UNKNOWN_DATABASE("1049-unknown-database.md", true, "the database does not exist",
            "create it (CREATE DATABASE name CHARACTER SET utf8mb4), or set admin.user so the workbook creates it; "
                    + "then run: workbook doctor",
            "ERROR 1049 (42000): Unknown database 'workbook'", code(1049)),
    PASSWORD_EXPIRED("1820-password-expired.md", true, "the account's password has expired",
            "set a new password: ALTER USER USER() IDENTIFIED BY 'new-password'; then run: workbook doctor",
            "ERROR 1820 (HY000): You must reset your password using ALTER USER statement before executing this statement.",
            code(1820, 1862)),
    PUBLIC_KEY_RETRIEVAL("public-key-retrieval.md", true, "caching_sha2_password needs TLS or the server's RSA key",
            "keep TLS on (sslMode PREFERRED or higher); for a local server only, allowPublicKeyRetrieval=true",
            "Public Key Retrieval is not allowed", text("public key retrieval is not allowed")),
    SECURE_CONNECTION_REQUIRED("public-key-retrieval.md", true,
            "caching_sha2_password needs a secure connection for this login",
            "drop --ssl-mode=DISABLED, or add --get-server-public-key; then log in again",
            "ERROR 2061 (HY000): Authentication plugin 'caching_sha2_password' reported error: Authentication requires "
                    + "secure connection.",
            code(2061)),
    NATIVE_PASSWORD_NOT_LOADED("1524-native-password-not-loaded.md", true,
            "the account uses mysql_native_password, disabled in MySQL 8.4 and removed in 9.0",
            "move the account to caching_sha2_password: ALTER USER ... IDENTIFIED WITH caching_sha2_password BY '...'; "
                    + "run: workbook doctor for the exact steps on your server",
            "ERROR 1524 (HY000): Plugin 'mysql_native_password' is not loaded",
            code(1524).when(says("mysql_native_password")).or(text("plugin 'mysql_native_password' is not loaded"))),
    AUTH_PLUGIN_CANNOT_LOAD("2059-auth-plugin-cannot-be-loaded.md", true,
            "the client cannot load the account's authentication plugin",
            "use a client as new as the server (MySQL 8.4 client for an 8.4 server), or move the account to "
                    + "caching_sha2_password",
            "ERROR 2059 (HY000): Authentication plugin 'caching_sha2_password' cannot be loaded",
            code(2059).or(text("authentication plugin", "cannot be loaded"))),
    OLD_CLIENT("1251-old-client.md", true, "the client or driver is too old for the account's authentication plugin",
            "upgrade the client or Connector/J (do not downgrade the account's plugin)",
            "ERROR 1251 (08004): Client does not support authentication protocol requested by server; consider upgrading "
                    + "MySQL client",
            code(1251).or(text("unable to load authentication plugin"))),
    TIME_ZONE("server-time-zone.md", true, "an old Connector/J cannot map the server's time zone name",
            "upgrade Connector/J (8.0.23 or later), or set connectionTimeZone to an IANA zone such as Europe/Berlin",
            "The server time zone value 'CEST' is unrecognized or represents more than one time zone.",
            text("server time zone value", "unrecognized")),
    // Administering accounts and the server
    PASSWORD_POLICY("1819-password-policy.md", false, "the validate_password component rejects the password",
            "choose a longer password with upper and lower case, a digit and a symbol "
                    + "(SHOW VARIABLES LIKE 'validate_password%' shows the rules)",
            "ERROR 1819 (HY000): Your password does not satisfy the current policy requirements", code(1819)),
    SKIP_GRANT_TABLES("1290-skip-grant-tables.md", false,
            "account statements fail under --skip-grant-tables until FLUSH PRIVILEGES",
            "run FLUSH PRIVILEGES; first, then the ALTER USER statement again",
            "ERROR 1290 (HY000): The MySQL server is running with the --skip-grant-tables option so it cannot execute "
                    + "this statement",
            code(1290).when(says("skip-grant-tables"))),
    MYSQL_USER_IS_VIEW("1348-mysql-user-is-a-view.md", false, "mysql.user is a view in MariaDB 10.4+: UPDATE it fails",
            "change accounts with ALTER USER ... IDENTIFIED VIA ..., never UPDATE mysql.user",
            "ERROR 1348 (HY000): Column 'Password' is not updatable", code(1348)),
    PASSWORD_FUNCTION_REMOVED("password-function-removed.md", false,
            "PASSWORD() no longer exists (removed in MySQL 8.0)",
            "set passwords with ALTER USER 'user'@'host' IDENTIFIED BY 'new-password'",
            "ERROR 1064 (42000): You have an error in your SQL syntax; check the manual that corresponds to your MySQL "
                    + "server version for the right syntax to use near '('new-password') where user='root''",
            code(1064).when(says("password"))),
    DEFAULT_AUTH_PLUGIN_REMOVED("default-authentication-plugin.md", true,
            "an option file sets default_authentication_plugin, which MySQL 8.4 removed: the server will not start",
            "delete default_authentication_plugin from the server's option files (8.4 uses authentication_policy), then "
                    + "start the server",
            "[ERROR] [MY-000067] [Server] unknown variable 'default_authentication_plugin=mysql_native_password'.",
            text("default_authentication_plugin").or(text("default-authentication-plugin"))),
    LOWER_CASE_TABLE_NAMES("lower-case-table-names.md", true, "lower_case_table_names differs from the data directory's",
            "set lower_case_table_names back to the data directory's value, or dump, re-initialise and restore",
            "[ERROR] [MY-011087] [Server] Different lower_case_table_names settings for server ('1') and data "
                    + "dictionary ('0').",
            text("different lower_case_table_names")),
    // The workbook's own set-up (raised by the workbook with these pages; the doctor finds them by probing)
    CONFIG_FILE("workbook-config-file.md", false, "the workbook's config file cannot be used",
            "correct the line it names in ~/.workbook/config.properties (workbook config shows every setting)",
            "error: malformed config file, expected 'key = value'", Match.NONE),
    PROVIDER("workbook-providers.md", false, "the workbook's provider settings are incomplete",
            "give the missing setting (workbook config lists them), or use provider=embedded",
            "error: no password for the application user of the server provider", Match.NONE),
    EMBEDDED_SERVER("workbook-embedded-server.md", true, "the workbook's embedded server is not running",
            "start it: workbook db start", "embedded server is not running", Match.NONE),
    // What a learner's SQL and code run into
    TABLE_DOESNT_EXIST("1146-table-doesnt-exist.md", false, "the table does not exist in the current database",
            "check the name and the database (SELECT DATABASE(); SHOW TABLES;); create the table first (in a chapter: run "
                    + "the cell that creates it)",
            "ERROR 1146 (42S02): Table 'workbook.student' doesn't exist", code(1146)),
    DUPLICATE_ENTRY("1062-duplicate-entry.md", false, "another row already has this value in a unique key",
            "look up the row that holds the value, then use another value or update that row instead",
            "ERROR 1062 (23000): Duplicate entry '...' for key '...'", code(1062)),
    COLUMN_CANNOT_BE_NULL("1048-column-cannot-be-null.md", false, "a NOT NULL column was given no value",
            "give the column a value (or a DEFAULT); with Hibernate, set the field or relation before persist",
            "ERROR 1048 (23000): Column 'author_id' cannot be null", code(1048)),
    DATA_TOO_LONG("1406-data-too-long.md", false, "the value is longer than the column allows",
            "shorten the value, or widen the column (ALTER TABLE ... MODIFY ...)",
            "ERROR 1406 (22001): Data too long for column 'title' at row 1", code(1406)),
    UTF8MB3("1366-incorrect-string-value.md", false,
            "utf8/utf8mb3 columns reject emoji and other 4-byte characters",
            "convert the table: ALTER TABLE t CONVERT TO CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci",
            "ERROR 1366 (22007): Incorrect string value: '\\xF0\\x9F\\x98\\x80' for column 'title' at row 1",
            code(1366).or(text("incorrect string value"))),
    COMMAND_DENIED("1142-command-denied.md", false, "the account lacks the privilege for this statement on this table",
            "see what the account may do (SELECT CURRENT_USER(); SHOW GRANTS;), then grant it or use another account",
            "ERROR 1142 (42000): INSERT command denied to user 'wb_reader'@'127.0.0.1' for table `workbook`.`notice`",
            code(1142)),
    FOREIGN_KEY_PARENT("foreign-key-constraint-fails.md", false, "other rows still refer to the row being deleted or changed",
            "delete or re-point the referring rows first (or declare ON DELETE CASCADE)",
            "ERROR 1451 (23000): Cannot delete or update a parent row: a foreign key constraint fails", code(1451)),
    FOREIGN_KEY_CHILD("foreign-key-constraint-fails.md", false, "the row refers to a parent row that does not exist",
            "insert the parent row first, or refer to an id that exists",
            "ERROR 1452 (23000): Cannot add or update a child row: a foreign key constraint fails", code(1452)),
    LAZY_INITIALIZATION("lazy-initialization-exception.md", false,
            "a lazy association was read after its session closed",
            "read it inside the session (or transaction), or fetch it with the query (join fetch)",
            "org.hibernate.LazyInitializationException: Cannot lazily initialize collection of role '...' (no session)",
            exception("org.hibernate.LazyInitializationException").or(text("lazyinitializationexception"))),
    NO_RESULT("no-result-exception.md", false, "getSingleResult() found no row",
            "use getSingleResultOrNull() or a list when no row is a normal answer; else check the query's parameters",
            "jakarta.persistence.NoResultException: No result found for query [from Student where firstname = :name]",
            exception("jakarta.persistence.NoResultException").or(text("noresultexception"))),
    UNKNOWN_ENTITY("hibernate-unknown-entity.md", false, "the query names an entity Hibernate was not given",
            "use the entity's class name (not the table's) and list the class in sessionFactory(...)",
            "org.hibernate.query.sqm.UnknownEntityException: Could not resolve root entity 'Student'",
            text("could not resolve root entity").or(text("unable to locate persister")).or(text("unknown entity type"))),
    UNKNOWN_ATTRIBUTE("hql-could-not-resolve-attribute.md", false, "the query names a field the entity does not have",
            "HQL uses the entity's field names (firstName), not column names (first_name)",
            "org.hibernate.query.SemanticException: Could not interpret path expression 'first_name'",
            text("could not interpret path expression").or(text("could not resolve attribute"))),
    FLYWAY_CHECKSUM_MISMATCH("flyway-checksum-mismatch.md", false, "an applied migration's file was edited afterwards",
            "put the applied file back as it was and add a new migration for the change",
            "Migration checksum mismatch for migration version 1", text("migration checksum mismatch")),
    FLYWAY_FAILED_MIGRATION("flyway-failed-migration.md", false, "an earlier migration failed half-way",
            "undo what the failed migration changed, fix its file, then run flyway.repair() and migrate again",
            "Detected failed migration to version 3 (add course level).", text("detected failed migration")),
    FLYWAY_NON_EMPTY_SCHEMA("flyway-non-empty-schema.md", false, "the database has tables but no Flyway history",
            "use an empty database for Flyway, or baseline the existing one (baselineOnMigrate)",
            "Found non-empty schema(s) `workbook` but no schema history table.", text("but no schema history table"));

    private final String page;
    private final boolean environment;
    private final String meaning;
    private final String next;
    private final String errorText;
    private final Match match;

    KnownError(String page, boolean environment, String meaning, String next, String errorText, Match match) {
        this.page = page;
        this.environment = environment;
        this.meaning = meaning;
        this.next = next;
        this.errorText = errorText;
        this.match = match;
    }

    /** The page's file name in troubleshooting/, e.g. 1045-access-denied.md. */
    public String page() {
        return page;
    }

    /** The page's path from the project root, e.g. troubleshooting/1045-access-denied.md. */
    public String help() {
        return "troubleshooting/" + page;
    }

    /** True when the error means the server or account is not ready (exit code 3), not a mistake in the user's code. */
    public boolean environmentNotReady() {
        return environment;
    }

    /** What it means, in a few plain words. */
    public String meaning() {
        return meaning;
    }

    /** The next step, the same wherever the error is met. */
    public String next() {
        return next;
    }

    /** The error as users see it; its page opens with this text. */
    public String errorText() {
        return errorText;
    }

    /** False for entries that no error text identifies alone (the doctor finds them by probing). */
    public boolean recognisable() {
        return match != Match.NONE;
    }

    /** A stable id for JSON: access-denied. */
    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    boolean matches(Match.Evidence e) {
        return match.test(e);
    }
}
