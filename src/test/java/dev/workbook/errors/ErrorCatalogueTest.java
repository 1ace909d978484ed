package dev.workbook.errors;

import static org.assertj.core.api.Assertions.assertThat;

import com.mysql.cj.jdbc.exceptions.SQLError;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.sql.SQLException;
import java.util.Optional;
import javax.net.ssl.SSLHandshakeException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The catalogue's recognising rules. Errors that need Oracle MySQL 8.4/9.x (or an old client) to reproduce are built
 * from the exact codes, SQLSTATEs and messages the catalogue documents, through Connector/J's own exception factory.
 */
@DisplayName("the error catalogue recognises errors by vendor code, cause, message and class")
class ErrorCatalogueTest {

    private static Optional<KnownError> classify(Throwable e) {
        return Optional.ofNullable(ErrorCatalogue.explain(e).error());
    }

    private static Optional<KnownError> classify(String pasted) {
        return Optional.ofNullable(ErrorCatalogue.explain(pasted).error());
    }

    private static Optional<KnownError> driver(String message, String state, int code) {
        return classify(SQLError.createSQLException(message, state, code, null));
    }

    @ParameterizedTest(name = "{2} {1}: {0}")
    @CsvSource(delimiter = '|', value = {
        "Public Key Retrieval is not allowed|08001|0|PUBLIC_KEY_RETRIEVAL",
        "Plugin 'mysql_native_password' is not loaded|HY000|1524|NATIVE_PASSWORD_NOT_LOADED",
        "Access denied for user 'root'@'localhost'|28000|1698|AUTH_SOCKET",
        "Access denied for user 'app'@'localhost' (using password: NO)|28000|1045|ACCESS_DENIED",
        "You must reset your password using ALTER USER statement before executing this statement.|HY000|1820|PASSWORD_EXPIRED",
        "Your password has expired. To log in you must change it using a client that supports expired passwords.|HY000|1862|PASSWORD_EXPIRED",
        "Your password does not satisfy the current policy requirements|HY000|1819|PASSWORD_POLICY",
        "Client does not support authentication protocol requested by server; consider upgrading MySQL client|08004|1251|OLD_CLIENT",
        "Unable to load authentication plugin 'caching_sha2_password'.|08001|0|OLD_CLIENT",
        "SSL Connection required, but not provided by server.|08001|0|SSL_REQUIRED",
        "The server time zone value 'CEST' is unrecognized or represents more than one time zone.|01S00|0|TIME_ZONE",
        "Unknown database 'shop'|42000|1049|UNKNOWN_DATABASE",
        "Host '172.17.0.1' is not allowed to connect to this MySQL server|HY000|1130|HOST_NOT_ALLOWED",
        "Incorrect string value: '\\xF0\\x9F\\x98\\x80' for column 'title' at row 1|22007|1366|UTF8MB3",
        "The MySQL server is running with the --skip-grant-tables option so it cannot execute this statement|HY000|1290|SKIP_GRANT_TABLES",
        "Column 'Password' is not updatable|HY000|1348|MYSQL_USER_IS_VIEW",
    })
    @DisplayName("driver exceptions carry the condition in their code, SQLSTATE or message")
    void driverExceptions(String message, String state, int code, KnownError expected) {
        assertThat(driver(message, state, code)).isEqualTo(Optional.of(expected));
    }

    @Test
    @DisplayName("1045 is ACCESS_DENIED whatever exception class carries it (Connector/J uses plain SQLException)")
    void neverByClassAlone() {
        SQLException plain = new SQLException("Access denied for user 'app'@'localhost' (using password: YES)", "28000", 1045);
        SQLException transientConn = new java.sql.SQLTransientConnectionException("Access denied", "28000", 1045);
        assertThat(classify(plain)).contains(KnownError.ACCESS_DENIED);
        assertThat(classify(transientConn)).contains(KnownError.ACCESS_DENIED);
        SQLException unrelated = new java.sql.SQLNonTransientConnectionException("something else", "08001", 0);
        assertThat(classify(unrelated)).as("a connection class alone says nothing").isEmpty();
    }

