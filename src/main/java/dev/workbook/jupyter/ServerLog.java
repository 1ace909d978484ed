package dev.workbook.jupyter;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.regex.Pattern;

/**
 * Jupyter's log: all of it to a file in the workbook home, and to the terminal only what a student must act on:
 * errors, critical lines, warnings about kernels, and the lines that continue them (a traceback).
 */
final class ServerLog {
    private static final Pattern LEVEL = Pattern.compile("^\\[([DIWEC]) [^]]*\\].*");
    private boolean lastShown;

    /** A writer appending to the file, or the terminal itself when the file cannot be written (nothing is lost). */
    static PrintWriter open(Path file, PrintWriter terminal) {
        if (file == null) {
            return terminal;
        }
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            StandardOpenOption mode = Files.isRegularFile(file) && Files.size(file) > KernelLog.MAX_BYTES
                    ? StandardOpenOption.TRUNCATE_EXISTING : StandardOpenOption.APPEND;
            return new PrintWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8, StandardOpenOption.CREATE, mode), true);
        } catch (IOException e) {
            terminal.println("warning: cannot write " + file + " (" + e.getMessage() + "); Jupyter's messages follow here");
            return terminal;
        }
    }

    /** Whether this line belongs on the terminal. */
    boolean isProblem(String line) {
        var m = LEVEL.matcher(line);
        if (m.matches()) {
            String level = m.group(1);
            lastShown = level.equals("E") || level.equals("C") || level.equals("W") && line.contains("ernel");
        } else if (!line.isBlank() && !line.startsWith(" ") && !lastShown) {
            // output of no log record (a kernel JVM that cannot start prints so): shown, it is rare and real
            return true;
        }
        return lastShown;
    }
}
