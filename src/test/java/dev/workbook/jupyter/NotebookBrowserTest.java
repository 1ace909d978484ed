package dev.workbook.jupyter;

import static org.assertj.core.api.Assertions.assertThat;

import dev.workbook.json.Json;
import dev.workbook.testing.Browser;
import dev.workbook.testing.CliRun;
import dev.workbook.testing.JupyterTesting;
import dev.workbook.testing.RunningNotebook;
import dev.workbook.testing.SharedServer;
import dev.workbook.testing.TestHomes;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

/**
 * What a student sees, on a running {@code workbook notebook}: every link of every notebook followed through the
 * Jupyter server, and chapter 05 run in a real headless Chromium (classic Notebook, Debian's), with screenshots under
 * target/screenshots.
 */
class NotebookBrowserTest {
    private static final Pattern LINK = Pattern.compile("\\]\\(([^)\\s]+)\\)");
    private static RunningNotebook notebook;
    private static Path served;

    @BeforeAll
    static void startNotebook() throws Exception {
        JupyterTesting.requireJupyter();
        SharedServer.freshDatabase("nb_browser");
        Path work = TestHomes.fresh("nb-browser");
        Map<String, String> env = JupyterTesting.env(TestHomes.root().resolve("shared"), work.resolve("jupyter"));
        env.put("WORKBOOK_DB_NAME", "nb_browser");
        CliRun install = JupyterTesting.cli(env, "kernel", "install", "--classpath", JupyterTesting.buildClasspath());
        assertThat(install.exitCode()).as(install.toString()).isZero();
        assertThat(install.out()).as("the kernel's start-up archive is built at install").containsPattern("start-up archive: .*kernel\\.jsa");
        notebook = RunningNotebook.start(env);
        served = new NotebookCopies(ProjectDir.detect(), TestHomes.root().resolve("shared")).root();
    }

    @AfterAll
    static void stop() throws Exception {
        if (notebook != null) {
            notebook.close();
        }
    }

    @Test
    @DisplayName("the printed URL opens the student's copies, and the terminal shows no kernel or Jupyter chatter")
    void servesTheCopiesQuietly() {
        assertThat(notebook.openPath()).endsWith("tree/notebooks"); // Notebook 6: tree/..., JupyterLab: lab/tree/...
        assertThat(notebook.out()).contains("Your own copies of the chapters: " + served.resolve("notebooks"));
        assertThat(notebook.err()).doesNotContain("[I ", "Add ", "classpath");
    }