    @Test
    @DisplayName("communications link failures are told apart by their cause: refused, silent, TLS")
    void communicationsLinkFailure() {
        String msg = "Communications link failure\n\nThe last packet sent successfully to the server was 0 milliseconds ago. "
                + "The driver has not received any packets from the server.";
        assertThat(classify(SQLError.createCommunicationsException(msg,
                new ConnectException("Connection refused"), null))).contains(KnownError.TCP_REFUSED);
        assertThat(classify(SQLError.createCommunicationsException(msg,
                new SocketTimeoutException("Read timed out"), null))).contains(KnownError.PORT_SILENT);
        assertThat(classify(SQLError.createCommunicationsException(msg,
                new SocketTimeoutException("Connect timed out"), null))).contains(KnownError.TCP_UNREACHABLE);
        assertThat(classify(SQLError.createCommunicationsException(msg, new SSLHandshakeException(
                "No appropriate protocol (protocol is disabled or cipher suites are inappropriate)"), null)))
                .contains(KnownError.TLS_HANDSHAKE);
    }

    @ParameterizedTest(name = "{1}: {0}")
    @CsvSource(delimiter = '|', value = {
        "ERROR 2002 (HY000): Can't connect to local MySQL server through socket '/var/run/mysqld/mysqld.sock' (2)|SOCKET_MISSING",
        "ERROR 2002 (HY000): Can't connect to local MySQL server through socket '/var/run/mysqld/mysqld.sock' (13)|SOCKET_PERMISSION",
        "ERROR 2002 (HY000): Can't connect to local MySQL server through socket '/tmp/mysql.sock' (111)|SOCKET_STALE",
        "ERROR 2003 (HY000): Can't connect to MySQL server on '127.0.0.1:3306' (111)|TCP_REFUSED",
        "ERROR 2003 (HY000): Can't connect to MySQL server on '127.0.0.1:3306' (10061)|TCP_REFUSED",
        "ERROR 2059 (HY000): Authentication plugin 'caching_sha2_password' cannot be loaded: /usr/lib/mysql/plugin/caching_sha2_password.so: cannot open shared object file|AUTH_PLUGIN_CANNOT_LOAD",
        "Authentication plugin 'mysql_native_password' cannot be loaded: dlopen(/opt/homebrew/lib/plugin/mysql_native_password.so, 0x0002)|AUTH_PLUGIN_CANNOT_LOAD",
        "ERROR 2061 (HY000): Authentication plugin 'caching_sha2_password' reported error: Authentication requires secure connection.|SECURE_CONNECTION_REQUIRED",
        "[ERROR] [MY-000067] [Server] unknown variable 'default_authentication_plugin=mysql_native_password'.|DEFAULT_AUTH_PLUGIN_REMOVED",
        "ERROR 1064 (42000): You have an error in your SQL syntax; ... near '('new') where user='root'' at line 1 -- update user set authentication_string=PASSWORD('new')|PASSWORD_FUNCTION_REMOVED",
        "[ERROR] [MY-011087] [Server] Different lower_case_table_names settings for server ('1') and data dictionary ('0').|LOWER_CASE_TABLE_NAMES",
        "2024-01-01 0 [ERROR] Can't start server: Bind on TCP/IP port. Got error: 98: Address already in use|PORT_IN_USE",
        "ERROR 1698 (28000): Access denied for user 'root'@'localhost'|AUTH_SOCKET",
        "ERROR 1130 (HY000): Host '172.17.0.1' is not allowed to connect to this MySQL server|HOST_NOT_ALLOWED",
    })
    @DisplayName("pasted text (workbook doctor --explain) names the same conditions")
    void pastedText(String text, KnownError expected) {
        assertThat(classify(text)).isEqualTo(Optional.of(expected));
    }

