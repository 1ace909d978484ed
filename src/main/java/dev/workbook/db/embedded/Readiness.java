package dev.workbook.db.embedded;

import dev.workbook.errors.WorkbookException;
import dev.workbook.db.Credentials;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;

/** Waits until a launched (or found) server answers a query, and explains why when it never does. */
final class Readiness {
    private static final long TIMEOUT_NANOS = 90_000_000_000L;

    private Readiness() {
    }

    /**
     * Returns the server's version once the administrative account can run a query.
     * {@code logOffset} is where this launch's lines start in the error log, or -1 for a server found running.
     */
    static String await(ProcessHandle handle, int port, Credentials admin, EmbeddedLayout layout, long logOffset) {
        long deadline = System.nanoTime() + TIMEOUT_NANOS;
        SQLException last = null;
        while (System.nanoTime() < deadline) {
            if (handle == null || !handle.isAlive()) {
                throw diagnose(layout, logOffset, port);
            }
            if (MariaDbProcess.portAnswers(port, 500)) {
                try {
                    return version(port, admin);
                } catch (SQLException e) {
                    last = e;
                    if (e.getErrorCode() == 1045 || e.getErrorCode() == 1698) {
                        throw WorkbookException.notReady("the embedded server rejects the workbook's administrative account")
                                .value(layout.credentialsFile())
                                .next("this data directory was made by another workbook home; use its WORKBOOK_HOME, "
                                        + "or choose a new --data-dir")
                                .help("troubleshooting/workbook-embedded-server.md").cause(e).build();
                    }
                }
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw WorkbookException.internal("interrupted while waiting for the embedded server").build();
            }
        }
        throw WorkbookException.notReady("the embedded server did not answer within 90 s")
                .value("127.0.0.1:" + port + (last == null ? "" : " (" + last.getMessage() + ")"))
                .next("read " + layout.errorLog() + ", then run: workbook db stop && workbook db start")
                .help("troubleshooting/workbook-embedded-server.md").build();
    }

    private static String version(int port, Credentials admin) throws SQLException {
        Properties p = new Properties();
        p.setProperty("user", admin.user());
        p.setProperty("password", admin.password());
        p.setProperty("connectTimeout", "2000");
        p.setProperty("socketTimeout", "10000");
        try (Connection c = DriverManager.getConnection("jdbc:mysql://127.0.0.1:" + port + "/", p);
             Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT VERSION()")) {
            rs.next();
            return rs.getString(1);
        }
    }

    private static WorkbookException diagnose(EmbeddedLayout layout, long logOffset, int port) {
        String log = tail(layout, Math.max(logOffset, 0));
        if (log.contains("Address already in use") || log.contains("Do you already have another")) {
            return WorkbookException.badInput("port in use, the embedded server cannot listen on it")
                    .value("127.0.0.1:" + port)
                    .next("run again with --port 0 to pick a free port, or stop the program using it")
                    .help("troubleshooting/port-in-use.md").build();
        }
        if (log.contains("Unable to lock") || log.contains("error: 11")) {
            return WorkbookException.notReady("another server is using this data directory").value(layout.dataDir())
                    .next("stop it (workbook db stop, or kill the mariadbd shown by: ps aux | grep mariadbd)")
                    .help("troubleshooting/workbook-embedded-server.md").build();
        }
        if (log.contains("Permission denied") || log.contains("errno: 13") || log.contains("Can't create/write")) {
            return WorkbookException.badInput("the data directory is not writable by the server").value(layout.dataDir())
                    .next("fix its permissions, or choose another place with --data-dir DIR")
                    .help("troubleshooting/workbook-embedded-server.md").build();
        }
        return WorkbookException.notReady("the embedded server exited during start-up").value(layout.errorLog())
                .next("read the log's last lines:\n" + indent(lastLines(log, 8)) + "\n  then run: workbook db start")
                .help("troubleshooting/workbook-embedded-server.md").build();
    }

    private static String tail(EmbeddedLayout layout, long from) {
        try (RandomAccessFile f = new RandomAccessFile(layout.errorLog().toFile(), "r")) {
            long start = Math.max(from, f.length() - 64 * 1024);
            byte[] buf = new byte[(int) (f.length() - start)];
            f.seek(start);
            f.readFully(buf);
            return new String(buf, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "";
        }
    }

    private static String lastLines(String text, int n) {
        String[] lines = text.strip().split("\\R");
        StringBuilder sb = new StringBuilder();
        for (int i = Math.max(0, lines.length - n); i < lines.length; i++) {
            sb.append(lines[i]).append('\n');
        }
        return sb.toString().strip();
    }

    private static String indent(String s) {
        return "    " + s.replace("\n", "\n    ");
    }
}
