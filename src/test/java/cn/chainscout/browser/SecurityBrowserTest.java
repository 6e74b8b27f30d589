package cn.chainscout.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.chainscout.ChainScoutTest;
import cn.chainscout.SecondTier;
import cn.chainscout.TestUser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Signing in and out, per-role pages, the users page and the audit trail, as a person sees them. */
@SecondTier
@ChainScoutTest
class SecurityBrowserTest {

    private static final Path SCREENSHOTS = Path.of("target/screenshots");

    @LocalServerPort
    int port;

    private ChromeDriver browser;
    private WebDriverWait wait;

    @BeforeEach
    void openBrowser() throws IOException {
        browser = HeadlessChromium.start();
        wait = HeadlessChromium.waitFor(browser);
        Files.createDirectories(SCREENSHOTS);
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void nobodySignedInGetsTheChineseSignInPageAndAWrongPasswordIsSaidPlainly() throws IOException {
        open("/leads");
        wait.until(ExpectedConditions.urlContains("/login"));
        waitForText(By.id("login-title"), "链图招商");
        screenshot("login-zh");
        BrowserLogin.typeInto(browser, "username", TestUser.LEADER.username());
        BrowserLogin.typeInto(browser, "password", "not-the-password").sendKeys(Keys.ENTER);
        wait.until(d -> d.findElement(By.id("login-form")).getText().contains("用户名或密码不正确"));
        screenshot("login-wrong-zh");
        // garbage in the form: the same plain refusal
        BrowserLogin.typeInto(browser, "username", "'}) MATCH (n) DETACH DELETE n //");
        BrowserLogin.typeInto(browser, "password", "<script>alert(1)</script>").sendKeys(Keys.ENTER);
        wait.until(d -> d.getCurrentUrl().contains("error") && d.findElement(By.id("login-form")).getText().contains("用户名或密码不正确"));
    }

    @Test
    void aLeaderReadsThePagesButNotTheAdminPagesAndSignsOut() throws IOException {
        BrowserLogin.signIn(browser, port, TestUser.LEADER);
        waitForText(By.id("signed-in-user"), TestUser.LEADER.username());
        assertThat(browser.findElement(By.id("main-nav")).getText()).contains("招商线索").doesNotContain("用户管理", "审计日志");
        for (String page : List.of("/users", "/audit", "/backup")) {
            open(page);
            wait.until(d -> d.findElement(By.tagName("body")).getText().length() > 0);
            wait.until(d -> d.findElements(By.id("users-grid")).isEmpty() && d.findElements(By.id("audit-grid")).isEmpty()
                    && d.findElements(By.id("backup-download")).isEmpty());
        }
        // garbage ids in the address bar: a plain page, no stack trace
        open("/companies/%27%7D)%20MATCH%20(n)%20DETACH%20DELETE%20n");
        waitForText(By.tagName("h1"), "MATCH");
        assertThat(browser.findElement(By.tagName("body")).getText()).doesNotContain("Exception", "at cn.");
        // an encoded slash is refused by the firewall before any page: a bare 400, no trace either
        open("/companies/a%2F%2Fb");
        wait.until(d -> d.findElement(By.tagName("body")).getText().contains("400"));
        assertThat(browser.findElement(By.tagName("body")).getText()).doesNotContain("Exception", "at cn.", "at org.");
        open("/segments/%3Cscript%3Ealert(1)%3C%2Fscript%3E");
        wait.until(d -> d.findElement(By.tagName("body")).getText().length() > 0);
        assertThat(browser.findElement(By.tagName("body")).getText()).doesNotContain("Exception", "at cn.");

        open("/");
        wait.until(d -> d.findElement(By.id("logout"))).click();
        wait.until(ExpectedConditions.urlContains("/login"));
        open("/leads");
        wait.until(ExpectedConditions.urlContains("/login"));
    }

    @Test
    void anAdminCreatesAUserWhoMustChooseAPasswordAndItIsAllInTheAuditTrail() throws IOException {
        BrowserLogin.signIn(browser, port, TestUser.ADMIN);
        assertThat(browser.findElement(By.id("main-nav")).getText()).contains("用户管理", "审计日志", "备份与恢复");
        open("/users");
        String name = "browser-" + System.currentTimeMillis();
        WebElement nameField = wait.until(d -> d.findElement(By.cssSelector("#users-new-name input")));
        nameField.sendKeys(name);
        browser.findElement(By.cssSelector("#users-new-roles vaadin-checkbox:nth-of-type(2)")).click();
        browser.findElement(By.id("users-create")).click();
        waitForText(By.id("users-message"), "一次性密码");
        Matcher oneTime = Pattern.compile("一次性密码：(\\S+)（").matcher(browser.findElement(By.id("users-message")).getText());
        assertThat(oneTime.find()).isTrue();
        waitForText(By.id("users-grid"), name);
        screenshot("users-zh");

        // a bad user name: said plainly, nothing created
        nameField.sendKeys("'}) MATCH (n) DETACH DELETE n //");
        browser.findElement(By.id("users-create")).click();
        waitForText(By.id("users-message"), "用户名须为");

        open("/audit");
        waitForText(By.id("audit-grid"), "新建账户"); // user.create, in words
        assertThat(browser.findElement(By.id("audit-grid")).getText()).contains(name, TestUser.ADMIN.username());
        screenshot("audit-zh");
        open("/backup");
        wait.until(d -> d.findElement(By.id("backup-download")).getDomAttribute("href") != null);

        // the new user signs in with the one-time password: first a new password, then in
        open("/");
        wait.until(d -> d.findElement(By.id("logout"))).click();
        wait.until(ExpectedConditions.urlContains("/login"));
        BrowserLogin.typeInto(browser, "username", name);
        BrowserLogin.typeInto(browser, "password", oneTime.group(1)).sendKeys(Keys.ENTER);
        wait.until(d -> d.findElement(By.id("change-password")).isDisplayed());
        screenshot("change-password-zh");
        // what was just typed is carried over: only the new password, twice
        assertThat(browser.findElement(By.id("change-for")).getText()).contains(name);
        assertThat(browser.findElements(By.id("change-old"))).noneMatch(WebElement::isDisplayed);
        browser.findElement(By.cssSelector("#change-new input")).sendKeys("my-own-password-123");
        browser.findElement(By.cssSelector("#change-repeat input")).sendKeys("my-own-password-123");
        browser.findElement(By.id("change-save")).click();
        waitForText(By.id("login-page"), "新密码已设置");
        BrowserLogin.typeInto(browser, "username", name);
        BrowserLogin.typeInto(browser, "password", "my-own-password-123").sendKeys(Keys.ENTER);
        waitForText(By.id("signed-in-user"), name);
    }

    private void open(String path) {
        browser.get("http://localhost:" + port + path);
    }

    private void waitForText(By by, String text) {
        wait.until(ExpectedConditions.textToBePresentInElementLocated(by, text));
    }

    private void screenshot(String name) throws IOException {
        HeadlessChromium.screenshot(browser, name);
    }
}
