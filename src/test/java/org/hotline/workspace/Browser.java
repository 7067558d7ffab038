package org.hotline.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One headless Chromium (Debian's {@code chromium} and {@code chromium-driver}) for one user, with a fresh profile.
 * Without a browser the tests are skipped with a message saying what to install, unless
 * {@code HOTLINE_BROWSER_TESTS=required} (set in CI), where a missing browser fails them.
 */
final class Browser implements AutoCloseable {

    static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private static final String CHROMIUM = System.getenv().getOrDefault("CHROME_BIN", "/usr/bin/chromium");
    private static final String DRIVER = System.getenv().getOrDefault("CHROMEDRIVER", "/usr/bin/chromedriver");

    final WebDriver driver;
    private final String base;
    private final Path profile;

    private Browser(String base, int width, int height) throws IOException {
        this.base = base;
        this.profile = Files.createTempDirectory("hotline-chromium-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-default-apps", "--no-first-run", "--disable-quic", "--user-data-dir=" + profile,
                "--window-size=" + width + "," + height, "--lang=en-CA");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of(DRIVER).toFile()).usingAnyFreePort().build();
        this.driver = new ChromeDriver(service, options);
        driver.manage().window().setSize(new Dimension(width, height));
    }

    static Browser open(int port) throws IOException {
        return open(port, 1280, 800);
    }

    static Browser open(int port, int width, int height) throws IOException {
        boolean present = Files.isExecutable(Path.of(CHROMIUM)) && Files.isExecutable(Path.of(DRIVER));
        String message = "No browser: the browser tests need Chromium at " + CHROMIUM + " and its driver at " + DRIVER
                + " (Debian: apt-get install -y chromium chromium-driver; or set CHROME_BIN and CHROMEDRIVER)";
        if ("required".equals(System.getenv("HOTLINE_BROWSER_TESTS"))) {
            assertThat(present).as(message).isTrue();
        }
        Assumptions.assumeTrue(present, message);
        return new Browser("http://localhost:" + port, width, height);
    }

    Browser logIn(String user) {
        go("/login");
        driver.findElement(By.id("username")).sendKeys(user);
        driver.findElement(By.id("password")).sendKeys("demo");
        driver.findElement(By.cssSelector("form button[type=submit]")).click();
        waitFor(By.id("main"));
        assertThat(driver.getCurrentUrl()).doesNotContain("/login");
        return this;
    }

    Browser go(String path) {
        driver.get(base + path);
        return this;
    }

    WebElement waitFor(By by) {
        return new WebDriverWait(driver, Duration.ofSeconds(15)).until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    /**
     * Clicks something that loads another page (a form's button, a link) and waits until the page it was on is gone,
     * so that what is read next is the new page, never the old one on a slow machine.
     */
    void load(WebElement clicked) {
        // A mark on the old page's window: a newly loaded page does not have it. (Watching the old page's element go
        // stale is not enough: while the page is replaced, Chromium may answer with an error that is not a staleness.)
        JavascriptExecutor script = (JavascriptExecutor) driver;
        script.executeScript("window.hotlineOldPage = true;");
        clicked.click();
        new WebDriverWait(driver, Duration.ofSeconds(15)).ignoring(WebDriverException.class)
                .until(d -> Boolean.FALSE.equals(script.executeScript("return window.hotlineOldPage === true;")));
    }

    WebElement find(By by) {
        return driver.findElement(by);
    }

    List<WebElement> all(By by) {
        return driver.findElements(by);
    }

    String text(By by) {
        return waitFor(by).getText();
    }

    Object script(String js, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(js, args);
    }

    void screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Files.write(SCREENSHOTS.resolve(name + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The whole page, scrolled: Chromium's full-size capture through the DevTools protocol. */
    void fullScreenshot(String name) {
        Object height = script("return Math.max(document.body.scrollHeight, document.documentElement.scrollHeight)");
        Dimension size = driver.manage().window().getSize();
        driver.manage().window().setSize(new Dimension(size.getWidth(), Math.min(6000, ((Number) height).intValue() + 40)));
        screenshot(name);
        driver.manage().window().setSize(size);
    }

    @Override
    public void close() {
        driver.quit();
        try (var files = Files.walk(profile)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // A leftover temporary profile is harmless.
        }
    }
}
