package dev.workbook.doctor.probes;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** The mysqld/mariadbd processes on this machine, telling the workbook's embedded servers apart. */
public final class ServerProcesses {
    public record Proc(long pid, String name, String port, String socket, boolean skipNetworking, boolean embedded) {
        public String describe() {
            return name + " running (pid " + pid + (port == null ? "" : ", port " + port)
                    + (socket == null ? "" : ", socket " + socket) + (skipNetworking ? ", skip-networking" : "") + ")";
        }
    }

    private ServerProcesses() {
    }

    public static List<Proc> list() {
        return ProcessHandle.allProcesses().map(ServerProcesses::of).flatMap(Optional::stream).toList();
    }

    private static Optional<Proc> of(ProcessHandle h) {
        ProcessHandle.Info info = h.info();
        Optional<String> cmd = info.command();
        if (cmd.isEmpty()) {
            return Optional.empty();
        }
        String name = Path.of(cmd.get()).getFileName().toString();
        if (!name.matches("(mysqld|mariadbd)(\\.exe)?")) {
            return Optional.empty();
        }
        String port = null;
        String socket = null;
        boolean skipNet = false;
        for (String a : info.arguments().orElse(new String[0])) {
            if (a.startsWith("--port=")) {
                port = a.substring(7);
            } else if (a.startsWith("--socket=")) {
                socket = a.substring(9);
            } else if (a.equals("--skip-networking") || a.equals("--skip_networking")) {
                skipNet = true;
            }
        }
        return Optional.of(new Proc(h.pid(), name, port, socket, skipNet, isWorkbookCache(cmd.get())));
    }

    /** The embedded provider's binaries live in the user's cache (…/workbook/mariadb-<version>-<os>/). */
    public static boolean isWorkbookCache(String path) {
        return path.replace('\\', '/').matches(".*/workbook/mariadb-[^/]+/bin/.*");
    }
}
