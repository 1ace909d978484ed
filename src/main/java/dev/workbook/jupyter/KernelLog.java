package dev.workbook.jupyter;

import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

/**
 * Kernel-side (runs in the kernel's JVM with only the JDK): sends the kernel's own chatter (64 "Add ... to classpath"
 * lines, its log records, start-up notes) to a log file instead of the terminal of {@code workbook notebook}, which
 * should show the URL and real problems only. The file is named in kernel.json ({@value #ENV}) and in
 * troubleshooting/jupyter-not-found.md. Cells are not affected: the kernel binds System.out/err to the cell while it runs.
 */
final class KernelLog {
    static final String ENV = "WORKBOOK_KERNEL_LOG";
    /** A log that outgrew this is started afresh, so a long-used home does not fill up. */
    static final long MAX_BYTES = 5L * 1024 * 1024;

    private KernelLog() {
    }

    /** Redirects System.out and System.err to the log file; returns the stream Jupyter's own stderr was (for fatal notes). */
    static PrintStream redirect(String file) {
        PrintStream original = System.err;
        if (file == null || file.isBlank()) {
            return original;
        }
        try {
            Path log = Path.of(file);
            Files.createDirectories(log.toAbsolutePath().getParent());
            boolean append = !Files.isRegularFile(log) || Files.size(log) < MAX_BYTES;
            PrintStream out = new PrintStream(new FileOutputStream(log.toFile(), append), true, StandardCharsets.UTF_8);
            out.println("=== kernel started " + Instant.now() + " (pid " + ProcessHandle.current().pid() + ")");
            System.setOut(out);
            System.setErr(out);
        } catch (IOException | RuntimeException e) {
            original.println("[workbook] cannot write the kernel log " + file + " (" + e + "); kernel messages stay here");
        }
        return original;
    }
}
