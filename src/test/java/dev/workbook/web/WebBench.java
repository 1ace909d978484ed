package dev.workbook.web;

import dev.workbook.Workbook;
import dev.workbook.chapters.ChapterCatalog;
import dev.workbook.chapters.ChapterSession;
import dev.workbook.chapters.Failure;
import dev.workbook.config.Settings;
import dev.workbook.db.providers.Providers;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.LongAdder;

/**
 * The web benchmark's Java side (bench/web.sh runs it; it prints figures and judges nothing):
 * <ul>
 *   <li>{@code cell CHAPTER PATH}: in a fresh JVM, runs the chapter up to its app cell like a notebook kernel, then
 *       times the app cell and the first page it serves (target: at most 1 s), and a re-run of the cell;</li>
 *   <li>{@code first URL TIMEOUT_S}: polls until the URL answers 200 (used to time {@code workbook web} from outside);</li>
 *   <li>{@code load URL SECONDS CONNECTIONS}: requests per second on kept-alive connections after a warm-up, with
 *       latency percentiles.</li>
 * </ul>
 * HTTP here is a plain socket with HTTP/1.1, so the client's own class loading is not part of any figure.
 */
public final class WebBench {
    private WebBench() {
    }

    public static void main(String[] args) throws Exception {
        switch (args[0]) {
            case "cell" -> cell(args[1], args[2]);
            case "first" -> first(args[1], Integer.parseInt(args[2]));
            case "load" -> load(args[1], Integer.parseInt(args[2]), Integer.parseInt(args[3]));
            case "port" -> {
                try (java.net.ServerSocket s = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
                    System.out.println(s.getLocalPort());
                }
            }
            default -> throw new IllegalArgumentException("cell | first | load | port");
        }
        System.exit(0);
    }

    static void cell(String chapterRef, String path) throws Exception {
        Workbook.use(Providers.forSettings(Settings.load(Map.of(), System.getenv())).start());
        ChapterCatalog catalog = ChapterCatalog.load();
        ByteArrayOutputStream transcript = new ByteArrayOutputStream();
        try (ChapterSession session = ChapterSession.open(catalog, catalog.find(chapterRef),
                new PrintStream(transcript, true, StandardCharsets.UTF_8))) {
            check(session.runBefore("app"), transcript);
            cpuNanos();   // loads the management classes now, not inside the measured window
            java.lang.management.ManagementFactory.getRuntimeMXBean().getUptime();
            if (Boolean.getBoolean("bench.marks")) {
                System.out.println("mark cell-start " + java.lang.management.ManagementFactory.getRuntimeMXBean().getUptime());
            }
            long cpu0 = cpuNanos();
            long t0 = System.nanoTime();
            check(session.runThrough("app"), transcript);
            long cellDone = System.nanoTime();
            RunningApp app = WebApp.running().get(WebApp.running().size() - 1);
            int status = get(app.url(path)).status;
            long firstPage = System.nanoTime();
            long cpu = cpuNanos() - cpu0;
            if (Boolean.getBoolean("bench.marks")) {
                System.out.println("mark first-page " + java.lang.management.ManagementFactory.getRuntimeMXBean().getUptime()
                        + " (cell done " + ms(cellDone - t0) + " ms after cell-start)");
            }
            long t1 = System.nanoTime();
            check(session.rerun("app"), transcript);
            RunningApp again = WebApp.running().get(WebApp.running().size() - 1);
            int status2 = get(again.url(path)).status;
            long rerun = System.nanoTime() - t1;
            System.out.printf("cell %s %s: app cell %d ms (server start %d ms), first page (%d) %d ms after the cell began "
                            + "(process CPU %d ms, load %.1f); re-run of the cell to its first page (%d) %d ms%n", chapterRef, path,
                    ms(cellDone - t0), app.startMillis(), status, ms(firstPage - t0), ms(cpu),
                    java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(), status2, ms(rerun));
            WebApp.stopAll();
        }
    }

