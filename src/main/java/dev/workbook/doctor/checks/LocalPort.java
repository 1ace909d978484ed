package dev.workbook.doctor.checks;

import dev.workbook.doctor.catalogue.FixContext;
import dev.workbook.doctor.catalogue.Fixes;
import dev.workbook.doctor.probes.Greeting;
import dev.workbook.doctor.probes.Handshake;
import dev.workbook.doctor.probes.ListenerLookup;
import dev.workbook.doctor.reports.Finding;
import dev.workbook.doctor.reports.Status;
import dev.workbook.errors.KnownError;

/** The usual MySQL port on this machine: a server's greeting, nothing, or another program in the way. */
public final class LocalPort {
    private LocalPort() {
    }

    public static Finding check(int port, LocalChecks.Facts facts, boolean serverUsed, FixContext x0, int timeout) {
        Greeting g = Handshake.tcp("127.0.0.1", port, timeout);
        FixContext x = new FixContext(g.version().known() ? g.version() : x0.version(), x0.platform(), x0.user(),
                "127.0.0.1", port, x0.database(), x0.configFile());
        String where = "127.0.0.1:" + port;
        // Fatal for a server on this machine that the workbook uses; for one it does not use, only worth a warning.
        Status serious = facts.installed() && serverUsed ? Status.FAILURE : Status.WARNING;
        return switch (g.kind()) {
            case HANDSHAKE -> Finding.ok("port " + port, where + " greets: " + g.describe());
            case ERROR -> Finding.ok("port " + port, where + " is a MySQL server (it answered error " + g.errorCode() + ")");
            case NOT_MYSQL -> Finding.problem("port " + port, serious, where + " is held by another program"
                    + ListenerLookup.owner(port, 1000).map(o -> " (" + o + ")").orElse("") + ", " + g.text()
                    + ": a MySQL server cannot listen there", KnownError.PORT_IN_USE, Fixes.of(KnownError.PORT_IN_USE, x));
            case SILENT -> Finding.problem("port " + port, serious, where
                    + ListenerLookup.owner(port, 1000).map(o -> " (" + o + ")").orElse("") + " " + g.text(),
                    KnownError.PORT_SILENT, Fixes.of(KnownError.PORT_SILENT, x));
            default -> Finding.info("port " + port, "nothing listens on " + where
                    + (facts.installed() ? "" : " (fine: no server installed here)"));
        };
    }
}
