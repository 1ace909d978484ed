package dev.workbook.web;

import dev.workbook.errors.WorkbookException;
import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/**
 * Starts Javalin apps the way a notebook needs them: on 127.0.0.1 only, on a free port (so two notebooks, a test
 * and {@code workbook web} never collide), printing the URL. Apps are kept by name: starting "students" again
 * (re-running the cell) first stops the earlier "students", so a re-run never fails on a busy port.
 *
 * <pre>{@code
 * RunningApp app = WebApp.start("students", config -> {
 *     config.routes.get("/students", ctx -> ctx.result("hello"));
 * });
 * app.url("/students");     // http://127.0.0.1:NNNNN/students
 * app.stop();
 * }</pre>
 */
public final class WebApp {
    static final String HOST = "127.0.0.1";

    /** Running apps by name, in start order; static so that every cell (and re-run) of one JVM sees the same apps. */
    private static final Map<String, RunningApp> RUNNING = new LinkedHashMap<>();
    private static int preferredPort;
    private static Thread warmUp;

    private WebApp() {
    }

    /**
     * Starts an app named {@code name}: loopback only, a free port, Flask-like defaults (405 for a known path with the
     * wrong method, JSON through the workbook's Jackson codec), then {@code routes} configures it.
     */
    public static synchronized RunningApp start(String name, Consumer<JavalinConfig> routes) {
        RunningApp earlier = RUNNING.get(name);
        if (earlier != null) {
            stop(earlier);
            System.out.println("stopped the earlier '" + name + "' (" + earlier.url() + ")");
        }
        int port = preferredPort;
        long t0 = System.nanoTime();
        Javalin javalin = Javalin.create(config -> {
            defaults(config, name, port);
            routes.accept(config);
        });
        try {
            javalin.start();
        } catch (RuntimeException e) {
            javalin.stop();
            throw WorkbookException.notReady("the web app '" + name + "' could not start on " + HOST + ":" + port)
                    .value(String.valueOf(e.getMessage())).cause(e)
                    .next(port == 0 ? "run the cell again; if it keeps failing, restart the kernel"
                            : "another program uses port " + port + ": stop it, or choose another port (workbook web --http-port N), or leave the option out for a free one")
                    .help("troubleshooting/web-app-port-in-use.md")
                    .build();
        }
        RunningApp app = new RunningApp(name, javalin, (System.nanoTime() - t0) / 1_000_000);
        RUNNING.put(name, app);
        System.out.println(name + " is running at " + app.url() + "/ (started in " + app.startMillis() + " ms)");
        return app;
    }

    /**
     * Loads the web stack on a background thread, once per JVM: the first app a JVM starts pays for a few thousand
     * classes (about a second); warmed up while the reader is on other cells, the cell that starts the app answers its
     * first page in a fraction of that. Spring Boot's BackgroundPreinitializer does the same. Prints nothing, leaves no
     * port open; calling it again does nothing.
     */
    public static synchronized void warmUp() {
        if (warmUp == null) {
            warmUp = new Thread(new WarmUp(), "web-warm-up");
            warmUp.setDaemon(true);
            warmUp.start();
        }
    }

    /** Stops the app of that name, if one runs; true when one was stopped. */
    public static synchronized boolean stop(String name) {
        RunningApp app = RUNNING.get(name);
        if (app == null) {
            return false;
        }
        stop(app);
        return true;
    }

    /** Stops every app this JVM started (a notebook's last cell, or a kernel about to be reused). */
    public static synchronized void stopAll() {
        for (RunningApp app : new ArrayList<>(RUNNING.values())) {
            stop(app);
        }
    }

    /** The running app of that name. */
    public static synchronized Optional<RunningApp> running(String name) {
        return Optional.ofNullable(RUNNING.get(name));
    }

    /** Every running app, oldest first. */
    public static synchronized List<RunningApp> running() {
        return List.copyOf(RUNNING.values());
    }

    /**
     * For {@code workbook web --port N}: apps started from now on listen on this port instead of a free one
     * (0 restores a free port).
     */
    public static synchronized void preferPort(int port) {
        if (port < 0 || port > 65535) {
            throw WorkbookException.badInput("not a TCP port").value(port).next("give a number from 1 to 65535, or 0 for a free port").build();
        }
        preferredPort = port;
    }

    static synchronized void stop(RunningApp app) {
        if (RUNNING.get(app.name()) == app) {
            RUNNING.remove(app.name());
        }
        app.javalin().stop();
    }

    static void defaults(JavalinConfig config, String name, int port) {
        config.jetty.host = HOST;
        config.jetty.port = port;
        // Daemon threads: an app left running never keeps a JVM (a tour, a test run, a script) from exiting.
        QueuedThreadPool threads = new QueuedThreadPool(32, 2);
        threads.setName("web-" + name);
        threads.setDaemon(true);
        config.jetty.threadPool = threads;
        config.startup.showJavalinBanner = false;
        config.startup.showOldJavalinVersionWarning = false;
        // Javalin's watcher is a non-daemon thread that sleeps 5 s after every create(), to warn about an app never
        // started; here every app is started at once, and the thread would hold up a script's end and a checker run.
        config.startup.startupWatcherEnabled = false;
        config.http.prefer405over404 = true;
        config.jsonMapper(new JsonBodies());
    }
}
