package dev.workbook.jupyter;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Class-data sharing for the {@code workbook} command itself, built next to the jar at kernel install: one training
 * run of {@code workbook db status} (settings, the provider, a JDBC connection, picocli) with
 * {@code -XX:ArchiveClassesAtExit}. The {@code workbook} script passes the archive when it exists and deletes it when
 * it rebuilds the jar; a stale one is ignored silently. Measured: {@code db status} 1.0 s to 0.6-0.9 s on 2 busy cores.
 */
public final class CliArchive {
    public static final String FILE = "workbook-cli.jsa";
    /** The flags of the workbook script (an archive only maps with the same GC and options). */
    static final List<String> SCRIPT_OPTIONS = List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xshare:auto");

    private CliArchive() {
    }

    /** Builds target/workbook-cli.jsa; returns a line for the user. */
    public static String build(ProjectDir project, Map<String, String> env) {
        Path jar = project.dir().resolve("target").resolve("workbook.jar");
        Path archive = jar.resolveSibling(FILE);
        if (!Files.isRegularFile(jar)) {
            return "command start-up archive: not built (no " + jar + " yet)";
        }
        try {
            Files.deleteIfExists(archive);
            List<String> cmd = new ArrayList<>(List.of(KernelFiles.javaExecutable()));
            cmd.addAll(SCRIPT_OPTIONS);
            cmd.addAll(List.of("-XX:ArchiveClassesAtExit=" + archive, "-Xlog:cds=off", "-Xlog:cds+dynamic=off", "-jar",
                    jar.toString(), "db", "status"));
            ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD);
            pb.environment().clear();
            pb.environment().putAll(env);
            Process p = pb.start();
            if (!p.waitFor(2, TimeUnit.MINUTES)) {
                p.destroyForcibly();
            }
            return Files.isRegularFile(archive) ? "command start-up archive: " + archive
                    : "command start-up archive: not built; the workbook command starts without it";
        } catch (IOException e) {
            return "command start-up archive: not built (" + e.getMessage() + ")";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "command start-up archive: not built (interrupted)";
        }
    }
}
