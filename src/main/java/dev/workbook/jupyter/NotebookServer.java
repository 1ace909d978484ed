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

    /** Starts Jupyter and returns once it answers; its log lines go to {@code log}. */
    public static NotebookServer start(Jupyter jupyter, Path notebooks, int port, boolean openBrowser, PrintWriter log) {
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
            proc = jupyter.builder(Map.of("JUPYTER_TOKEN", token), args).redirectErrorStream(true).start();
        } catch (IOException e) {
            throw WorkbookException.notReady("could not start jupyter " + app).value(jupyter).cause(e).build();
        }
        Thread pump = new Thread(() -> pump(proc, log, recent), "jupyter-log");
        pump.setDaemon(true);
        pump.start();
        String base = "http://127.0.0.1:" + p + "/";
        awaitReady(proc, base + "api/status?token=" + token, recent, p);
        return new NotebookServer(proc, base + (app.equals("lab") ? "lab" : "tree") + "?token=" + token, app);
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

    /** Stops Jupyter and, with it, the kernels it started. */
    public void stop() {
        process.destroy();
        try {
            if (!process.waitFor(10, java.util.concurrent.TimeUnit.SECONDS)) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
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

    private static void pump(Process proc, PrintWriter log, Deque<String> recent) {
        try (BufferedReader r = new BufferedReader(new InputStreamReader(proc.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                synchronized (recent) {
                    recent.addLast(line);
                    if (recent.size() > 20) {
                        recent.removeFirst();
                    }
                }
                log.println("[jupyter] " + line);
                log.flush();
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
