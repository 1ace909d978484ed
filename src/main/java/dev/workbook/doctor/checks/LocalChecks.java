package dev.workbook.doctor.checks;

import dev.workbook.db.ServerVersion;
import dev.workbook.doctor.catalogue.FixContext;
import dev.workbook.doctor.catalogue.Fixes;
import dev.workbook.doctor.catalogue.Platform;
import dev.workbook.doctor.probes.OptionFiles;
import dev.workbook.doctor.probes.ServerProcesses;
import dev.workbook.doctor.probes.ServiceState;
import dev.workbook.doctor.reports.Finding;
import dev.workbook.doctor.reports.Status;
import dev.workbook.errors.KnownError;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The machine-wide checks, cheapest first: an installed server, its processes, the option files that stop it,
 * the usual socket files and the usual port. They need no credentials.
 */
public final class LocalChecks {
    /** Appended to findings about this machine's server when the workbook's provider does not use it. */
    static final String NOT_USED = "; the workbook does not use this machine's server (its provider runs its own)";

    /** What the cheap checks learned, for the later ones to choose the right condition. */
    public record Facts(boolean known, boolean installed, boolean systemServerRunning, boolean skipNetworking) {
    }

    private LocalChecks() {
    }

    public static Facts facts(DoctorPlan plan) {
        boolean skipNetInFiles = OptionFiles.serverOptions(OptionFiles.existing(plan.optionFiles())).stream()
                .anyMatch(o -> o.name().equals("skip_networking") && !o.value().matches("(?i)0|off|false"));
        if (!plan.local()) {
            return new Facts(false, false, false, skipNetInFiles); // told to look at the target only
        }
        boolean installed = !installedBinaries(plan.platform()).isEmpty();
        List<ServerProcesses.Proc> procs = ServerProcesses.list();
        boolean running = procs.stream().anyMatch(p -> !p.embedded());
        boolean skipNet = skipNetInFiles || procs.stream().anyMatch(p -> !p.embedded() && p.skipNetworking());
        return new Facts(true, installed || running, running, skipNet);
    }

    public static List<Finding> machine(DoctorPlan plan, Facts facts, FixContext x) {
        List<Finding> out = new ArrayList<>();
        List<Path> bins = installedBinaries(plan.platform());
        List<ServerProcesses.Proc> procs = ServerProcesses.list();
        boolean serverWanted = plan.expectsLocalServer();
        if (!bins.isEmpty()) {
            out.add(Finding.ok("installed", bins.stream().map(b -> b.getFileName().toString()).distinct()
                    .reduce((a, b) -> a + ", " + b).orElse("") + " in " + bins.get(0).getParent()));
        } else if (!facts.systemServerRunning()) {
            out.add(serverWanted
                    ? Finding.problem("installed", Status.FAILURE, "no MySQL or MariaDB server installed on this machine, but "
                    + "the workbook is configured for a server at " + plan.target().address(), KnownError.SERVER_NOT_INSTALLED,
                    Fixes.of(KnownError.SERVER_NOT_INSTALLED, x))
                    : Finding.info("installed", "no MySQL or MariaDB server installed (not needed with the embedded provider)"));
        }
        List<ServerProcesses.Proc> system = procs.stream().filter(p -> !p.embedded()).toList();
        long embedded = procs.stream().filter(ServerProcesses.Proc::embedded).count();
        if (!system.isEmpty()) {
            out.add(Finding.ok("process", system.get(0).describe() + (system.size() > 1 ? " and " + (system.size() - 1) + " more" : "")));
        } else if (facts.installed()) {
            Finding f = Finding.problem("process", Status.FAILURE, "a server is installed but no mysqld/mariadbd process runs",
                    KnownError.SERVER_NOT_RUNNING, Fixes.of(KnownError.SERVER_NOT_RUNNING, x));
            out.add(serverWanted ? f : f.asInformation(NOT_USED));
        }
        ServiceState.query(plan.timeoutMillis()).forEach((unit, state) -> {
            if (state.equals("failed")) {
                Finding f = Finding.problem("service", Status.FAILURE, "systemd unit " + unit
                        + " failed: the server stopped at start-up", KnownError.SERVER_NOT_RUNNING,
                        "read why: sudo journalctl -u " + unit + " -n 50, then look up its [ERROR] line in "
                        + "troubleshooting/README.md; start it again: sudo systemctl start " + unit);
                out.add(serverWanted ? f : f.asInformation(NOT_USED));
            } else if (state.equals("active")) {
                out.add(Finding.ok("service", "systemd unit " + unit + " is active"));
            }
        });
        if (embedded > 0) {
            out.add(Finding.info("embedded", embedded + " workbook embedded server(s) running on loopback ports"));
        }
        out.addAll(optionFiles(plan, x));
        return out;
    }

