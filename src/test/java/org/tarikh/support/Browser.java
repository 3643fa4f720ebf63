package org.tarikh.support;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven by Selenium, for end-to-end tests. Never downloads a browser.
 * Outside CI the tests are skipped when Chromium is not installed; in CI (CI=true) its absence is a failure.
 * <p>
 * Starting Chromium and its driver costs seconds, so one browser serves the whole test JVM (closed at its exit):
 * {@link #close()} hands it back with a clean state (no cookies, cache or site storage, one new empty window),
 * and the next {@link #open()} sets its window size. A browser that cannot be cleaned is quit instead.
 */
public final class Browser implements AutoCloseable {

    private static final String CHROMIUM = "/usr/bin/chromium";
    private static final String DRIVER = "/usr/bin/chromedriver";
    public static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final Deque<Browser> IDLE = new ArrayDeque<>();
    private static final List<Browser> STARTED = new ArrayList<>();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(Browser::quitAll, "quit-chromium"));
    }

    public final ChromeDriver driver;
    private final Path profile;

    private Browser(ChromeDriver driver, Path profile) {
        this.driver = driver;
        this.profile = profile;
    }

    /** A desktop-sized window (1280×900); {@link #phone()} for a phone-sized one. */
    public static Browser open() {
        return open(1280, 900);
    }

    public static Browser phone() {
        return open(390, 844);
    }

    private static Browser open(int width, int height) {
        boolean installed = new File(CHROMIUM).canExecute() && new File(DRIVER).canExecute();
        if (!installed && "true".equals(System.getenv("CI"))) {
            throw new IllegalStateException("Chromium and chromedriver must be installed in CI (.ci/run installs them)");
        }
        assumeTrue(installed, "Chromium is not installed here: browser test skipped");
        Browser b;
        synchronized (IDLE) {
            b = IDLE.poll();
        }
        if (b == null) {
            b = start();
        }
        b.driver.manage().window().setSize(new Dimension(width, height));
        return b;
    }

    private static Browser start() {
        try {
            Path profile = Files.createTempDirectory("tarikh-chromium");
            ChromeOptions options = new ChromeOptions();
            options.setBinary(CHROMIUM);
            options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    "--disable-dev-shm-usage", "--user-data-dir=" + profile);
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(new File(DRIVER)).usingAnyFreePort().build();
            Browser b = new Browser(new ChromeDriver(service, options), profile);
            synchronized (IDLE) {
                STARTED.add(b);
            }
            return b;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Waits up to 10 s, looking every 25 ms: Selenium's own default looks every 500 ms, which made each wait for
     * an htmx swap or a page load cost about a quarter of a second more than the page took. Looking that often
     * also catches pages mid-navigation, where Chromium answers a read of an element with an error ("Node with
     * given id does not belong to the document"); such errors mean "not yet", and the last one is the cause
     * when the wait times out.
     */
    public WebDriverWait waiting() {
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(10));
        wait.pollingEvery(Duration.ofMillis(25));
        wait.ignoring(WebDriverException.class);
        return wait;
    }

    /**
     * The elements that reach past the page's visible width (what makes a sideways scroll bar), as
     * "tag.class (right edge px)", outermost first; empty when the page fits its window.
     */
    @SuppressWarnings("unchecked")
    public List<String> widerThanTheWindow() {
        return (List<String>) ((JavascriptExecutor) driver).executeScript("""
                const width = document.documentElement.clientWidth;
                if (document.documentElement.scrollWidth <= width) return [];
                return [...document.body.querySelectorAll('*')]
                    .filter(e => e.getBoundingClientRect().right > width + 0.5)
                    .map(e => e.tagName.toLowerCase() + (e.className ? '.' + String(e.className).trim().replace(/\\s+/g, '.') : '')
                              + ' (' + Math.round(e.getBoundingClientRect().right) + ' > ' + width + ')');""");
    }

    /** Saves a full-window screenshot as target/screenshots/{name}.png. */
    public Path screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Path file = SCREENSHOTS.resolve(name + ".png");
            Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Hands the browser back, as clean as a new one, for the next test; quits it when it cannot be cleaned. */
    @Override
    public void close() {
        try {
            clean();
        } catch (RuntimeException e) {
            System.err.println("Chromium could not be cleaned after a test, so it is quit: " + e);
            quit();
            return;
        }
        synchronized (IDLE) {
            IDLE.push(this);
        }
    }

    private void clean() {
        try {
            driver.switchTo().alert().dismiss();
        } catch (NoAlertPresentException none) {
            // the usual case
        }
        Set<String> origins = new HashSet<>();
        for (String window : driver.getWindowHandles()) {
            origins.add(origin(driver.switchTo().window(window).getCurrentUrl()));
        }
        driver.executeCdpCommand("Network.clearBrowserCookies", Map.of());
        driver.executeCdpCommand("Network.clearBrowserCache", Map.of());
        for (String origin : origins) {
            if (origin.startsWith("http")) {
                driver.executeCdpCommand("Storage.clearDataForOrigin", Map.of("origin", origin, "storageTypes", "all"));
            }
        }
        // A new window: no history, no session storage, no scripts of the last test's pages left running.
        Set<String> old = driver.getWindowHandles();
        driver.switchTo().newWindow(WindowType.WINDOW);
        String fresh = driver.getWindowHandle();
        for (String window : old) {
            driver.switchTo().window(window).close();
        }
        driver.switchTo().window(fresh);
        Object cookies = driver.executeCdpCommand("Network.getAllCookies", Map.of()).get("cookies");
        if (!(cookies instanceof List<?> left) || !left.isEmpty()) {
            throw new IllegalStateException("cookies survived the cleaning: " + cookies);
        }
    }

    private static String origin(String url) {
        URI uri = URI.create(url);
        return uri.getScheme() + "://" + uri.getAuthority();
    }

    private void quit() {
        synchronized (IDLE) {
            STARTED.remove(this);
            IDLE.remove(this);
        }
        try {
            driver.quit();
        } catch (RuntimeException e) {
            System.err.println("Chromium did not quit cleanly: " + e);
        }
        try (var files = Files.walk(profile)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a leftover temp profile is harmless
        }
    }

    private static void quitAll() {
        List<Browser> all;
        synchronized (IDLE) {
            all = new ArrayList<>(STARTED);
        }
        all.forEach(Browser::quit);
    }
}
