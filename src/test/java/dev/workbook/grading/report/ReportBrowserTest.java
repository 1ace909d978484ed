package dev.workbook.grading.report;

import static dev.workbook.grading.GradingFixtures.write;
import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import dev.workbook.grading.ScriptedGrader;
import dev.workbook.grading.intake.IntakeLimits;
import dev.workbook.grading.run.GradingRun;
import dev.workbook.grading.run.Progress;
import dev.workbook.grading.shard.Shard;
import dev.workbook.testing.Browser;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** report.html and a feedback page as a person sees them: rendered by headless Chromium, read as visible text. */
class ReportBrowserTest {
    @TempDir
    Path tmp;
    HttpServer server;
    Path out;

    @BeforeEach
    void gradeAndServe() throws Exception {
        Path in = tmp.resolve("submissions");
        write(in.resolve("ada/01-alpha.jsh"), "// grade: pass");
        write(in.resolve("ada/02-beta.jsh"), "// grade: pass");
        write(in.resolve("bob/01-alpha.jsh"), "// grade: fail 3");
        write(in.resolve("bob/02-beta.jsh"), "// grade: error TIMED_OUT the code ran past its 20 s limit");
        write(in.resolve("cy/01-alpha.jsh"), "// grade: fail 1\nclass AlphaCheck {}");
        write(in.resolve("dan/workbook-submission.json"), "{\"format\": 1, \"kind\": \"workbook-submission\", \"student\": \"cy\", \"files\": []}");
        write(in.resolve("dan/03-gamma.jsh"), "// grade: pass");
        write(in.resolve("eve/README.md"), "nothing here");
        out = tmp.resolve("out");
        GradingRun.run(new GradingRun.Options(in, out, 2, Shard.ALL, false, true, IntakeLimits.DEFAULT), new ScriptedGrader("v1"),
                Progress.silent());
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            Path f = out.resolve(exchange.getRequestURI().getPath().substring(1)).normalize();
            byte[] body = f.startsWith(out) && Files.isRegularFile(f) ? Files.readAllBytes(f) : new byte[0];
            exchange.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
            exchange.sendResponseHeaders(body.length == 0 ? 404 : 200, body.length == 0 ? -1 : body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
    }

    @AfterEach
    void stop() {
        if (server != null) {
            server.stop(0);
        }
    }

    private String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/" + path;
    }

    @Test
    void theClassReportShowsChartsHardestChecksErrorsResourcesAndContainment() {
        try (Browser browser = Browser.start()) {
            browser.open(url("report.html"));
            browser.screenshot("grading-report");
            String text = browser.visibleText();
            assertThat(text).contains("Class report", "Score distribution per exercise", "Hardest checks",
                    "Submissions that errored, and why", "Time and resources", "Containment in force");
            List<WebElement> charts = browser.findAll(By.cssSelector("figure.distribution svg"));
            assertThat(charts).hasSize(4);
            assertThat(charts).allSatisfy(c -> assertThat(c.isDisplayed()).isTrue());
            assertThat(charts.get(0).getSize().getHeight()).isGreaterThan(100);
            // 01-alpha: ada 4, bob 0, cy 3 (best of their two submissions), eve 0 (refused): bars at 0, 3 and 4
            WebElement alpha = browser.find(By.cssSelector("figure[data-exercise='01-alpha']"));
            assertThat(alpha.getText()).contains("01-alpha: mean 1.75 of 4; 1 of 4 with full marks");
            assertThat(alpha.findElements(By.cssSelector("rect.bar")).stream()
                    .filter(r -> Double.parseDouble(r.getAttribute("height")) > 0).count()).isEqualTo(3);
            String hardest = browser.find(By.id("hardest")).getText();
            assertThat(hardest).contains("alpha has a table", "1 of 3 (33%)", "alpha secret rule (hidden)");
            String errored = browser.find(By.id("errored")).getText();
            assertThat(errored).contains("bob", "02-beta", "TIMED_OUT", "the code ran past its 20 s limit", "eve", "refused");
            String findings = browser.find(By.id("findings")).getText();
            assertThat(findings).contains("DUPLICATE STUDENT ID", "cy, dan", "TAMPERING", "named like the checker's (AlphaCheck)");
            assertThat(browser.find(By.id("resources")).getText()).contains("student JVMs started 4", "20 s, 512 MB, 4 MB output");
            assertThat(browser.find(By.id("containment")).getText()).contains("process only: test double (4 submissions)");
        }
    }

    @Test
    void aFeedbackPageShowsFailuresAndHintButNoHiddenCheckName() {
        try (Browser browser = Browser.start()) {
            browser.open(url("feedback/bob/feedback.html"));
            browser.screenshot("grading-feedback");
            String text = browser.visibleText();
            assertThat(text).contains("Feedback for bob", "0 of 8 points", "✗ alpha has a table (0/1)", "expected 3 rows, found 0",
                    "✗ a hidden check (0/2)", "Hint: hint for 01-alpha", "Your code did not complete: the code ran past its 20 s limit");
            assertThat(text).doesNotContain("secret").doesNotContain("SECRET");
        }
    }
}