    static List<Finding> optionFiles(DoctorPlan plan, FixContext x) {
        List<Finding> out = new ArrayList<>();
        List<Path> files = OptionFiles.existing(plan.optionFiles());
        if (files.isEmpty()) {
            return out;
        }
        boolean mariadb = x.version().isMariaDb();
        for (OptionFiles.Option o : OptionFiles.serverOptions(files)) {
            if (o.name().equals("default_authentication_plugin") && !mariadb) {
                boolean stillAccepted = x.version().line() == ServerVersion.Line.MYSQL_80
                        || x.version().line() == ServerVersion.Line.MYSQL_57;
                out.add(Finding.problem("option", stillAccepted ? Status.WARNING : Status.FAILURE,
                        o.file() + ":" + o.line() + ": " + o.text() + (stillAccepted ? " (deprecated on 8.0, fatal on 8.4+)"
                        : " stops MySQL 8.4+ at start-up"), KnownError.DEFAULT_AUTH_PLUGIN_REMOVED,
                        Fixes.of(KnownError.DEFAULT_AUTH_PLUGIN_REMOVED, x)));
            } else if (o.name().equals("skip_networking") && !o.value().matches("(?i)0|off|false")) {
                out.add(Finding.problem("option", Status.WARNING, o.file() + ":" + o.line() + ": " + o.text()
                        + ": no TCP, so Java cannot connect", KnownError.SKIP_NETWORKING, Fixes.of(KnownError.SKIP_NETWORKING, x)));
            }
        }
        if (out.isEmpty()) {
            out.add(Finding.ok("options", files.size() + " option file(s) read, nothing that stops the server or Java"));
        }
        boolean matters = plan.explicitOptionFiles() || plan.expectsLocalServer();
        return matters ? out : out.stream().map(f -> f.asInformation(NOT_USED)).toList();
    }

    public static List<Finding> sockets(DoctorPlan plan, Facts facts, FixContext x) {
        List<Finding> out = new ArrayList<>();
        for (Path s : plan.sockets()) {
            // A usual socket matters when the workbook uses this machine's server; otherwise what is wrong with it is
            // information, not a warning (a stopped system server is no problem for the embedded provider).
            boolean matters = plan.explicitSockets() || plan.expectsLocalServer();
            Finding f = SocketCheck.check(s, plan.explicitSockets(), facts.installed(), x, plan.timeoutMillis());
            if (f != null) {
                out.add(matters ? f : f.asInformation(NOT_USED));
                if (f.status() == Status.OK) {
                    Optional.ofNullable(SocketCheck.directoryWarning(s, x)).map(w -> matters ? w : w.asInformation(NOT_USED))
                            .ifPresent(out::add);
                }
            }
        }
        return out;
    }

    public static List<Path> installedBinaries(Platform platform) {
        List<Path> found = new ArrayList<>();
        for (Path p : platform.usualServerBinaries()) {
            if (Files.isExecutable(p)) {
                found.add(p);
            }
        }
        String path = System.getenv("PATH");
        if (path != null) {
            for (String dir : path.split(File.pathSeparator)) {
                for (String name : new String[] {"mysqld", "mariadbd", "mysqld.exe", "mariadbd.exe"}) {
                    Path p = Path.of(dir, name);
                    if (Files.isExecutable(p) && !found.contains(p) && !ServerProcesses.isWorkbookCache(p.toString())) {
                        found.add(p);
                    }
                }
            }
        }
        return found;
    }
}
