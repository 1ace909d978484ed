package dev.workbook.jupyter;

import dev.workbook.platform.CurrentUser;
import dev.workbook.platform.LoopbackPorts;
import dev.workbook.errors.WorkbookException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * A Jupyter server (JupyterLab when installed, else the classic Notebook) on the notebooks directory, listening on
 * 127.0.0.1 only, with a token of our own so the printed URL is known before Jupyter prints anything.
 */
public final class NotebookServer {
    static final Duration READY_TIMEOUT = Duration.ofSeconds(90);

    private final Process process;
    private final String url;
    private final String app;

    private NotebookServer(Process process, String url, String app) {
        this.process = process;
        this.url = url;
        this.app = app;
    }

    /**
     * Starts Jupyter on {@code notebooks} and returns once it answers; the printed URL opens {@code openPath} in it.
     * Every line Jupyter writes goes to {@code logFile}; only real problems also reach {@code terminal}.
     */
    public static NotebookServer start(Jupyter jupyter, Path notebooks, String openPath, int port, boolean openBrowser,
                                       PrintWriter terminal, Path logFile) {
        PrintWriter log = ServerLog.open(logFile, terminal);
        String app = jupyter.hasSubcommand("lab") ? "lab" : "notebook";
        int p = port == 0 ? LoopbackPorts.anyFree() : port;
        String token = HexFormat.of().formatHex(new SecureRandom().generateSeed(24));
        List<String> args = new ArrayList<>(List.of(app, "--ip=127.0.0.1", "--port=" + p, "--port-retries=0",
                "--notebook-dir=" + notebooks.toAbsolutePath()));
        if (!openBrowser) {
            args.add("--no-browser");
        }
        if (CurrentUser.isRoot()) {
            args.add("--allow-root"); // Jupyter refuses to run as root otherwise (containers, CI)
        }
        Deque<String> recent = new ArrayDeque<>();
        Process proc;
        try {
            Map<String, String> env = new java.util.HashMap<>(Map.of("JUPYTER_TOKEN", token));
            if (openPath != null && !openPath.isEmpty()) {
                // the served root mirrors the project: kernels may link troubleshooting pages as base + files/PAGE
                env.put(CellErrors.SERVER_URL, "http://127.0.0.1:" + p + "/");
            }
            proc = jupyter.builder(env, args).redirectErrorStream(true).start();
        } catch (IOException e) {
            throw WorkbookException.notReady("could not start jupyter " + app).value(jupyter).cause(e).build();
        }
        Thread pump = new Thread(() -> pump(proc, log, terminal, recent), "jupyter-log");
        pump.setDaemon(true);
        pump.start();
        String base = "http://127.0.0.1:" + p + "/";
        awaitReady(proc, base + "api/status?token=" + token, recent, p);
        String path = openPath == null || openPath.isEmpty() ? "" : "/" + openPath;
        return new NotebookServer(proc, base + (app.equals("lab") ? "lab/tree" + path : "tree" + path) + "?token=" + token, app);
    }

    public String url() {
        return url;
    }

    public String app() {
        return app;
    }

    public Process process() {
        return process;
    }

    /**
     * Stops Jupyter and, with it, the kernels it started. Jupyter asks its kernels to shut down as it stops, but a
     * kernel still starting or busy can outlive it (seen: orphaned kernel JVMs after test runs), so every process
     * Jupyter had started is ended too, politely first.
     */
    public void stop() {
        java.util.List<ProcessHandle> kernels = process.descendants().toList();
        process.destroy();
        try {
            if (!process.waitFor(10, java.util.concurrent.TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
            kernels.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroy);
            long deadline = System.nanoTime() + 5_000_000_000L;
            while (kernels.stream().anyMatch(ProcessHandle::isAlive) && System.nanoTime() < deadline) {
                Thread.sleep(100);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        } finally {
            kernels.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
        }
    }

    private static void awaitReady(Process proc, String statusUrl, Deque<String> recent, int port) {
        long deadline = System.nanoTime() + READY_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!proc.isAlive()) {
                throw WorkbookException.notReady("jupyter stopped before it was ready").value(lastLines(recent))
                        .next("is port " + port + " free? try --port 0").help(JupyterHelp.PAGE).build();
            }
            if (answers(statusUrl)) {
                return;
            }
            sleep(250);
        }
        proc.destroyForcibly();
        throw WorkbookException.notReady("jupyter did not answer within " + READY_TIMEOUT.toSeconds() + " s")
                .value(lastLines(recent)).help(JupyterHelp.PAGE).build();
    }

    static boolean answers(String url) {
        try {
            HttpURLConnection c = (HttpURLConnection) URI.create(url).toURL().openConnection();
            c.setConnectTimeout(1000);
            c.setReadTimeout(2000);
            int code = c.getResponseCode();
            c.disconnect();
            return code == 200;
        } catch (IOException e) {
            return false;
        }
    }

    private static void pump(Process proc, PrintWriter log, PrintWriter terminal, Deque<String> recent) {
        ServerLog filter = new ServerLog();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(proc.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                synchronized (recent) {
                    recent.addLast(line);
                    if (recent.size() > 20) {
                        recent.removeFirst();
                    }
                }
                log.println(line);
                log.flush();
                if (log != terminal && filter.isProblem(line)) {
                    terminal.println("[jupyter] " + line);
                    terminal.flush();
                }
            }
        } catch (IOException ignored) {
            // the process ended
        }
    }

    private static String lastLines(Deque<String> recent) {
        synchronized (recent) {
            return String.join(System.lineSeparator(), recent);
        }
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw WorkbookException.internal("interrupted while waiting for jupyter").build();
        }
    }
}
