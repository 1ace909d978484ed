package dev.workbook.doctor.checks;

import dev.workbook.db.ServerVersion;
import dev.workbook.doctor.catalogue.FixContext;
import dev.workbook.doctor.catalogue.Fixes;
import dev.workbook.doctor.probes.Greeting;
import dev.workbook.doctor.probes.Handshake;
import dev.workbook.doctor.probes.ListenerLookup;
import dev.workbook.doctor.reports.Finding;
import dev.workbook.doctor.reports.Status;
import dev.workbook.errors.ErrorCatalogue;
import dev.workbook.errors.KnownError;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * The configured server, cheapest first: the greeting on its TCP port (no credentials), then a JDBC login the
 * way the workbook logs in, then read-only queries. A step runs only when the one before it succeeded.
 */
public final class TargetChecks {
    private TargetChecks() {
    }

    /** The findings, and the server version learned on the way (for the other checks' fixes). */
    public record Result(List<Finding> findings, ServerVersion version) {
    }

    public static Result run(TargetSpec t, LocalChecks.Facts facts, boolean expectsLocalServer, FixContext x0, int timeout) {
        List<Finding> out = new ArrayList<>();
        Greeting g = Handshake.tcp(t.host(), t.port(), timeout);
        FixContext x = g.version().known() ? x0.withVersion(g.version()) : x0;
        switch (g.kind()) {
            case HANDSHAKE -> out.add(Finding.ok("tcp", t.address() + " greets: " + g.describe()));
            case ERROR -> {
                KnownError c = ErrorCatalogue.byCode(g.errorCode(), g.text()).orElse(null);
                out.add(Finding.problem("tcp", Status.FAILURE, t.address() + " refuses before login: ERROR " + g.errorCode()
                        + ": " + g.text(), c, c == null ? "read the server's message above" : Fixes.of(c, x)));
                return new Result(out, g.version());
            }
            case NOT_MYSQL -> {
                out.add(Finding.problem("tcp", Status.FAILURE, t.address() + " is held by another program"
                        + owner(t) + ", " + g.text(), KnownError.PORT_IN_USE, Fixes.of(KnownError.PORT_IN_USE, x)));
                return new Result(out, g.version());
            }
            case SILENT -> {
                out.add(Finding.problem("tcp", Status.FAILURE, t.address() + owner(t) + " " + g.text() + " within "
                        + timeout + " ms: no MySQL greeting", KnownError.PORT_SILENT, Fixes.of(KnownError.PORT_SILENT, x)));
                return new Result(out, g.version());
            }
            case REFUSED -> {
                KnownError c = refusedCondition(t, facts, expectsLocalServer);
                out.add(Finding.problem("tcp", Status.FAILURE, g.text() + reason(c), c, Fixes.of(c, x)));
                return new Result(out, g.version());
            }
            default -> {
                out.add(Finding.problem("tcp", Status.FAILURE, g.text(), KnownError.TCP_UNREACHABLE,
                        Fixes.of(KnownError.TCP_UNREACHABLE, x)));
                return new Result(out, g.version());
            }
        }
        if (t.password() == null) {
            out.add(Finding.problem("login", Status.FAILURE, "no password configured for " + t.user() + " (db.password)",
                    KnownError.PROVIDER, Fixes.of(KnownError.PROVIDER, x)));
            return new Result(out, g.version());
        }
        try (Connection c = DriverManager.getConnection(url(t, timeout), props(t, timeout))) {
            String driver = c.getMetaData().getDriverVersion().replaceAll(" \\(.*", "").replace("mysql-connector-j-", "");
            out.add(Finding.ok("login", t.describe() + " logged in over TCP with Connector/J " + driver
                    + ", as the workbook does"));
            out.addAll(ServerChecks.run(c, t, x, timeout));
        } catch (SQLException e) {
            KnownError c = ErrorCatalogue.explain(e).error();
            String found = t.describe() + ": " + (e.getErrorCode() == 0 ? "" : "ERROR " + e.getErrorCode() + " ")
                    + "(" + e.getSQLState() + "): " + firstLine(e.getMessage());
            out.add(Finding.problem("login", Status.FAILURE, found, c, c == null ? "read the server's message above; "
                    + "then paste it into: workbook doctor --explain \"<message>\"" : Fixes.of(c, x)));
        }
        return new Result(out, g.version());
    }

    private static KnownError refusedCondition(TargetSpec t, LocalChecks.Facts f, boolean expectsLocalServer) {
        if (!t.isLocal()) {
            return KnownError.TCP_REFUSED;
        }
        if (f.skipNetworking()) {
            return KnownError.SKIP_NETWORKING;
        }
        if (!expectsLocalServer) {
            return KnownError.TCP_REFUSED;
        }
        if (!f.known()) {
            return KnownError.TCP_REFUSED;
        }
        if (!f.installed()) {
            return KnownError.SERVER_NOT_INSTALLED;
        }
        return f.systemServerRunning() ? KnownError.TCP_REFUSED : KnownError.SERVER_NOT_RUNNING;
    }

    private static String reason(KnownError c) {
        return switch (c) {
            case SKIP_NETWORKING -> "; the server runs with skip-networking";
            case SERVER_NOT_INSTALLED -> "; no server is installed on this machine";
            case SERVER_NOT_RUNNING -> "; the server is installed but not running";
            default -> "";
        };
    }

    private static String owner(TargetSpec t) {
        if (!t.isLocal()) {
            return "";
        }
        return ListenerLookup.owner(t.port(), 1000).map(o -> " (" + o + ")").orElse("");
    }

    /** The workbook's own connection options (utf8mb4), with every wait bounded. */
    static String url(TargetSpec t, int timeout) {
        return "jdbc:mysql://" + t.host() + ":" + t.port() + "/" + t.database()
                + "?characterEncoding=UTF-8&connectionCollation=utf8mb4_unicode_ci"
                + "&connectTimeout=" + timeout + "&socketTimeout=" + timeout;
    }

    private static Properties props(TargetSpec t, int timeout) {
        Properties p = new Properties();
        p.setProperty("user", t.user());
        p.setProperty("password", t.password());
        return p;
    }

    static String firstLine(String s) {
        if (s == null) {
            return "";
        }
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}
