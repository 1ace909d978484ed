package dev.workbook.cli;

import dev.workbook.config.ProviderKind;
import dev.workbook.config.Settings;
import dev.workbook.db.DbTarget;
import dev.workbook.db.embedded.EmbeddedProvider;
import dev.workbook.doctor.Doctor;
import dev.workbook.doctor.DoctorPlans;
import dev.workbook.doctor.reports.JsonReport;
import dev.workbook.doctor.reports.Report;
import dev.workbook.doctor.reports.TextReport;
import dev.workbook.errors.WorkbookException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(name = "doctor", mixinStandardHelpOptions = true,
        description = {"Diagnose the MySQL/MariaDB setup: the configured server and this machine's usual sockets and port.",
                "Read-only. One line per check; for each problem the fix for this server version and a troubleshooting page.",
                "Exit code 0 when nothing failed, 1 when a check failed."},
        footer = {"", "Examples:  workbook doctor      workbook doctor --json",
                "           workbook doctor --provider server --host 127.0.0.1 --port 3306 --user workbook --password",
                "           workbook doctor --explain \"ERROR 1698 (28000): Access denied for user 'root'@'localhost'\""})
final class DoctorCommand implements Callable<Integer> {
    @ParentCommand
    WorkbookCommand root;

    @Mixin
    ConnectionOptions options;

    @Option(names = "--json", description = "Print the findings as JSON (same content, for tools).")
    boolean json;

    @Option(names = "--socket", paramLabel = "PATH", description = "A Unix socket to check (repeatable); replaces the usual paths.")
    List<Path> sockets;

    @Option(names = "--option-file", paramLabel = "FILE",
            description = "A server option file (my.cnf) or directory to check (repeatable); replaces the usual ones.")
    List<Path> optionFiles;

    @Option(names = "--no-local", description = "Check only the configured server, not this machine's usual socket, port 3306 and processes.")
    boolean noLocal;

    @Option(names = "--local-port", paramLabel = "PORT", defaultValue = "3306", description = "The machine's usual MySQL port (default 3306).")
    int localPort;

    @Option(names = "--timeout", paramLabel = "MS", defaultValue = "2000", description = "Time limit of each probe in ms (default 2000).")
    int timeoutMillis;

    @Option(names = "--explain", paramLabel = "ERROR", description = "Explain a pasted error message instead of checking.")
    String explain;

    @Option(names = "--server-version", paramLabel = "VERSION",
            description = "The server version the fixes are for when no server answers, e.g. 8.4, 9.1, 'mariadb 11.4'.")
    String serverVersion;

    @Override
    public Integer call() {
        CliContext ctx = root.ctx;
        if (timeoutMillis < 100 || timeoutMillis > 60_000) {
            throw WorkbookException.badInput("--timeout must be between 100 and 60000 ms").value(timeoutMillis)
                    .next("workbook doctor --timeout 2000").build();
        }
        if (options.host != null && options.provider == null) {
            options.provider = "server"; // naming a host means: check that server
        }
        DoctorPlans.Builder plan = DoctorPlans.builder()
                .sockets(sockets).optionFiles(optionFiles).local(!noLocal).localPort(localPort)
                .timeoutMillis(timeoutMillis).serverVersion(serverVersion);
        try {
            Settings s = options.settings(ctx);
            plan.settings(s, s.provider() == ProviderKind.EMBEDDED ? embedded(s) : Optional.empty());
        } catch (WorkbookException e) {
            plan.settingsProblem(e);
        }
        Report report = explain != null ? Doctor.explain(explain, plan.build()) : Doctor.run(plan.build());
        if (json) {
            JsonReport.print(report, ctx.out());
        } else {
            TextReport.print(report, ctx.out());
        }
        return report.exitCode();
    }

    private static Optional<DbTarget> embedded(Settings s) {
        return new EmbeddedProvider(s, msg -> { }).runningTarget();
    }
}
