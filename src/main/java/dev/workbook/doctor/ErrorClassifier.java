package dev.workbook.doctor;

import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.net.ssl.SSLException;

/**
 * Names the condition behind an error: from the vendor error code and SQLSTATE first, then the driver's own
 * messages and the cause chain. Never from the exception class alone: Connector/J reports 1045 and 1698 as plain
 * SQLException. Also reads pasted text ("ERROR 1698 (28000): ...") for {@code workbook doctor --explain}.
 */
final class ErrorClassifier {
    private static final Pattern CLIENT_ERROR = Pattern.compile("ERROR\\s+(\\d{4})\\s*(?:\\(([0-9A-Z]{5})\\))?");
    private static final Pattern ERRNO = Pattern.compile("\\((\\d+)\\)\\s*$");

    private ErrorClassifier() {
    }

    static Optional<Condition> classify(SQLException e) {
        Optional<Condition> byCode = byCode(e.getErrorCode(), e.getMessage());
        if (byCode.isPresent()) {
            return byCode;
        }
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        if (state.startsWith("08") || e.getErrorCode() == 0) {
            Optional<Condition> byCause = byCause(e);
            if (byCause.isPresent()) {
                return byCause; // "Communications link failure" says little; its cause says what happened
            }
        }
        Optional<Condition> byText = byMessage(e.getMessage());
        if (byText.isPresent()) {
            return byText;
        }
        if (state.equals("28000")) {
            return Optional.of(Condition.ACCESS_DENIED);
        }
        return Optional.empty();
    }

    /** For pasted text: an "ERROR nnnn (SQLSTATE)" prefix, else the known message fragments. */
    static Optional<Condition> classify(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        Matcher m = CLIENT_ERROR.matcher(text);
        if (m.find()) {
            Optional<Condition> c = byCode(Integer.parseInt(m.group(1)), text);
            if (c.isPresent()) {
                return c;
            }
        }
        return byMessage(text);
    }

    static Optional<Condition> byCode(int code, String message) {
        String msg = message == null ? "" : message;
        String lower = msg.toLowerCase(Locale.ROOT);
        return Optional.ofNullable(switch (code) {
            case 1045 -> Condition.ACCESS_DENIED;
            case 1698 -> Condition.AUTH_SOCKET;
            case 1049 -> Condition.UNKNOWN_DATABASE;
            case 1044 -> Condition.DATABASE_ACCESS_DENIED;
            case 1130 -> Condition.HOST_NOT_ALLOWED;
            case 1820, 1862 -> Condition.PASSWORD_EXPIRED;
            case 1819 -> Condition.PASSWORD_POLICY;
            case 1524 -> lower.contains("mysql_native_password") ? Condition.NATIVE_PASSWORD_NOT_LOADED : null;
            case 1290 -> lower.contains("skip-grant-tables") ? Condition.SKIP_GRANT_TABLES : null;
            case 1348 -> Condition.MYSQL_USER_IS_VIEW;
            case 1366 -> Condition.UTF8MB3;
            case 1064 -> lower.contains("password") ? Condition.PASSWORD_FUNCTION_REMOVED : null;
            case 1251 -> Condition.OLD_CLIENT;
            case 2059 -> Condition.AUTH_PLUGIN_CANNOT_LOAD;
            case 2061 -> Condition.SECURE_CONNECTION_REQUIRED;
            case 2002 -> socketErrno(msg);
            case 2003 -> msg.contains("(110)") || msg.contains("(10060)") ? Condition.TCP_UNREACHABLE : Condition.TCP_REFUSED;
            case 2005 -> Condition.TCP_UNREACHABLE;
            case 2026 -> lower.contains("ssl is required") ? Condition.SSL_REQUIRED : Condition.TLS_HANDSHAKE;
            default -> null;
        });
    }

    private static Condition socketErrno(String msg) {
        Matcher m = ERRNO.matcher(msg.strip());
        String errno = m.find() ? m.group(1) : "2";
        return switch (errno) {
            case "13" -> Condition.SOCKET_PERMISSION;
            case "111" -> Condition.SOCKET_STALE;
            default -> Condition.SOCKET_MISSING;
        };
    }

    static Optional<Condition> byMessage(String message) {
        if (message == null) {
            return Optional.empty();
        }
        String m = message.toLowerCase(Locale.ROOT);
        Condition c = null;
        if (m.contains("public key retrieval is not allowed")) {
            c = Condition.PUBLIC_KEY_RETRIEVAL;
        } else if (m.contains("ssl connection required, but not provided")) {
            c = Condition.SSL_REQUIRED;
        } else if (m.contains("authentication plugin") && m.contains("cannot be loaded")) {
            c = Condition.AUTH_PLUGIN_CANNOT_LOAD;
        } else if (m.contains("unable to load authentication plugin")) {
            c = Condition.OLD_CLIENT;
        } else if (m.contains("server time zone value") && m.contains("unrecognized")) {
            c = Condition.TIME_ZONE;
        } else if (m.contains("default_authentication_plugin") || m.contains("default-authentication-plugin")) {
            c = Condition.DEFAULT_AUTH_PLUGIN_REMOVED;
        } else if (m.contains("lower_case_table_names")) {
            c = Condition.LOWER_CASE_TABLE_NAMES;
        } else if (m.contains("bind on tcp/ip port") || m.contains("address already in use")
                || m.contains("do you already have another")) {
            c = Condition.PORT_IN_USE;
        } else if (m.contains("no appropriate protocol") || m.contains("sslhandshakeexception")) {
            c = Condition.TLS_HANDSHAKE;
        } else if (m.contains("is not allowed to connect to this")) {
            c = Condition.HOST_NOT_ALLOWED;
        } else if (m.contains("plugin 'mysql_native_password' is not loaded")) {
            c = Condition.NATIVE_PASSWORD_NOT_LOADED;
        } else if (m.contains("incorrect string value")) {
            c = Condition.UTF8MB3;
        } else if (m.contains("through socket")) {
            c = socketErrno(message);
        } else if (m.contains("communications link failure")) {
            c = m.contains("read timed out") ? Condition.PORT_SILENT
                    : m.contains("connect timed out") || m.contains("unknownhost") ? Condition.TCP_UNREACHABLE
                    : Condition.TCP_REFUSED;
        }
        return Optional.ofNullable(c);
    }

    private static Optional<Condition> byCause(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof ConnectException) {
                return Optional.of(Condition.TCP_REFUSED);
            }
            if (t instanceof UnknownHostException) {
                return Optional.of(Condition.TCP_UNREACHABLE);
            }
            if (t instanceof SocketTimeoutException) {
                String msg = String.valueOf(t.getMessage()).toLowerCase(Locale.ROOT);
                return Optional.of(msg.contains("connect") ? Condition.TCP_UNREACHABLE : Condition.PORT_SILENT);
            }
            if (t instanceof SSLException) {
                return Optional.of(Condition.TLS_HANDSHAKE);
            }
        }
        return Optional.empty();
    }
}
