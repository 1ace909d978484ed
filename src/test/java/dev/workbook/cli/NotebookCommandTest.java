package dev.workbook.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.workbook.testing.CliRun;
import dev.workbook.testing.JupyterTesting;
import dev.workbook.testing.SharedServer;
import dev.workbook.testing.TestHomes;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** workbook notebook: the real Jupyter server, on 127.0.0.1 only, with a token, offering the workbook kernel. */
class NotebookCommandTest {
    private static final Pattern URL = Pattern.compile("(http://127\\.0\\.0\\.1:(\\d+)/)(\\w+)\\?token=(\\w+)");

    @Test
    @DisplayName("starts Jupyter on 127.0.0.1 with a token, prints the URL, serves the workbook kernel, and stops on interrupt")
    void servesNotebooksOnLoopbackOnly() throws Exception {
        JupyterTesting.requireJupyter();
        SharedServer.freshDatabase("nb_server");
        Path work = TestHomes.fresh("nb-server");
        Map<String, String> env = JupyterTesting.env(TestHomes.root().resolve("shared"), work.resolve("jupyter"));
        env.put("WORKBOOK_DB_NAME", "nb_server");
        CliRun install = JupyterTesting.cli(env, "kernel", "install", "--no-archive", "--classpath", JupyterTesting.buildClasspath());
        assertThat(install.exitCode()).as(install.toString()).isZero();
        Path served = Files.createDirectories(work.resolve("notebooks"));

        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CliContext ctx = new CliContext(env, new ByteArrayInputStream(new byte[0]), new PrintWriter(out, true), new PrintWriter(err, true));
        AtomicInteger exit = new AtomicInteger(-1);
        Thread cli = new Thread(() -> exit.set(WorkbookCli.run(ctx, "notebook", "--no-browser", "--port", "0", "--dir", served.toString())));
        cli.start();
        Matcher m = awaitUrl(out, cli);
        assertThat(m).as("a URL was printed\n" + out + err).isNotNull();
        String base = m.group(1);
        int port = Integer.parseInt(m.group(2));
        String token = m.group(4);
        try {
            assertThat(out.toString()).contains("database: embedded", "nb_server");
            assertThat(status(base + "api/kernelspecs")).as("no token, no access").isEqualTo(403);
            assertThat(status(base + "api/kernelspecs?token=" + token)).isEqualTo(200);
            assertThat(body(base + "api/kernelspecs?token=" + token)).contains("\"workbook-java\"", "Java (workbook)");
            if (Files.exists(Path.of("/proc/net/tcp"))) {
                assertThat(listeners(port)).as("listening on 127.0.0.1 only").containsOnly("0100007F");
            }
        } finally {
            cli.interrupt();
            cli.join(30_000);
        }
        assertThat(cli.isAlive()).as("the command returns once interrupted").isFalse();
        assertThat(exit.get()).isZero();
        assertThat(status(base + "api/status?token=" + token)).as("Jupyter is stopped").isEqualTo(-1);
    }

    private static Matcher awaitUrl(StringWriter out, Thread cli) throws InterruptedException {
        for (int i = 0; i < 600 && cli.isAlive(); i++) {
            Matcher m = URL.matcher(out.toString());
            if (m.find()) {
                return m;
            }
            Thread.sleep(200);
        }
        return null;
    }

    /** Local addresses (hex, as in /proc/net/tcp*) listening on this port. */
    private static java.util.List<String> listeners(int port) throws Exception {
        String hexPort = String.format(":%04X", port);
        java.util.List<String> found = new java.util.ArrayList<>();
        for (String f : new String[] {"/proc/net/tcp", "/proc/net/tcp6"}) {
            if (!Files.exists(Path.of(f))) {
                continue;
            }
            for (String line : Files.readAllLines(Path.of(f))) {
                String[] cols = line.trim().split("\\s+");
                if (cols.length > 3 && cols[1].endsWith(hexPort) && cols[3].equals("0A")) {
                    found.add(cols[1].substring(0, cols[1].indexOf(':')));
                }
            }
        }
        return found;
    }

    private static int status(String url) {
        try {
            HttpURLConnection c = (HttpURLConnection) URI.create(url).toURL().openConnection();
            c.setConnectTimeout(2000);
            return c.getResponseCode();
        } catch (java.io.IOException e) {
            return -1;
        }
    }

    private static String body(String url) throws Exception {
        HttpURLConnection c = (HttpURLConnection) URI.create(url).toURL().openConnection();
        try (var in = c.getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
