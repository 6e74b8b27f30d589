package cn.chainscout.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import cn.chainscout.SecondTier;
import cn.chainscout.TestNeo4j;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The app (in a child JVM) on an external Neo4j (here: one this test starts and stops): while the
 * database is down the API (the backup download included) answers 503 JSON and a page says
 * "数据库暂时无法访问" with a retry button; once it is back the same app, the same browser session,
 * answers again without a restart (the driver reconnects). The page part runs where Chromium is installed.
 */
@SecondTier
class DatabaseDownTest {

    private static final String ADMIN_PASSWORD = "child-admin-password-for-tests";

    private Path dir;
    private DatabaseManagementService neo4j;
    private Process app;
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    private ChromeDriver browser;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @AfterEach
    void stopEverything() throws IOException, InterruptedException {
        if (browser != null) {
            browser.quit();
        }
        if (app != null) {
            app.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        }
        if (neo4j != null) {
            neo4j.shutdown();
        }
        if (dir != null) {
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    @Test
    void whileTheDatabaseIsDownTheApiSays503AndWhenItIsBackTheAppWorksAgainByItself() throws Exception {
        dir = Files.createTempDirectory("chainscout-external-");
        int bolt = TestNeo4j.freePort();
        int web = TestNeo4j.freePort();
        neo4j = TestNeo4j.start(dir, bolt);
        app = startApp(bolt, web);
        String chains = "http://localhost:" + web + "/api/chains";
        String backup = "http://localhost:" + web + "/api/admin/backup";

        assertThat(waitForStatus(chains, 200, Duration.ofMinutes(6))).as("the app started on the external database").isEqualTo(200);
        browser = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER) ? startBrowser() : null;
        if (browser != null) {
            signIn(web);
        }

        neo4j.shutdown();
        neo4j = null;
        HttpResponse<String> down = get(chains);
        assertThat(down.statusCode()).isEqualTo(503);
        assertThat(down.body()).contains("\"status\":503").containsAnyOf("temporarily unavailable", "数据库暂时不可用").doesNotContain("Exception");
        // the backup reads through the driver itself, not a repository: the same 503 JSON, no half file.
        // With HTTP Basic the sign-in already needs the database, so the signed-in browser's session asks.
        HttpRequest backupRequest = browser == null ? request(backup) : HttpRequest.newBuilder(URI.create(backup))
                .timeout(Duration.ofSeconds(60)).header("Cookie", "JSESSIONID="
                        + browser.manage().getCookieNamed("JSESSIONID").getValue()).GET().build();
        HttpResponse<String> noBackup = http.send(backupRequest, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(noBackup.statusCode()).isEqualTo(503);
        assertThat(noBackup.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(noBackup.headers().firstValue("Content-Disposition")).as("no file offered").isEmpty();
        assertThat(noBackup.body()).contains("\"status\":503", "数据库暂时不可用").doesNotContain("Exception");
        if (browser != null) {
            // a page opened now says so in plain words, with a retry button, and no stack trace
            browser.get("http://localhost:" + web + "/");
            WebElement title = wait(browser).until(d -> d.findElements(By.id("database-unavailable")).stream().findFirst().orElse(null));
            assertThat(title.getText()).isEqualTo("数据库暂时无法访问");
            assertThat(browser.findElement(By.tagName("body")).getText()).contains("数据库恢复后本页面会自动可用")
                    .doesNotContain("Exception");
        }

        neo4j = TestNeo4j.start(dir, bolt);
        assertThat(waitForStatus(chains, 200, Duration.ofMinutes(2))).as("the same app works again").isEqualTo(200);
        HttpResponse<byte[]> file = http.send(request(backup), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(file.statusCode()).isEqualTo(200);
        assertThat(file.body()).as("a gzip file").startsWith((byte) 0x1f, (byte) 0x8b);
        if (browser != null) {
            // 重试 on the same page, same session: the page opens (the session outlived the outage)
            wait(browser).until(d -> {
                d.findElements(By.id("retry")).forEach(WebElement::click);
                return d.findElements(By.id("database-unavailable")).isEmpty() && !d.findElements(By.id("signed-in-user")).isEmpty();
            });
            assertThat(browser.getCurrentUrl()).doesNotContain("/login");
        }
    }

    private void signIn(int web) {
        browser.get("http://localhost:" + web + "/login");
        WebElement name = loginInput("username");
        name.sendKeys("admin");
        WebElement password = loginInput("password");
        password.sendKeys(ADMIN_PASSWORD, Keys.ENTER);
        wait(browser).until(d -> !d.findElements(By.id("signed-in-user")).isEmpty());
    }

    private WebElement loginInput(String name) {
        return wait(browser).until(d -> (WebElement) ((JavascriptExecutor) d)
                .executeScript("return document.querySelector('vaadin-login-form input[name=\"" + name + "\"]')"));
    }

    private static WebDriverWait wait(WebDriver browser) {
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(60));
        wait.ignoring(StaleElementReferenceException.class);
        return wait;
    }

    /** Debian's headless Chromium (as browser/HeadlessChromium), in Chinese, the app's default. */
    private static ChromeDriver startBrowser() throws IOException {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1366,768", "--lang=zh-CN",
                "--user-data-dir=" + Files.createTempDirectory("chainscout-chromium"));
        return new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).build(), options);
    }

    private Process startApp(int bolt, int web) throws IOException {
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx768m", "-cp", classPath, "cn.chainscout.ChainScoutApplication",
                "--server.port=" + web, "--spring.neo4j.uri=bolt://127.0.0.1:" + bolt,
                "--chainscout.seed.enabled=false", "--chainscout.leads.warm-up=false"));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(Path.of("target", "database-down-app.log").toFile());
        builder.environment().put("CHAINSCOUT_ADMIN_PASSWORD", ADMIN_PASSWORD);
        return builder.start();
    }

    private int waitForStatus(String url, int wanted, Duration patience) throws InterruptedException {
        long until = System.nanoTime() + patience.toNanos();
        int last = -1;
        while (System.nanoTime() < until && app.isAlive()) {
            try {
                last = get(url).statusCode();
                if (last == wanted) {
                    return last;
                }
            } catch (IOException notYet) {
                last = -1;
            }
            Thread.sleep(1000);
        }
        return last;
    }

    private HttpResponse<String> get(String url) throws IOException, InterruptedException {
        return http.send(request(url), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static HttpRequest request(String url) {
        String basic = "Basic " + Base64.getEncoder().encodeToString(("admin:" + ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8));
        return HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60)).header("Authorization", basic).GET().build();
    }

}