    static void first(String url, int timeoutSeconds) throws Exception {
        long deadline = System.nanoTime() + timeoutSeconds * 1_000_000_000L;
        while (System.nanoTime() < deadline) {
            try {
                if (get(url).status == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(20);
        }
        throw new IllegalStateException(url + " did not answer 200 within " + timeoutSeconds + " s");
    }

    static void load(String url, int seconds, int connections) throws Exception {
        run(url, 5, connections, false);             // warm-up: JIT, pools, caches
        run(url, seconds, connections, true);
    }

    private static void run(String url, int seconds, int connections, boolean report) throws Exception {
        AtomicBoolean stop = new AtomicBoolean();
        LongAdder ok = new LongAdder();
        LongAdder failed = new LongAdder();
        List<long[]> latencies = new ArrayList<>();
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < connections; i++) {
            long[] mine = new long[2_000_000];
            latencies.add(mine);
            int slot = i;
            Thread t = new Thread(() -> {
                int n = 0;
                try (Connection c = new Connection(URI.create(url))) {
                    while (!stop.get()) {
                        long s = System.nanoTime();
                        int status = c.get();
                        if (status == 200) {
                            ok.increment();
                            if (n < mine.length) {
                                mine[n++] = System.nanoTime() - s;
                            }
                        } else {
                            failed.increment();
                        }
                    }
                } catch (IOException e) {
                    failed.increment();
                }
                mine[mine.length - 1] = n;
            }, "load-" + slot);
            threads.add(t);
        }
        long t0 = System.nanoTime();
        threads.forEach(Thread::start);
        Thread.sleep(seconds * 1000L);
        stop.set(true);
        for (Thread t : threads) {
            t.join();
        }
        double elapsed = (System.nanoTime() - t0) / 1e9;
        if (!report) {
            return;
        }
        long[] all = latencies.stream().flatMapToLong(a -> Arrays.stream(a, 0, (int) a[a.length - 1])).sorted().toArray();
        System.out.printf("load %s: %.0f requests/s over %.1f s, %d connections, %d failed; latency p50 %.1f ms, p99 %.1f ms%n",
                url, ok.sum() / elapsed, elapsed, connections, failed.sum(), pct(all, 50), pct(all, 99));
    }

    private static double pct(long[] sorted, int p) {
        return sorted.length == 0 ? Double.NaN : sorted[Math.min(sorted.length - 1, sorted.length * p / 100)] / 1e6;
    }

    /** CPU time of this whole JVM (all threads: snippet, Jetty, JIT, GC); on a busy machine a floor for the wall time. */
    private static long cpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private static long ms(long nanos) {
        return nanos / 1_000_000;
    }

    private static void check(Failure f, ByteArrayOutputStream transcript) {
        if (f != null) {
            throw new IllegalStateException(f.render() + "\n" + transcript.toString(StandardCharsets.UTF_8));
        }
    }

    private static Response get(String url) throws IOException {
        try (Connection c = new Connection(URI.create(url))) {
            return new Response(c.get());
        }
    }

    private record Response(int status) {
    }

    /** One kept-alive HTTP/1.1 connection; reads each response fully (Content-Length or chunked). */
    private static final class Connection implements AutoCloseable {
        private final Socket socket;
        private final OutputStream out;
        private final InputStream in;
        private final byte[] request;

        Connection(URI uri) throws IOException {
            socket = new Socket(uri.getHost(), uri.getPort());
            socket.setTcpNoDelay(true);
            out = socket.getOutputStream();
            in = new java.io.BufferedInputStream(socket.getInputStream(), 65536);
            String target = uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
            request = ("GET " + target + " HTTP/1.1\r\nHost: " + uri.getHost() + ":" + uri.getPort()
                    + "\r\nAccept: text/html, application/json\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
        }

        int get() throws IOException {
            out.write(request);
            out.flush();
            String status = line();
            int code = Integer.parseInt(status.split(" ")[1]);
            long length = -1;
            boolean chunked = false;
            for (String h = line(); !h.isEmpty(); h = line()) {
                String lower = h.toLowerCase(java.util.Locale.ROOT);
                if (lower.startsWith("content-length:")) {
                    length = Long.parseLong(lower.substring(15).strip());
                } else if (lower.startsWith("transfer-encoding:") && lower.contains("chunked")) {
                    chunked = true;
                }
            }
            if (chunked) {
                for (long size = Long.parseLong(line().strip(), 16); size > 0; size = Long.parseLong(line().strip(), 16)) {
                    in.skipNBytes(size);
                    line();
                }
                line();
            } else if (length > 0) {
                in.skipNBytes(length);
            }
            return code;
        }

        private String line() throws IOException {
            StringBuilder sb = new StringBuilder();
            for (int c = in.read(); c != '\n'; c = in.read()) {
                if (c < 0) {
                    throw new IOException("connection closed");
                }
                if (c != '\r') {
                    sb.append((char) c);
                }
            }
            return sb.toString();
        }

        @Override
        public void close() throws IOException {
            socket.close();
        }
    }
}
