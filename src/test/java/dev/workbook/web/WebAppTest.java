package dev.workbook.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.workbook.errors.WorkbookException;
import java.io.IOException;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The notebook-facing life cycle of {@link WebApp}: loopback, free ports, re-runs, stops, JSON bodies. */
class WebAppTest {
    record Item(String name, List<String> tags) {
    }

    @AfterEach
    void stopEverything() {
        WebApp.preferPort(0);
        WebApp.stopAll();
    }

    static boolean listening(int port) {
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress("127.0.0.1", port), 1000);
            return true;
        } catch (ConnectException e) {
            return false;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    @DisplayName("an app listens on 127.0.0.1 on a free port, answers, and frees the port when stopped")
    void startsOnLoopbackAndStops() {
        RunningApp app = WebApp.start("t1", c -> c.routes.get("/hello", ctx -> ctx.result("hi")));
        assertThat(app.url()).matches("http://127\\.0\\.0\\.1:\\d+");
        assertThat(app.url("/hello")).isEqualTo(app.url() + "/hello");
        assertThat(new WebClient(app.url()).get("/hello").body()).isEqualTo("hi");
        assertThat(app.javalin().jettyServer().server().getURI().getHost()).isEqualTo("127.0.0.1");
        assertThat(WebApp.running("t1")).containsSame(app);
        app.stop();
        assertThat(listening(app.port())).isFalse();
        assertThat(WebApp.running("t1")).isEmpty();
        app.stop();   // twice is harmless
    }

    @Test
    @DisplayName("a started and stopped app leaves no thread that would keep a script's JVM alive")
    void noNonDaemonThreadsLeft() throws InterruptedException {
        java.util.Set<Thread> before = Thread.getAllStackTraces().keySet();
        RunningApp app = WebApp.start("threads", c -> c.routes.get("/", ctx -> ctx.result("x")));
        assertThat(new WebClient(app.url()).get("/").statusCode()).isEqualTo(200);
        app.stop();
        Thread.sleep(200);
        assertThat(Thread.getAllStackTraces().keySet()).filteredOn(t -> !before.contains(t) && t.isAlive() && !t.isDaemon())
                .extracting(Thread::getName).isEmpty();
    }

    @Test
    @DisplayName("starting a name again (a re-run cell) stops the earlier app first; other names keep running")
    void rerunReplacesTheEarlierApp() {
        RunningApp first = WebApp.start("again", c -> c.routes.get("/", ctx -> ctx.result("first")));
        RunningApp other = WebApp.start("other", c -> c.routes.get("/", ctx -> ctx.result("other")));
        RunningApp second = WebApp.start("again", c -> c.routes.get("/", ctx -> ctx.result("second")));
        assertThat(listening(first.port())).isFalse();
        assertThat(new WebClient(second.url()).get("/").body()).isEqualTo("second");
        assertThat(new WebClient(other.url()).get("/").body()).isEqualTo("other");
        assertThat(WebApp.running()).containsExactly(other, second);
        first.stop();   // a stale handle does not stop its successor
        assertThat(listening(second.port())).isTrue();
    }

    @Test
    @DisplayName("a preferred port is used; a busy one fails with the port and what to do")
    void preferredPort() throws IOException {
        try (ServerSocket busy = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            WebApp.preferPort(busy.getLocalPort());
            assertThatThrownBy(() -> WebApp.start("busy", c -> { }))
                    .isInstanceOf(WorkbookException.class)
                    .hasMessageContaining("could not start on 127.0.0.1:" + busy.getLocalPort())
                    .satisfies(e -> assertThat(((WorkbookException) e).render()).contains(": Port already in use"))
                    .satisfies(e -> assertThat(((WorkbookException) e).next()).contains("--http-port"))
                    .satisfies(e -> assertThat(java.nio.file.Path.of(System.getProperty("workbook.project.dir", "."))
                            .resolve(((WorkbookException) e).help())).content()
                            .as("the page opens with the error as the user sees it").contains("could not start on 127.0.0.1:8080: Port already in use"));
        }
        assertThat(WebApp.running("busy")).isEmpty();
        assertThatThrownBy(() -> WebApp.preferPort(70000)).isInstanceOf(WorkbookException.class);
    }

    @Test
    @DisplayName("JSON goes out through Jackson and comes in strictly: bad JSON or an unknown field is a 400 naming it")
    void jsonBodies() {
        RunningApp app = WebApp.start("json", c -> {
            c.routes.get("/item", ctx -> ctx.json(new Item("x", List.of("a", "b"))));
            c.routes.post("/item", ctx -> ctx.json(ctx.bodyAsClass(Item.class)));
        });
        WebClient client = new WebClient(app.url());
        assertThat(client.get("/item").body()).isEqualTo("{\"name\":\"x\",\"tags\":[\"a\",\"b\"]}");
        assertThat(client.json("POST", "/item", "{\"name\": \"y\", \"tags\": []}").body()).isEqualTo("{\"name\":\"y\",\"tags\":[]}");
        HttpResponse<String> unknown = client.json("POST", "/item", "{\"name\": \"y\", \"tagz\": []}");
        assertThat(unknown.statusCode()).isEqualTo(400);
        assertThat(unknown.body()).contains("tagz");
        assertThat(client.json("POST", "/item", "{\"name\": ").statusCode()).isEqualTo(400);
        assertThat(client.json("POST", "/item", "{\"name\": \"y\"} trailing").statusCode()).isEqualTo(400);
    }

    @Test
    @DisplayName("a known path with another method is 405, as in Flask")
    void wrongMethodIs405() {
        RunningApp app = WebApp.start("m", c -> c.routes.post("/delete", ctx -> ctx.result("deleted")));
        assertThat(new WebClient(app.url()).get("/delete").statusCode()).isEqualTo(405);
        assertThat(new WebClient(app.url()).get("/nothing-here").statusCode()).isEqualTo(404);
    }

    @Test
    @DisplayName("templates render through ctx.render with the model, escaped")
    void templatesAsRenderer() {
        Templates templates = new Templates();
        templates.add("base.html", "<p>{% block b %}{% endblock %}</p>");
        templates.add("page.html", "{% extends \"base.html\" %}{% block b %}{{ who }}{% endblock %}");
        RunningApp app = WebApp.start("tpl", c -> {
            c.fileRenderer(templates);
            c.routes.get("/", ctx -> ctx.render("page.html", Map.of("who", "<b>Ada</b>")));
        });
        HttpResponse<String> r = new WebClient(app.url()).get("/");
        assertThat(r.body()).isEqualTo("<p>&lt;b&gt;Ada&lt;/b&gt;</p>");
        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
    }

    @Test
    @DisplayName("warmUp runs once in the background and leaves no app, no port and no thread behind")
    void warmUpLeavesNothing() throws InterruptedException {
        WebApp.warmUp();
        WebApp.warmUp();
        long named = Thread.getAllStackTraces().keySet().stream().filter(t -> t.getName().equals("web-warm-up")).count();
        assertThat(named).as("one warm-up thread at most").isLessThanOrEqualTo(1);
        for (Thread t : Thread.getAllStackTraces().keySet()) {
            if (t.getName().equals("web-warm-up")) {
                t.join(60_000);
            }
        }
        assertThat(WebApp.running()).isEmpty();
        assertThat(Thread.getAllStackTraces().keySet()).noneMatch(t -> t.getName().startsWith("web-warm-up"));
    }
}
