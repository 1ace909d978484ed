package dev.workbook.doctor;

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
 * Conditions that need Oracle MySQL 8.4/9.x (or an old client) to reproduce, classified from the exact codes,
 * SQLSTATEs and messages the catalogue documents, built through Connector/J's own exception factory.
 */
@DisplayName("error classification by vendor code, SQLSTATE and message")
class ErrorClassifierTest {

    private static Optional<Condition> driver(String message, String state, int code) {
        SQLException e = SQLError.createSQLException(message, state, code, null);
        return ErrorClassifier.classify(e);
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
    void driverExceptions(String message, String state, int code, Condition expected) {
        assertThat(driver(message, state, code)).isEqualTo(Optional.of(expected));
    }

    @Test
    @DisplayName("1045 is ACCESS_DENIED whatever exception class carries it (Connector/J uses plain SQLException)")
    void neverByClassAlone() {
        SQLException plain = new SQLException("Access denied for user 'app'@'localhost' (using password: YES)", "28000", 1045);
        SQLException transientConn = new java.sql.SQLTransientConnectionException("Access denied", "28000", 1045);
        assertThat(ErrorClassifier.classify(plain)).contains(Condition.ACCESS_DENIED);
        assertThat(ErrorClassifier.classify(transientConn)).contains(Condition.ACCESS_DENIED);
        SQLException unrelated = new java.sql.SQLNonTransientConnectionException("something else", "08001", 0);
        assertThat(ErrorClassifier.classify(unrelated)).as("a connection class alone says nothing").isEmpty();
    }

    @Test
    @DisplayName("communications link failures are told apart by their cause: refused, silent, TLS")
    void communicationsLinkFailure() {
        String msg = "Communications link failure\n\nThe last packet sent successfully to the server was 0 milliseconds ago. "
                + "The driver has not received any packets from the server.";
        assertThat(ErrorClassifier.classify(SQLError.createCommunicationsException(msg,
                new ConnectException("Connection refused"), null))).contains(Condition.TCP_REFUSED);
        assertThat(ErrorClassifier.classify(SQLError.createCommunicationsException(msg,
                new SocketTimeoutException("Read timed out"), null))).contains(Condition.PORT_SILENT);
        assertThat(ErrorClassifier.classify(SQLError.createCommunicationsException(msg,
                new SocketTimeoutException("Connect timed out"), null))).contains(Condition.TCP_UNREACHABLE);
        assertThat(ErrorClassifier.classify(SQLError.createCommunicationsException(msg, new SSLHandshakeException(
                "No appropriate protocol (protocol is disabled or cipher suites are inappropriate)"), null)))
                .contains(Condition.TLS_HANDSHAKE);
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
    void pastedText(String text, Condition expected) {
        assertThat(ErrorClassifier.classify(text)).isEqualTo(Optional.of(expected));
    }

    @Test
    @DisplayName("every catalogue entry's own error text classifies back to a condition on the same page")
    void catalogueTextsRoundTrip() {
        for (Condition c : Condition.values()) {
            if (c.name().startsWith("SERVER_NOT") || c == Condition.SOCKET_DIR_MISSING || c == Condition.SOCKET_NOT_A_SOCKET
                    || c == Condition.SKIP_NETWORKING || c == Condition.CONFIG_FILE || c == Condition.PROVIDER
                    || c == Condition.EMBEDDED_SERVER) {
                continue; // their texts are the generic errors they hide behind; probes, not text, tell them apart
            }
            Optional<Condition> got = ErrorClassifier.classify(c.errorText());
            assertThat(got).as("%s: %s", c, c.errorText()).isPresent();
            assertThat(got.get().page()).as("%s classifies to a condition on its own page", c).isEqualTo(c.page());
        }
    }
}
