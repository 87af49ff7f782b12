package org.seizureforecast.adapter.dashboard;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.stream.Stream;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium ({@code /usr/bin/chromium}, driven by {@code /usr/bin/chromedriver})
 * for the dashboard tests, with a fresh profile per instance. Nothing is downloaded: where the
 * browser is not installed the calling test is skipped with a message saying how to install it.
 */
final class Browser implements AutoCloseable {
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    final ChromeDriver driver;
    private final Path profile;

    private Browser(ChromeDriver driver, Path profile) {
        this.driver = driver;
        this.profile = profile;
    }

    /** A browser whose page area is {@code width} x {@code height} CSS pixels. */
    static Browser open(int width, int height) throws IOException {
        assumeTrue(
                Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "dashboard browser tests skipped: " + CHROMIUM + " and " + CHROMEDRIVER + " are not installed"
                        + " (Debian: apt-get install chromium chromium-driver; .ci/run installs them)");
        Path profile = Files.createTempDirectory("dashboard-chromium-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments(
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
                "--hide-scrollbars",
                "--user-data-dir=" + profile,
                "--window-size=" + width + "," + height);
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .build();
        Browser browser = new Browser(new ChromeDriver(service, options), profile);
        browser.viewport(width, height);
        return browser;
    }

    /** Sets the page area exactly (the headless window's outer size is not the viewport). */
    void viewport(int width, int height) {
        cdp(
                "Emulation.setDeviceMetricsOverride",
                Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", false));
    }

    Map<String, Object> cdp(String command, Map<String, Object> params) {
        return driver.executeCdpCommand(command, params);
    }

    Object js(String script, Object... args) {
        return driver.executeScript(script, args);
    }

    WebElement find(String css) {
        return driver.findElement(By.cssSelector(css));
    }

    List<WebElement> all(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    /**
     * Text of the first match. The live page re-renders rows as events arrive, so an element found
     * a moment ago may be gone: read again rather than fail on a stale reference.
     */
    String text(String css) {
        return fresh(() -> find(css).getText());
    }

    /** An attribute of the first match, read like {@link #text}. */
    String attr(String css, String name) {
        return fresh(() -> find(css).getDomAttribute(name));
    }

    static <T> T fresh(Supplier<T> read) {
        for (int attempt = 1; ; attempt++) {
            try {
                return read.get();
            } catch (StaleElementReferenceException e) {
                if (attempt == 20) {
                    throw e;
                }
            }
        }
    }

    /** Waits until {@code condition} holds, failing with {@code what} and the page's console output. */
    void await(String what, Duration timeout, Supplier<Boolean> condition) {
        try {
            new WebDriverWait(driver, timeout, Duration.ofMillis(100))
                    .ignoring(StaleElementReferenceException.class)
                    .until(d -> {
                        Boolean ok = condition.get();
                        return ok != null && ok;
                    });
        } catch (TimeoutException e) {
            throw new AssertionError(
                    "timed out after " + timeout.toSeconds() + " s waiting for: " + what + "\nbrowser console:\n"
                            + console(),
                    e);
        }
    }

    String console() {
        StringBuilder out = new StringBuilder();
        for (LogEntry e : driver.manage().logs().get(LogType.BROWSER)) {
            out.append("  ")
                    .append(e.getLevel())
                    .append(' ')
                    .append(e.getMessage())
                    .append('\n');
        }
        return out.toString();
    }

    /** The CDP Performance domain's counters (seconds for the *Duration ones). */
    Map<String, Double> performanceMetrics() {
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> metrics = (List<Map<String, Object>>)
                cdp("Performance.getMetrics", Map.of()).get("metrics");
        Map<String, Double> out = new HashMap<>();
        for (Map<String, Object> m : metrics) {
            out.put((String) m.get("name"), ((Number) m.get("value")).doubleValue());
        }
        return out;
    }

    void screenshot(Path file) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Where screenshots go: {@code -Dscreenshots=DIR} (docs/img regenerates the committed ones), else target/screenshots. */
    static Path screenshotDir() {
        return Path.of(System.getProperty("screenshots", "target/screenshots"));
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            try (Stream<Path> files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException ignored) {
                // a leftover temp profile is harmless
            }
        }
    }
}
