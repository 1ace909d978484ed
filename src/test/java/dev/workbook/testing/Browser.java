package dev.workbook.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.Function;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A real headless Chromium for tests that look at what a person sees: Debian's {@code chromium} driven through its
 * {@code chromium-driver} by Selenium (no browser download: Selenium Manager is never asked). Pages may only be on
 * loopback. Screenshots go under {@code target/screenshots/}. Without the two programs a test skips with the reason
 * (fails in CI, where WORKBOOK_REQUIRE_ALL=1).
 */
public final class Browser implements AutoCloseable {
    public static final String HOW_TO_GET_IT = "apt-get install -y chromium chromium-driver (Debian/Ubuntu), "
            + "or set WORKBOOK_CHROMIUM and WORKBOOK_CHROMEDRIVER to a Chromium and its matching driver";
    static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private final WebDriver driver;

    private Browser(WebDriver driver) {
        this.driver = driver;
    }

    /** Starts headless Chromium, or skips the test (fails in CI) when it is not installed. */
    public static Browser start() {
        Path chromium = program("WORKBOOK_CHROMIUM", "/usr/bin/chromium", "/usr/bin/chromium-browser");
        Path chromedriver = program("WORKBOOK_CHROMEDRIVER", "/usr/bin/chromedriver", "/usr/lib/chromium/chromedriver");
        Requirements.require(chromium != null && chromedriver != null, "headless Chromium", HOW_TO_GET_IT);
        ChromeOptions options = new ChromeOptions();
        options.setBinary(chromium.toFile());
        // The flags that keep Chromium off the network it cannot reach here, and running as root in CI.
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic",
                "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--window-size=1400,1000", "--lang=en-US");
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(chromedriver.toFile())
                .usingAnyFreePort().build();
        return new Browser(new ChromeDriver(service, options));
    }

    private static Path program(String env, String... defaults) {
        String set = System.getenv(env);
        if (set != null && !set.isBlank()) {
            return Files.isExecutable(Path.of(set)) ? Path.of(set) : null;
        }
        for (String d : defaults) {
            if (Files.isExecutable(Path.of(d))) {
                return Path.of(d);
            }
        }
        return null;
    }

    /** Opens a page; only loopback addresses are allowed (the tests' network rule). */
    public Browser open(String url) {
        if (!url.matches("https?://(127\\.0\\.0\\.1|localhost)(:\\d+)?(/.*)?")) {
            throw new IllegalArgumentException("browser tests only open pages on loopback: " + url);
        }
        driver.get(url);
        return this;
    }

    public WebDriver driver() {
        return driver;
    }

    public WebElement find(By by) {
        return driver.findElement(by);
    }

    public List<WebElement> findAll(By by) {
        return driver.findElements(by);
    }

    /** The page's visible text (what a person reads, not the HTML source). */
    public String visibleText() {
        return driver.findElement(By.tagName("body")).getText();
    }

    /** Waits until the condition holds, up to the timeout. */
    public <T> T waitFor(Duration timeout, Function<WebDriver, T> condition) {
        return new WebDriverWait(driver, timeout).until(condition::apply);
    }

    /** Saves a PNG of the window as target/screenshots/NAME.png and returns its path. */
    public Path screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Path file = SCREENSHOTS.resolve(name + ".png");
            Files.write(file, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        driver.quit();
    }
}
