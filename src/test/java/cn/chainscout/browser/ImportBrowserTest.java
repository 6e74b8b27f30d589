package cn.chainscout.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.chainscout.ChainScoutTest;
import cn.chainscout.GraphCounts;
import cn.chainscout.SecondTier;
import cn.chainscout.TestUser;
import cn.chainscout.common.user.CurrentUser;
import cn.chainscout.common.user.Roles;
import cn.chainscout.importer.ImportBatch;
import cn.chainscout.importer.ImportService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * An administrator loads a saved list page on 数据导入, confirms the matches, commits, sees the new
 * rank on a company's portrait, rolls the batch back and sees it gone. Screenshots import-*-zh.png.
 */
@SecondTier
@ChainScoutTest
class ImportBrowserTest {

    private static final Path SCREENSHOTS = Path.of("target/screenshots");
    private static final Path PAGE = Path.of("target/test-classes/importer/fortune-global-500-2025-gbk.html").toAbsolutePath();
    @LocalServerPort
    int port;

    @Autowired
    ImportService imports;

    @Autowired
    Driver driver;

    private ChromeDriver browser;
    private WebDriverWait wait;
    private GraphCounts before;

    @BeforeEach
    void openBrowser() throws IOException {
        before = GraphCounts.of(driver);
        browser = HeadlessChromium.start();
        wait = HeadlessChromium.waitFor(browser);
        Files.createDirectories(SCREENSHOTS);
        BrowserLogin.signIn(browser, port, TestUser.ADMIN);
    }

    @AfterEach
    void closeBrowserAndRollBackWhatThisTestImported() {
        if (browser != null) {
            browser.quit();
        }
        // the clean-up is the test's own work, done with the administrator's role
        CurrentUser.asSystem(() -> imports.batches().stream().filter(ImportBatch::active)
                .filter(b -> b.files().contains(PAGE.getFileName().toString())).forEach(b -> imports.rollback(b.id())), Roles.ADMIN);
    }

    @Test
    void aSavedListPageIsUploadedMatchedCommittedSeenOnThePortraitAndRolledBack() throws IOException {
        open("/import");
        waitForText(By.tagName("h1"), "数据导入");
        assertThat(browser.findElement(By.tagName("body")).getText()).contains("上传文件");
        screenshot("import-start-zh");

        WebElement list = browser.findElement(By.cssSelector("#import-list input"));
        list.click();
        list.sendKeys("世界500强");
        WebElement item = wait.until(d -> deepQuery("vaadin-combo-box-item").stream()
                .filter(e -> e.isDisplayed() && e.getText().contains("世界500强")).findFirst().orElse(null));
        item.click();
        WebElement year = browser.findElement(By.cssSelector("#import-year input"));
        year.sendKeys("2025", Keys.TAB);

        WebElement fileInput = wait.until(d -> deepQuery("input[type=file]").stream().findFirst().orElse(null));
        fileInput.sendKeys(PAGE.toString());
        waitForText(By.id("import-files"), PAGE.getFileName().toString());
        press(browser.findElement(By.id("import-analyse")));

        waitForText(By.id("import-summary"), "共 9 行");
        assertThat(browser.findElement(By.id("import-summary")).getText()).contains("3 行需确认", "1 行将新建企业");
        WebElement preview = browser.findElement(By.id("import-preview"));
        wait.until(d -> preview.getText().contains("沃尔玛"));
        assertThat(preview.getText()).contains("680,985.0", "REWE集团", "未找到，将新建");
        WebElement matches = browser.findElement(By.id("import-matches"));
        assertThat(matches.getText()).contains("国家电网公司", "规范化名称相同，待确认");
        scrollTo(browser.findElement(By.id("import-summary")));
        screenshot("import-preview-zh");

        press(browser.findElement(By.id("import-accept-all")));
        // the decisions are combo boxes: their chosen names are input values, not text
        wait.until(d -> decisions().contains("国家电网有限公司 · State Grid"));
        assertThat(decisions()).contains("新建企业");
        scrollTo(matches);
        screenshot("import-matches-zh");
        press(browser.findElement(By.id("import-commit")));
        waitForText(By.id("import-result"), "已导入批次");
        String result = browser.findElement(By.id("import-result")).getText();
        assertThat(result).contains("9 条排名", "新建 1 家企业");
        Matcher id = Pattern.compile("imp-[0-9a-f-]+").matcher(result);
        assertThat(id.find()).isTrue();
        String batch = id.group();
        waitForText(By.id("import-batches"), batch);
        assertThat(browser.findElement(By.id("import-batches")).getText()).contains("世界500强", "2025", "有效");
        scrollTo(browser.findElement(By.id("import-result")));
        screenshot("import-done-zh");

        open("/companies/byd");
        waitForText(By.id("company-name"), "比亚迪");
        WebElement ranks = browser.findElement(By.id("company-rankings"));
        wait.until(d -> ranks.getText().contains("2025"));
        assertThat(ranks.getText()).contains("91", batch);
        scrollTo(ranks);
        screenshot("import-portrait-zh");

        open("/import");
        waitForText(By.id("import-batches"), batch);
        press(browser.findElement(By.cssSelector("#import-batches .import-rollback")));
        WebElement confirm = wait.until(d -> deepQuery("vaadin-button").stream()
                .filter(e -> e.isDisplayed() && "回滚".equals(e.getText().strip()) && !hasClass(e, "import-rollback"))
                .findFirst().orElse(null));
        screenshot("import-confirm-zh");
        press(confirm);
        waitForText(By.id("import-result"), "已回滚");
        assertThat(browser.findElement(By.id("import-batches")).getText()).contains("已回滚");
        screenshot("import-rolled-back-zh");

        open("/companies/byd");
        waitForText(By.id("company-name"), "比亚迪");
        WebElement after = browser.findElement(By.id("company-rankings"));
        wait.until(d -> after.getText().contains("2024"));
        assertThat(after.getText()).doesNotContain(batch);
        assertThat(GraphCounts.of(driver)).isEqualTo(before);
    }

    @SuppressWarnings("unchecked")
    private List<String> decisions() {
        return (List<String>) ((JavascriptExecutor) browser).executeScript("""
                return Array.from(document.querySelectorAll('#import-matches vaadin-combo-box.import-decision'))
                    .map(c => c.querySelector('input') ? c.querySelector('input').value : '');
                """);
    }

    private void press(WebElement e) {
        scrollTo(e);
        ((JavascriptExecutor) browser).executeScript("arguments[0].click();", e);
    }

    private void scrollTo(WebElement e) {
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'});", e);
    }

    private static boolean hasClass(WebElement e, String name) {
        String classes = e.getDomAttribute("class");
        return classes != null && List.of(classes.split("\\s+")).contains(name);
    }

    private void open(String path) {
        browser.get("http://localhost:" + port + path);
    }

    private void waitForText(By by, String text) {
        wait.until(ExpectedConditions.textToBePresentInElementLocated(by, text));
    }

    private List<WebElement> deepQuery(String selector) {
        return HeadlessChromium.deepQuery(browser, selector);
    }

    private void screenshot(String name) throws IOException {
        HeadlessChromium.screenshot(browser, name);
    }
}
