package dev.workbook.doctor.checks;

import dev.workbook.db.ServerVersion;
import dev.workbook.doctor.catalogue.Platform;
import dev.workbook.doctor.reports.Finding;
import java.nio.file.Path;
import java.util.List;

/**
 * What one doctor run looks at. {@code sockets} and {@code optionFiles} are the ones given on the command line when
 * {@code explicitSockets} / {@code explicitOptionFiles}, else the platform's usual ones; {@code local} adds the
 * machine-wide checks (installed server, processes, port {@code localPort}). {@code target} may be null when the
 * settings could not be read.
 */
public record DoctorPlan(String configSummary, Finding configProblem, TargetSpec target, boolean expectsLocalServer,
                         Finding targetNote,
                         Platform platform, List<Path> sockets, boolean explicitSockets, List<Path> optionFiles,
                         boolean explicitOptionFiles,
                         boolean local, int localPort, int timeoutMillis, ServerVersion versionHint, String configFile,
                         List<String> secrets) {
}