    @Test
    @DisplayName("every link in every notebook opens its page through the running Jupyter server (none points above its root)")
    void everyLinkOpensInsideJupyter() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        List<String> followed = new ArrayList<>();
        List<Path> notebooks = NotebookExecutor.discover(served.resolve("notebooks"));
        assertThat(notebooks).hasSizeGreaterThanOrEqualTo(14);
        for (Path nb : notebooks) {
            for (Object cell : (List<?>) Json.parseObject(Files.readString(nb)).get("cells")) {
                if (!"markdown".equals(((Map<?, ?>) cell).get("cell_type"))) {
                    continue;
                }
                Matcher m = LINK.matcher(ExecutedNotebook.text(((Map<?, ?>) cell).get("source")));
                while (m.find()) {
                    String target = m.group(1).replaceAll("#.*", "");
                    if (target.isEmpty() || target.matches("^(https?|mailto|attachment):.*")) {
                        continue;
                    }
                    Path file = nb.getParent().resolve(target).normalize();
                    assertThat(file).as("%s links %s, which must stay inside the served root", nb.getFileName(), target)
                            .startsWith(served);
                    String rel = served.relativize(file).toString().replace('\\', '/');
                    // what the browser asks for: the link resolved against the notebook's page (/notebooks/notebooks/NN.ipynb)
                    String url = URI.create(notebook.base() + "notebooks/notebooks/" + nb.getFileName()).resolve(target)
                            + "?token=" + notebook.token();
                    HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
                    if (r.statusCode() == 302) { // Notebook 6 sends a file that is not a notebook to /files/...; follow, token and all
                        String to = URI.create(url).resolve(r.headers().firstValue("Location").orElseThrow()) + "?token=" + notebook.token();
                        r = http.send(HttpRequest.newBuilder(URI.create(to)).build(), HttpResponse.BodyHandlers.ofString());
                    }
                    assertThat(r.statusCode()).as("%s: link %s (%s)", nb.getFileName(), target, url).isEqualTo(200);
                    if (target.endsWith(".md")) {
                        assertThat(r.body()).as("%s: link %s shows the page", nb.getFileName(), target)
                                .startsWith(Files.readString(file).lines().findFirst().orElseThrow());
                    }
                    followed.add(nb.getFileName() + " -> " + rel);
                }
            }
        }
        assertThat(followed).as("troubleshooting, chapter and README links were followed")
                .anyMatch(l -> l.contains("troubleshooting/")).anyMatch(l -> l.endsWith("README.md"))
                .anyMatch(l -> l.endsWith(".ipynb")).hasSizeGreaterThan(40);
    }

    @Test
    @DisplayName("chapter 05 in Chromium: Run All shows <Student Sammy> and the query results as text, the diagram as an image,"
            + " and its troubleshooting link opens the page")
    void chapter05InABrowser() {
        org.junit.jupiter.api.Assumptions.assumeTrue(notebook.openPath().startsWith("tree"),
                "this test drives classic Notebook's page (Debian's Notebook 6.4); JupyterLab is what this machine serves");
        try (Browser browser = Browser.start()) {
            JavascriptExecutor js = (JavascriptExecutor) browser.driver();
            long t0 = System.nanoTime();
            browser.open(notebook.base() + "notebooks/notebooks/05-querying.ipynb?token=" + notebook.token());
            browser.waitFor(Duration.ofSeconds(90), d -> (Boolean) js.executeScript("return !!(window.Jupyter && Jupyter.notebook"
                    + " && Jupyter.notebook.kernel && Jupyter.notebook.kernel.is_connected()"
                    + " && Jupyter.notebook.kernel.info_reply && Jupyter.notebook.kernel.info_reply.implementation)"));
            double ready = (System.nanoTime() - t0) / 1e9;
            js.executeScript("Jupyter.notebook.execute_all_cells()");
            browser.waitFor(Duration.ofSeconds(180), d -> (Boolean) js.executeScript("var cells = Jupyter.notebook.get_cells()"
                    + ".filter(c => c.cell_type === 'code'); return cells.every(c => typeof c.input_prompt_number === 'number');"));
            System.out.printf("chapter 05 in Chromium: kernel ready after %.1f s, Run All done after %.1f s%n", ready,
                    (System.nanoTime() - t0) / 1e9);
            browser.screenshot("notebook-05-top");
            String text = browser.visibleText();
            assertThat(text).contains("<Student Sammy>", "[<Student Sammy>, <Student Carl>, <Student john>]", "<Student john>",
                    "error: UnknownEntityException: Could not resolve root entity 'student'",
                    "help: troubleshooting/hibernate-unknown-entity.md").doesNotContain("ArrayList{size:");
            WebElement diagram = browser.find(By.cssSelector(".rendered_html img[src^='data:image/svg+xml']"));
            assertThat(((Number) js.executeScript("return arguments[0].naturalWidth", diagram)).intValue())
                    .as("the ER diagram is drawn as an image").isGreaterThan(100);
            js.executeScript("arguments[0].scrollIntoView()", diagram);
            browser.screenshot("notebook-05-diagram");
            WebElement results = browser.findAll(By.cssSelector(".output_subarea")).stream()
                    .filter(e -> e.getText().contains("[<Student Sammy>, <Student Carl>")).findFirst().orElseThrow();
            js.executeScript("arguments[0].scrollIntoView()", results);
            browser.screenshot("notebook-05-values");

            assertThat(browser.findAll(By.cssSelector(".output_error a[href$='files/troubleshooting/hibernate-unknown-entity.md']")))
                    .as("the error's page is a link in the cell's output too").isNotEmpty();
            WebElement link = browser.find(By.cssSelector(".rendered_html a[href*='troubleshooting/hibernate-unknown-entity.md']"));
            js.executeScript("window.onbeforeunload = null; arguments[0].scrollIntoView()", link); // no "leave page?" prompt
            String notebookTab = browser.driver().getWindowHandle();
            link.click(); // Notebook 6 opens Markdown links in a new tab
            browser.waitFor(Duration.ofSeconds(10), d -> d.getWindowHandles().size() > 1
                    || !d.getCurrentUrl().contains("05-querying.ipynb"));
            for (String handle : browser.driver().getWindowHandles()) {
                if (!handle.equals(notebookTab)) {
                    browser.driver().switchTo().window(handle);
                }
            }
            browser.waitFor(Duration.ofSeconds(20), d -> browser.visibleText().contains("Could not resolve root entity"));
            browser.screenshot("notebook-05-troubleshooting-link");
            assertThat(browser.driver().getCurrentUrl()).contains("/troubleshooting/hibernate-unknown-entity.md");
        }
    }
}
