package dev.workbook.web;

import io.javalin.Javalin;

/** An app {@link WebApp} started: its name, its address, and how to stop it. */
public final class RunningApp {
    private final String name;
    private final Javalin javalin;
    private final int port;
    private final long startMillis;

    RunningApp(String name, Javalin javalin, long startMillis) {
        this.name = name;
        this.javalin = javalin;
        this.port = javalin.port();
        this.startMillis = startMillis;
    }

    public String name() {
        return name;
    }

    public int port() {
        return port;
    }

    /** {@code http://127.0.0.1:PORT}, without a trailing slash. */
    public String url() {
        return "http://" + WebApp.HOST + ":" + port;
    }

    /** The address of a path on this app: {@code app.url("/students")}. */
    public String url(String path) {
        return url() + (path.startsWith("/") ? path : "/" + path);
    }

    /** How long {@code start()} took, in milliseconds (Jetty up and listening). */
    public long startMillis() {
        return startMillis;
    }

    /** The Javalin instance, for anything the helpers do not cover. */
    public Javalin javalin() {
        return javalin;
    }

    /** Stops the server and frees the port; stopping twice is harmless. */
    public void stop() {
        WebApp.stop(this);
    }

    @Override
    public String toString() {
        return name + " at " + url();
    }
}
