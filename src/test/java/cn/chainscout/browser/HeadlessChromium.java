package cn.chainscout.browser;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's headless Chromium driven by its ChromeDriver, at a 1366×768 laptop's size. Skips the
 * calling test where Chromium is not installed, unless CHAINSCOUT_REQUIRE_BROWSER=true (CI sets it).
 */
final class HeadlessChromium {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    /** Finds elements through open shadow roots: Vaadin components keep their parts there. */
    static final String DEEP_QUERY = """
            const selector = arguments[0];
            const found = [];
            const visit = root => {
              root.querySelectorAll(selector).forEach(e => found.push(e));
              root.querySelectorAll('*').forEach(e => { if (e.shadowRoot) visit(e.shadowRoot); });
            };
            visit(document);
            return found;
            """;

    @SuppressWarnings("unchecked")
    static java.util.List<org.openqa.selenium.WebElement> deepQuery(org.openqa.selenium.WebDriver browser, String selector) {
        return (java.util.List<org.openqa.selenium.WebElement>) ((org.openqa.selenium.JavascriptExecutor) browser)
                .executeScript(DEEP_QUERY, selector);
    }

    /** Saves what the browser shows to target/screenshots/NAME.png. */
    static void screenshot(org.openqa.selenium.WebDriver browser, String name) throws IOException {
        Path folder = Files.createDirectories(Path.of("target/screenshots"));
        Files.write(folder.resolve(name + ".png"),
                ((org.openqa.selenium.TakesScreenshot) browser).getScreenshotAs(org.openqa.selenium.OutputType.BYTES));
    }

    static ChromeDriver start() throws IOException {
        boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        if (!installed && "true".equals(System.getenv("CHAINSCOUT_REQUIRE_BROWSER"))) {
            throw new IllegalStateException("Chromium is required here: install Debian's chromium and chromium-driver");
        }
        Assumptions.assumeTrue(installed, "Chromium not installed: browser tests skipped");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1366,768", "--lang=en-US",
                "--user-data-dir=" + Files.createTempDirectory("chainscout-chromium"));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).build();
        return new ChromeDriver(service, options);
    }

    /**
     * A 30 s wait that keeps polling while Vaadin replaces the element it reads: a re-render (a
     * language switch, a refreshed grid) can detach a node between finding it and reading its text,
     * which ChromeDriver reports as a stale element or as "Node … does not belong to the document".
     */
    static org.openqa.selenium.support.ui.WebDriverWait waitFor(org.openqa.selenium.WebDriver browser) {
        var wait = new org.openqa.selenium.support.ui.WebDriverWait(browser, java.time.Duration.ofSeconds(30));
        wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class);
        wait.ignoring(org.openqa.selenium.WebDriverException.class);
        return wait;
    }

    /** Lets the browser save downloads, without asking, into a new folder it returns. */
    static Path allowDownloads(ChromeDriver browser) throws IOException {
        Path folder = Files.createTempDirectory("chainscout-downloads");
        browser.executeCdpCommand("Browser.setDownloadBehavior", java.util.Map.of("behavior", "allow",
                "downloadPath", folder.toAbsolutePath().toString(), "eventsEnabled", true));
        return folder;
    }

    private HeadlessChromium() {
    }
}
