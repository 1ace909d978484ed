package dev.workbook.doctor;

import dev.workbook.cli.CliContext;
import dev.workbook.cli.WorkbookCli;
import dev.workbook.testing.TestHomes;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Prints the doctor's wall time (not a test): on a healthy server, and with every probe failing at once (a target
 * port that accepts and never answers, a stale socket, a silent usual port, a removed option in my.cnf).
 * Each figure is the median of N runs of `java -jar target/workbook.jar doctor ...` (JVM start included, the
 * launcher's flags) and of the same in-process. Run through bench/doctor.sh.
 */
public final class DoctorBench {
    private DoctorBench() {
    }

    public static void main(String[] args) throws Exception {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        Path jar = Path.of("target/workbook.jar").toAbsolutePath();
        Path home = TestHomes.fresh("bench");
        System.out.printf("doctor wall time, median of %d runs (min-max), %d cores%n", runs,
                Runtime.getRuntime().availableProcessors());
        try (TestMariaDb server = TestMariaDb.create("bench").start()) {
            List<String> healthy = List.of("doctor", "--provider", "server", "--host", "127.0.0.1", "--port",
                    "" + server.port(), "--user", "workbook", "--password=" + TestMariaDb.APP_PASSWORD, "--database", "wbdb",
                    "--socket", server.socket().toString());
            report("healthy server, CLI process   (target <= 2000 ms)", cli(jar, home, healthy, runs));
            report("healthy server, in-process", inProcess(home, healthy, runs));
        }
        try (ServerSocket silentTarget = silent(); ServerSocket silentLocal = silent()) {
            Path dir = TestHomes.fresh("bench-failing");
            Path stale = staleSocket(dir.resolve("mysqld.sock"));
            Path cnf = dir.resolve("my.cnf");
            Files.writeString(cnf, "[mysqld]\ndefault_authentication_plugin=mysql_native_password\n");
            List<String> failing = List.of("doctor", "--provider", "server", "--host", "127.0.0.1", "--port",
                    "" + silentTarget.getLocalPort(), "--user", "workbook", "--password=x", "--database", "wbdb",
                    "--socket", stale.toString(), "--option-file", cnf.toString(),
                    "--local-port", "" + silentLocal.getLocalPort());
            report("every probe failing, CLI     (target <= 5000 ms)", cli(jar, home, failing, runs));
            report("every probe failing, in-process", inProcess(home, failing, runs));
        }
    }

    private static long[] cli(Path jar, Path home, List<String> args, int runs) throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> cmd = new ArrayList<>(List.of(java, "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xshare:auto",
                "-jar", jar.toString()));
        cmd.addAll(args);
        long[] ms = new long[runs + 1];
        for (int i = 0; i <= runs; i++) { // the first run warms the page cache and is not counted
            ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD);
            pb.environment().putAll(TestHomes.env(home));
            long t0 = System.nanoTime();
            int exit = pb.start().waitFor();
            ms[i] = (System.nanoTime() - t0) / 1_000_000L;
            if (i == 0) {
                System.out.println("  (exit code " + exit + ")");
            }
        }
        return Arrays.copyOfRange(ms, 1, ms.length);
    }

    private static long[] inProcess(Path home, List<String> args, int runs) {
        long[] ms = new long[runs];
        for (int i = 0; i < runs; i++) {
            StringWriter out = new StringWriter();
            CliContext ctx = new CliContext(TestHomes.env(home), new ByteArrayInputStream(new byte[0]),
                    new PrintWriter(out), new PrintWriter(out));
            long t0 = System.nanoTime();
            WorkbookCli.run(ctx, args.toArray(String[]::new));
            ms[i] = (System.nanoTime() - t0) / 1_000_000L;
        }
        return ms;
    }

    private static void report(String what, long[] ms) {
        long[] s = ms.clone();
        Arrays.sort(s);
        System.out.printf("%-52s %6d ms   (%d-%d)%n", what, s[s.length / 2], s[0], s[s.length - 1]);
    }

    /** Accepts connections and never writes a byte. */
    private static ServerSocket silent() throws IOException {
        ServerSocket s = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread t = new Thread(() -> {
            List<Socket> held = new ArrayList<>();
            try {
                while (true) {
                    held.add(s.accept());
                }
            } catch (IOException e) {
                // closed at the end
            }
        });
        t.setDaemon(true);
        t.start();
        return s;
    }

    /** A socket file with nothing behind it, as a crashed server leaves. */
    private static Path staleSocket(Path path) throws IOException {
        try (ServerSocketChannel ch = ServerSocketChannel.open(StandardProtocolFamily.UNIX)) {
            ch.bind(UnixDomainSocketAddress.of(path));
        }
        return path;
    }
}
