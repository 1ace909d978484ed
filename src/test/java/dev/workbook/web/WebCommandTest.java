package dev.workbook.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.workbook.db.DbTarget;
import dev.workbook.testing.CliRun;
import dev.workbook.testing.JavaProcess;
import dev.workbook.testing.SharedServer;
import dev.workbook.testing.TestHomes;
import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** {@code workbook web} in its own JVM, as a student starts it in a terminal: the URL it prints serves, a stop frees it. */
class WebCommandTest {
    static final Pattern READY = Pattern.compile("is ready at (http://127\\.0\\.0\\.1:(\\d+))/");

    /** Starts workbook web with the args, waits for its URL, runs the check, stops it (SIGTERM, as Ctrl-C) and checks it is gone. */
    void withWeb(String db, String check, String expected, String... args) throws Exception {
        Path home = TestHomes.root().resolve("shared");
        DbTarget target = SharedServer.freshDatabase(db);
        Map<String, String> env = TestHomes.env(home);
        env.put("WORKBOOK_DB_NAME", target.database());
        Path log = Files.createTempFile(TestHomes.root(), "web-", ".log");
        String[] command = new String[args.length + 1];
        command[0] = "web";
        System.arraycopy(args, 0, command, 1, args.length);
        Process p = JavaProcess.start(env, log, command);
        try {
            String url = null;
            for (int i = 0; i < 240 && url == null && p.isAlive(); i++) {
                Matcher m = READY.matcher(Files.readString(log, StandardCharsets.UTF_8));
                url = m.find() ? m.group(1) : null;
                if (url == null) {
                    Thread.sleep(500);
                }
            }
            assertThat(url).as(() -> "workbook web printed its address; output:\n" + read(log)).isNotNull();
            HttpResponse<String> page = new WebClient(url).get(check);
            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(page.body()).contains(expected);
            p.destroy();
            assertThat(p.waitFor(30, TimeUnit.SECONDS)).as("stops on SIGTERM").isTrue();
            assertThat(read(log)).contains("stopped " + url);
            assertThat(WebAppTest.listening(Integer.parseInt(READY.matcher(read(log)).results().findFirst().orElseThrow().group(2))))
                    .as("the port is free again").isFalse();
        } finally {
            p.destroyForcibly();
        }
    }

    static String read(Path log) {
        try {
            return Files.readString(log, StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    @DisplayName("workbook web --http-port N serves chapter 15's pages on that port until stopped")
    void chapter15OnAChosenPort() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        withWeb("webcmd15", "/students", "Sammy Shark", "--http-port", Integer.toString(port));
    }

    @Test
    @DisplayName("workbook web 16 serves chapter 16's JSON API on a free port")
    void chapter16() throws Exception {
        withWeb("webcmd16", "/api/posts/first-post", "\"slug\":\"first-post\"", "16");
    }

    @Test
    @DisplayName("workbook web 05 is refused with exit 2: that chapter has no app")
    void notAWebChapter() {
        CliRun r = CliRun.run(TestHomes.fresh("web05"), "web", "05");
        assertThat(r.exitCode()).as(r.toString()).isEqualTo(2);
        assertThat(r.err()).contains("chapter 05-querying has no web app", "workbook web 15");
    }
}
