package dev.workbook.web;

import io.javalin.Javalin;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

/**
 * The work behind {@link WebApp#warmUp()}: a throwaway app on 127.0.0.1 and a free port that renders a template
 * extending another, answers JSON, keeps a session and reads a posted form, called once over a plain socket and
 * stopped. That loads the classes a first page needs (Jetty, Javalin, Kotlin, Pebble, Jackson: about two thousand)
 * while the reader is still busy with other cells. Best effort: any failure only means a slower first page.
 */
final class WarmUp implements Runnable {
    record Item(String name, LocalDateTime when, List<String> tags) {
    }

    @Override
    public void run() {
        Javalin app = null;
        try {
            Templates templates = new Templates();
            templates.add("base.html", "<main>{% block content %}{% endblock %}</main>");
            templates.add("page.html", "{% extends \"base.html\" %}{% block content %}{% for i in items %}{{ i.name }}"
                    + "{{ i.when | date(\"yyyy-MM-dd\") }}{% endfor %}{% endblock %}");
            List<Item> items = List.of(new Item("<warm>", LocalDateTime.now(), List.of("up")));
            app = Javalin.create(config -> {
                WebApp.defaults(config, "warm-up", 0);
                config.fileRenderer(templates);
                config.routes.before(ctx -> ctx.sessionAttribute("warm", "up"));
                config.routes.get("/page", ctx -> ctx.render("page.html", Map.of("items", items)));
                config.routes.get("/json", ctx -> ctx.json(items));
                config.routes.post("/form", ctx -> ctx.redirect("/page?" + ctx.formParam("name")));
            }).start();
            request(app.port(), "GET /page HTTP/1.1\r\nHost: warm\r\nConnection: close\r\n\r\n");
            request(app.port(), "GET /json HTTP/1.1\r\nHost: warm\r\nAccept: application/json\r\nConnection: close\r\n\r\n");
            request(app.port(), "POST /form HTTP/1.1\r\nHost: warm\r\nContent-Type: application/x-www-form-urlencoded\r\n"
                    + "Content-Length: 9\r\nConnection: close\r\n\r\nname=warm");
        } catch (RuntimeException | IOException e) {
            // A warm-up that fails changes nothing but the speed of the first page.
        } finally {
            if (app != null) {
                app.stop();
            }
        }
    }

    private static void request(int port, String request) throws IOException {
        try (Socket s = new Socket(InetAddress.getLoopbackAddress(), port)) {
            s.setSoTimeout(10_000);
            OutputStream out = s.getOutputStream();
            out.write(request.getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = s.getInputStream();
            in.readAllBytes();
        }
    }
}
