package dev.workbook.doctor;

/**
 * The doctor's catalogue: every problem it can name, with the exact error text a user would paste into a
 * search box and the page in troubleshooting/ that explains it. The fix for a given server is in {@link Fixes}.
 */
public enum Condition {
    SERVER_NOT_INSTALLED("server-not-installed.md", "no MySQL or MariaDB server is installed",
            "ERROR 2002 (HY000): Can't connect to local MySQL server through socket '/var/run/mysqld/mysqld.sock' (2)"),
    SERVER_NOT_RUNNING("server-not-running.md", "the server is installed but not running",
            "ERROR 2002 (HY000): Can't connect to local MySQL server through socket '/var/run/mysqld/mysqld.sock' (2)"),
    SOCKET_MISSING("2002-socket-missing.md", "the socket file does not exist (errno 2)",
            "ERROR 2002 (HY000): Can't connect to local MySQL server through socket '/var/run/mysqld/mysqld.sock' (2)"),
    SOCKET_DIR_MISSING("2002-socket-missing.md", "the socket's directory does not exist, so the server cannot create it",
            "ERROR 2002 (HY000): Can't connect to local MySQL server through socket '/var/run/mysqld/mysqld.sock' (2)"),
    SOCKET_PERMISSION("2002-socket-permission.md", "permission denied on the socket or its directory (errno 13)",
            "ERROR 2002 (HY000): Can't connect to local MySQL server through socket '/var/run/mysqld/mysqld.sock' (13)"),
    SOCKET_STALE("2002-stale-socket.md", "a stale socket file: nothing listens on it (errno 111)",
            "ERROR 2002 (HY000): Can't connect to local MySQL server through socket '/tmp/mysql.sock' (111)"),
    SOCKET_NOT_A_SOCKET("2002-stale-socket.md", "the socket path holds a file that is not a socket (a FIFO made by mkfifo?)",
            "ERROR 2002 (HY000): Can't connect to local MySQL server through socket '/var/run/mysqld/mysqld.sock' (111)"),
    TCP_REFUSED("2003-cant-connect-tcp.md", "nothing listens on the TCP port (connection refused)",
            "ERROR 2003 (HY000): Can't connect to MySQL server on '127.0.0.1:3306' (111)"),
    TCP_UNREACHABLE("2003-cant-connect-tcp.md", "the host does not answer on that port in time, or its name is unknown",
            "Communications link failure The last packet sent successfully to the server was 0 milliseconds ago."),
    SKIP_NETWORKING("skip-networking.md", "the server runs with skip_networking: no TCP, so Java cannot connect",
            "ERROR 2003 (HY000): Can't connect to MySQL server on '127.0.0.1:3306' (111)"),
    PORT_IN_USE("port-in-use.md", "another program holds the MySQL port",
            "[ERROR] Can't start server: Bind on TCP/IP port: Address already in use"),
    PORT_SILENT("port-not-answering.md", "the port accepts connections but never sends a MySQL greeting",
            "Communications link failure The last packet successfully received from the server was 2,003 milliseconds ago. "
                    + "Caused by: java.net.SocketTimeoutException: Read timed out"),
    AUTH_SOCKET("1698-auth-socket.md", "the account only accepts socket logins (auth_socket / unix_socket)",
            "ERROR 1698 (28000): Access denied for user 'root'@'localhost'"),
    ACCESS_DENIED("1045-access-denied.md", "wrong user or password",
            "ERROR 1045 (28000): Access denied for user 'root'@'localhost' (using password: YES)"),
    PASSWORD_EXPIRED("1820-password-expired.md", "the account's password has expired",
            "ERROR 1820 (HY000): You must reset your password using ALTER USER statement before executing this statement."),
    PASSWORD_POLICY("1819-password-policy.md", "the validate_password component rejects the password",
            "ERROR 1819 (HY000): Your password does not satisfy the current policy requirements"),
    PUBLIC_KEY_RETRIEVAL("public-key-retrieval.md", "caching_sha2_password needs TLS or the server's RSA key",
            "Public Key Retrieval is not allowed"),
    NATIVE_PASSWORD_NOT_LOADED("1524-native-password-not-loaded.md",
            "the account uses mysql_native_password, disabled in MySQL 8.4 and removed in 9.0",
            "ERROR 1524 (HY000): Plugin 'mysql_native_password' is not loaded"),
    DEFAULT_AUTH_PLUGIN_REMOVED("default-authentication-plugin.md",
            "an option file sets default_authentication_plugin, which MySQL 8.4 removed: the server will not start",
            "[ERROR] [MY-000067] [Server] unknown variable 'default_authentication_plugin=mysql_native_password'."),
    PASSWORD_FUNCTION_REMOVED("password-function-removed.md", "PASSWORD() no longer exists (removed in MySQL 8.0)",
            "ERROR 1064 (42000): You have an error in your SQL syntax; check the manual that corresponds to your MySQL "
                    + "server version for the right syntax to use near '('new-password') where user='root''"),
    SKIP_GRANT_TABLES("1290-skip-grant-tables.md", "account statements fail under --skip-grant-tables until FLUSH PRIVILEGES",
            "ERROR 1290 (HY000): The MySQL server is running with the --skip-grant-tables option so it cannot execute this statement"),
    MYSQL_USER_IS_VIEW("1348-mysql-user-is-a-view.md", "mysql.user is a view in MariaDB 10.4+: UPDATE it fails",
            "ERROR 1348 (HY000): Column 'Password' is not updatable"),
    UNKNOWN_DATABASE("1049-unknown-database.md", "the database does not exist",
            "ERROR 1049 (42000): Unknown database 'workbook'"),
    DATABASE_ACCESS_DENIED("1049-unknown-database.md", "the user has no privileges on the database (or it does not exist)",
            "ERROR 1044 (42000): Access denied for user 'workbook'@'localhost' to database 'workbook'"),
    HOST_NOT_ALLOWED("1130-host-not-allowed.md", "no account matches the host the client connects from",
            "ERROR 1130 (HY000): Host '172.17.0.1' is not allowed to connect to this MySQL server"),
    UTF8MB3("1366-incorrect-string-value.md", "utf8/utf8mb3 columns reject emoji and other 4-byte characters",
            "ERROR 1366 (22007): Incorrect string value: '\\xF0\\x9F\\x98\\x80' for column 'title' at row 1"),
    TIME_ZONE("server-time-zone.md", "an old Connector/J cannot map the server's time zone name",
            "The server time zone value 'CEST' is unrecognized or represents more than one time zone."),
    TLS_HANDSHAKE("tls-handshake.md", "the TLS handshake failed (old TLS versions are disabled in current JDKs)",
            "javax.net.ssl.SSLHandshakeException: No appropriate protocol (protocol is disabled or cipher suites are inappropriate)"),
    SSL_REQUIRED("ssl-required.md", "the client requires TLS but the server offers none",
            "SSL Connection required, but not provided by server."),
    AUTH_PLUGIN_CANNOT_LOAD("2059-auth-plugin-cannot-be-loaded.md", "the client cannot load the account's authentication plugin",
            "ERROR 2059 (HY000): Authentication plugin 'caching_sha2_password' cannot be loaded"),
    OLD_CLIENT("1251-old-client.md", "the client or driver is too old for the account's authentication plugin",
            "ERROR 1251 (08004): Client does not support authentication protocol requested by server; consider upgrading MySQL client"),
    SECURE_CONNECTION_REQUIRED("public-key-retrieval.md", "caching_sha2_password needs a secure connection for this login",
            "ERROR 2061 (HY000): Authentication plugin 'caching_sha2_password' reported error: Authentication requires secure connection."),
    LOWER_CASE_TABLE_NAMES("lower-case-table-names.md", "lower_case_table_names differs from the data directory's",
            "[ERROR] [MY-011087] [Server] Different lower_case_table_names settings for server ('1') and data dictionary ('0')."),
    CONFIG_FILE("workbook-config-file.md", "the workbook's config file cannot be used",
            "error: malformed config file, expected 'key = value'"),
    PROVIDER("workbook-providers.md", "the workbook's provider settings are incomplete",
            "error: no password for the application user of the server provider"),
    EMBEDDED_SERVER("workbook-embedded-server.md", "the workbook's embedded server is not running",
            "embedded server is not running");

    private final String page;
    private final String title;
    private final String errorText;

    Condition(String page, String title, String errorText) {
        this.page = page;
        this.title = title;
        this.errorText = errorText;
    }

    /** The page's path from the repository root, e.g. troubleshooting/1045-access-denied.md. */
    public String help() {
        return "troubleshooting/" + page;
    }

    public String page() {
        return page;
    }

    public String title() {
        return title;
    }

    /** The error as users see it; the page opens with this text. */
    public String errorText() {
        return errorText;
    }

    public String id() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
