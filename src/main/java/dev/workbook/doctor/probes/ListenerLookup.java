package dev.workbook.doctor.probes;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Which process listens on a TCP port, read from /proc on Linux (what {@code ss -ltnp} shows), within a time
 * budget. Elsewhere it knows nothing and the fix names the command to run instead.
 */
public final class ListenerLookup {
    private static final Path PROC = Path.of("/proc");

    private ListenerLookup() {
    }

    /** "java (pid 1234)", or empty when it cannot tell (not Linux, no permission, or out of time). */
    public static Optional<String> owner(int port, long budgetMillis) {
        if (!Files.isDirectory(PROC.resolve("net"))) {
            return Optional.empty();
        }
        long deadline = System.nanoTime() + budgetMillis * 1_000_000L;
        Optional<String[]> socket = listeningSocket(port);
        if (socket.isEmpty()) {
            return Optional.empty();
        }
        String target = "socket:[" + socket.get()[0] + "]";
        String uid = socket.get()[1];
        try (DirectoryStream<Path> procs = Files.newDirectoryStream(PROC, p -> p.getFileName().toString().matches("\\d+"))) {
            for (Path proc : procs) {
                if (System.nanoTime() > deadline) {
                    return Optional.empty();
                }
                // Only processes of the socket's owner can hold it: skips most of a busy machine's file descriptors.
                if (!uid.equals(ownerUid(proc))) {
                    continue;
                }
                if (holds(proc.resolve("fd"), target)) {
                    long pid = Long.parseLong(proc.getFileName().toString());
                    String name = ProcessHandle.of(pid).flatMap(h -> h.info().command())
                            .map(c -> Path.of(c).getFileName().toString()).orElse("process");
                    return Optional.of(name + " (pid " + pid + ")");
                }
            }
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    private static boolean holds(Path fdDir, String target) {
        try (DirectoryStream<Path> fds = Files.newDirectoryStream(fdDir)) {
            for (Path fd : fds) {
                try {
                    if (Files.readSymbolicLink(fd).toString().equals(target)) {
                        return true;
                    }
                } catch (IOException | UnsupportedOperationException ignored) {
                    // closed meanwhile, or not ours to read
                }
            }
        } catch (IOException | RuntimeException e) {
            return false;
        }
        return false;
    }

    private static String ownerUid(Path proc) {
        try {
            return String.valueOf(Files.getAttribute(proc, "unix:uid"));
        } catch (IOException | RuntimeException e) {
            return "";
        }
    }

    /** The listening socket's inode and owner uid, from /proc/net/tcp and tcp6. */
    private static Optional<String[]> listeningSocket(int port) {
        String hexPort = String.format(Locale.ROOT, "%04X", port);
        for (String table : List.of("tcp", "tcp6")) {
            try {
                for (String line : Files.readAllLines(PROC.resolve("net").resolve(table))) {
                    String[] f = line.trim().split("\\s+");
                    // sl local_address rem_address st tx:rx tr:when retrnsmt uid timeout inode
                    if (f.length > 9 && f[1].endsWith(":" + hexPort) && f[3].equals("0A")) {
                        return Optional.of(new String[] {f[9], f[7]});
                    }
                }
            } catch (IOException | RuntimeException e) {
                // table missing (no IPv6) or unreadable
            }
        }
        return Optional.empty();
    }
}