    @Test
    @DisplayName("every recognisable entry's own error text, pasted, is recognised as that entry")
    void catalogueTextsRoundTrip() {
        for (KnownError k : KnownError.values()) {
            if (k.recognisable()) {
                assertThat(classify(k.errorText())).as("%s: %s", k, k.errorText()).contains(k);
            }
        }
    }

    @Test
    @DisplayName("the SQL error code is found deep in the cause chain (Hibernate wraps it twice) and picks its page")
    void codeInCauseChain() {
        SQLException sql = new SQLException("Duplicate entry 'a' for key 'email'", "23000", 1062);
        RuntimeException wrapped = new IllegalStateException("could not execute statement", new RuntimeException(sql));
        Diagnosis d = ErrorCatalogue.explain(wrapped);
        assertThat(d.error()).isEqualTo(KnownError.DUPLICATE_ENTRY);
        assertThat(d.sqlCode()).isEqualTo("MySQL/MariaDB error 1062 (SQLSTATE 23000)");
        assertThat(d.help()).isEqualTo("troubleshooting/1062-duplicate-entry.md");
        assertThat(d.environmentNotReady()).as("a duplicate is the user's data, not the environment").isFalse();
    }

    @Test
    @DisplayName("errors without a code are recognised by their text or class; unknown ones get no page")
    void byTextAndClass() {
        RuntimeException flyway = new RuntimeException("Validate failed: Migrations have failed validation\n"
                + "Detected failed migration to version 3 (add course level).");
        assertThat(classify(flyway)).as("not the checksum page: same first line, different problem")
                .contains(KnownError.FLYWAY_FAILED_MIGRATION);
        assertThat(classify(new org.hibernate.LazyInitializationException("Cannot lazily initialize collection")))
                .contains(KnownError.LAZY_INITIALIZATION);
        assertThat(classify(new RuntimeException("wrapped", new jakarta.persistence.NoResultException("No result found"))))
                .as("by class, anywhere in the chain").contains(KnownError.NO_RESULT);
        Diagnosis unknown = ErrorCatalogue.explain(new ArithmeticException("/ by zero"));
        assertThat(unknown.known()).isFalse();
        assertThat(unknown.help()).isNull();
        assertThat(unknown.environmentNotReady()).isFalse();
    }

    @Test
    @DisplayName("a batch's second error (getNextException) is read too, and a looping cause chain ends")
    void nextExceptionsAndLoops() {
        SQLException batch = new SQLException("batch failed", "HY000", 0);
        batch.setNextException(new SQLException("Cannot add or update a child row: a foreign key constraint fails", "23000", 1452));
        assertThat(classify(batch)).contains(KnownError.FOREIGN_KEY_CHILD);
        RuntimeException a = new RuntimeException("a");
        RuntimeException b = new RuntimeException("b", a);
        a.initCause(b);
        assertThat(classify(a)).isEmpty();
    }

    @Test
    @DisplayName("a WorkbookException the catalogue does not know keeps its own next step, page and exit code")
    void workbookExceptionInTheChain() {
        WorkbookException we = WorkbookException.notReady("the embedded server exited during start-up")
                .next("workbook db start").help("troubleshooting/workbook-embedded-server.md").build();
        Diagnosis d = ErrorCatalogue.explain(new RuntimeException(we));
        assertThat(d.next()).isEqualTo("workbook db start");
        assertThat(d.help()).isEqualTo("troubleshooting/workbook-embedded-server.md");
        assertThat(d.environmentNotReady()).isTrue();
    }

    @Test
    @DisplayName("an unknown error with a connection SQLSTATE (08) still means the environment is not ready")
    void unknownConnectionState() {
        Diagnosis d = ErrorCatalogue.explain(new java.sql.SQLNonTransientConnectionException("odd", "08001", 0));
        assertThat(d.known()).isFalse();
        assertThat(d.environmentNotReady()).isTrue();
        assertThat(d.exception("login failed", "x", "run: workbook doctor", null).exitCode()).isEqualTo(ExitCode.ENVIRONMENT_NOT_READY);
    }
}
