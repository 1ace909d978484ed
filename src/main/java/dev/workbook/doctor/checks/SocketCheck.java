package dev.workbook.doctor.checks;

import dev.workbook.doctor.catalogue.FixContext;
import dev.workbook.doctor.catalogue.Fixes;
import dev.workbook.doctor.probes.Greeting;
import dev.workbook.doctor.probes.Handshake;
import dev.workbook.doctor.reports.Finding;
import dev.workbook.doctor.reports.Status;
import dev.workbook.errors.KnownError;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Set;

/**
 * One Unix socket path: present and answering, missing (and is its directory there?), refused (stale), not a
 * socket at all, or locked by permissions. It reads the server's greeting through it to prove it answers.
 */
public final class SocketCheck {
    private static final int S_IFMT = 0170000;
    private static final int S_IFSOCK = 0140000;

    private SocketCheck() {
    }

    /** The finding for this path, or null for a usual path that is simply absent on a machine without a server. */
    static Finding check(Path socket, boolean explicit, boolean serverInstalled, FixContext x, int timeoutMillis) {
        String s = socket.toString();
        Path dir = socket.toAbsolutePath().getParent();
        if (!Files.exists(socket, LinkOption.NOFOLLOW_LINKS)) {
            if (!explicit && !serverInstalled) {
                return null;
            }
            Status st = explicit ? Status.FAILURE : Status.WARNING;
            if (dir != null && !Files.isDirectory(dir)) {
                return problem(st, s + ": its directory " + dir + " does not exist, so no server can create the socket",
                        KnownError.SOCKET_DIR_MISSING, x, socket);
            }
            return problem(st, s + ": no such file (errno 2): the server is not running or uses another socket",
                    KnownError.SOCKET_MISSING, x, socket);
        }
        if (!isSocket(socket)) {
            return problem(Status.FAILURE, s + ": exists but is not a socket (" + kind(socket) + ")",
                    KnownError.SOCKET_NOT_A_SOCKET, x, socket);
        }
        Greeting g = Handshake.unix(socket, timeoutMillis);
        return switch (g.kind()) {
            case HANDSHAKE -> Finding.ok("socket", s + " answers: " + g.version().label());
            case ERROR -> Finding.ok("socket", s + " answers (error " + g.errorCode() + " before login: " + g.text() + ")");
            case REFUSED -> problem(Status.FAILURE, s + ": connection refused (errno 111): a stale socket file, no server "
                    + "behind it", KnownError.SOCKET_STALE, x, socket);
            case PERMISSION_DENIED -> problem(Status.FAILURE, s + ": permission denied (errno 13)" + dirMode(dir),
                    KnownError.SOCKET_PERMISSION, x, socket);
            case NO_SUCH_FILE -> problem(Status.FAILURE, s + ": vanished while checking (errno 2)",
                    KnownError.SOCKET_MISSING, x, socket);
            case SILENT, NOT_MYSQL -> problem(Status.FAILURE, s + ": " + g.text(), KnownError.PORT_SILENT, x, socket);
            default -> problem(Status.FAILURE, s + ": " + g.text(), KnownError.SOCKET_STALE, x, socket);
        };
    }

    /** Readable by the owner only: other users (and their programs) get errno 13. */
    static Finding directoryWarning(Path socket, FixContext x) {
        Path dir = socket.toAbsolutePath().getParent();
        try {
            Set<PosixFilePermission> perms = Files.getPosixFilePermissions(dir);
            if (!perms.contains(PosixFilePermission.OTHERS_EXECUTE)) {
                return problem(Status.WARNING, dir + " is not searchable by other users" + dirMode(dir)
                        + ": their clients get errno 13 on " + socket, KnownError.SOCKET_PERMISSION, x, socket);
            }
        } catch (IOException | UnsupportedOperationException | NullPointerException e) {
            return null;
        }
        return null;
    }

    private static Finding problem(Status st, String found, KnownError c, FixContext x, Path socket) {
        return Finding.problem("socket", st, found, c, Fixes.of(c, x, socket));
    }

    static boolean isSocket(Path p) {
        try {
            Object mode = Files.getAttribute(p, "unix:mode", LinkOption.NOFOLLOW_LINKS);
            return mode instanceof Integer m && (m & S_IFMT) == S_IFSOCK;
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
            try { // no unix view: a socket is at least not a file, directory or link
                return Files.readAttributes(p, java.nio.file.attribute.BasicFileAttributes.class,
                        LinkOption.NOFOLLOW_LINKS).isOther();
            } catch (IOException ex) {
                return false;
            }
        }
    }

    private static String kind(Path p) {
        try {
            int m = (Integer) Files.getAttribute(p, "unix:mode", LinkOption.NOFOLLOW_LINKS) & S_IFMT;
            return m == 0010000 ? "a FIFO, as mkfifo makes" : m == 0100000 ? "a regular file" : m == 0040000 ? "a directory"
                    : "mode " + Integer.toOctalString(m);
        } catch (IOException | RuntimeException e) {
            return "not a socket";
        }
    }

    private static String dirMode(Path dir) {
        try {
            return "; " + dir + " is " + java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(dir))
                    + " owned by " + Files.getOwner(dir).getName();
        } catch (IOException | RuntimeException e) {
            return "";
        }
    }
}
