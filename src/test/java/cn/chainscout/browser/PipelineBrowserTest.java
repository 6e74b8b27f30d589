package cn.chainscout.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import cn.chainscout.ChainScoutTest;
import cn.chainscout.GraphCounts;
import cn.chainscout.SecondTier;
import cn.chainscout.TestUser;
import cn.chainscout.pipeline.PipelineFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A park team's way from the segment page's 加入备选 to a signed project: the board, the lead page with
 * its stage moves, the signing form with the 亩均 check, the project page and the history; and two
 * colleagues saving the same lead. Deletes the leads it created.
 */
@SecondTier
@ChainScoutTest
class PipelineBrowserTest {

    private static final Path SCREENSHOTS = Path.of("target/screenshots");

    @LocalServerPort
    int port;

    @Autowired
    Driver driver;

    private final List<String> created = new ArrayList<>();
    private final List<ChromeDriver> browsers = new ArrayList<>();
    private ChromeDriver browser;
    private WebDriverWait wait;

    @BeforeEach
    void openBrowser() throws IOException {
        browser = start();
        wait = waitFor(browser);
        Files.createDirectories(SCREENSHOTS);
    }

    @AfterEach
    void closeBrowsersAndDeleteLeads() {
        browsers.forEach(ChromeDriver::quit);
        PipelineFixture.deleteLeadsOf(driver, created);
    }

    @Test
    void fromTheSegmentPageToALandedProjectWithItsPerMuCheckHistoryAndTheDashboardMoved() throws IOException {
        // the plan dashboard before: the project signed below must count there
        int projectsBefore = dashboardValue("kpi-projects-over-1yi");
        int signedOver10Before = dashboardValue("kpi-signed-10yi");
        open(browser, "/segments/st-cover-glass");
        waitForText(By.id("segment-name"), "盖板玻璃");
        wait.until(ExpectedConditions.elementToBeClickable(By.id("shortlist-lens-technology"))).click();
        WebElement added = wait.until(d -> d.findElements(By.cssSelector(".cs-shortlisted")).stream().findFirst().orElse(null));
        String leadId = added.getDomAttribute("data-lead");
        created.add(leadId);
        assertThat(added.getText()).contains("已加入备选");

        // the same candidate again: no 加入备选 any more, a link to the lead being worked
        open(browser, "/segments/st-cover-glass");
        WebElement again = wait.until(d -> d.findElements(By.id("shortlisted-" + leadId)).stream().findFirst().orElse(null));
        assertThat(browser.findElements(By.id("shortlist-lens-technology"))).isEmpty();
        assertThat(again.getText()).contains("已在备选中");
        assertThat(again.getDomAttribute("data-lead")).isEqualTo(leadId);

        open(browser, "/pipeline");
        waitForText(By.tagName("h1"), "项目推进");
        waitForText(By.id("pipeline-column-IDENTIFIED"), "蓝思科技");
        assertThat(browser.findElement(By.id("pipeline-board")).getText()).contains("已识别", "已接洽", "考察中", "洽谈中", "已签约", "已落地", "已放弃");
        screenshot(browser, "pipeline-board-zh");

        browser.findElement(By.cssSelector(".cs-lead-card[data-lead='" + leadId + "'] a")).click();
        wait.until(ExpectedConditions.urlContains("/pipeline/" + leadId));
        waitForText(By.id("lead-stage"), "已识别");
        type(browser, "#lead-owner input", "王科长");
        choose(browser, "lead-unit", "望城经开区经济合作局");
        type(browser, "#lead-next-step input", "约见蓝思科技投资部");
        browser.findElement(By.id("lead-save")).click();
        waitForText(By.id("lead-history"), "约见蓝思科技投资部");

        for (String[] step : new String[][] {{"CONTACTED", "已接洽"}, {"VISITING", "考察中"}, {"NEGOTIATING", "洽谈中"}}) {
            wait.until(ExpectedConditions.elementToBeClickable(By.id("move-" + step[0]))).click();
            waitForText(By.id("lead-stage"), step[1]);
        }
        // a move the table does not allow is not offered
        assertThat(browser.findElements(By.id("move-LANDED"))).isEmpty();

        wait.until(ExpectedConditions.elementToBeClickable(By.id("move-SIGNED"))).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#project-investmentYi input")));
        // a negative figure is refused and named; the dialog keeps the input
        type(browser, "#project-investmentYi input", "-3");
        type(browser, "#project-landMu input", "150");
        type(browser, "#project-annualOutputYi input", "15");
        type(browser, "#project-annualTaxWan input", "7000");
        browser.findElement(By.id("sign-confirm")).click();
        WebElement refused = wait.until(d -> d.findElements(By.cssSelector(".cs-dialog-error")).stream().findFirst().orElse(null));
        assertThat(refused.getText()).contains("投资额（亿元）", "必须是大于 0 的数");
        // 12 亿元 / 150 亩 = 800 万元/亩; 15 亿元 → 1,000; 7,000 万元 → 46.7: all above the bar
        WebElement investment = browser.findElement(By.cssSelector("#project-investmentYi input"));
        investment.clear();
        type(browser, "#project-investmentYi input", "12");
        waitForText(By.id("mu-verdict"), "三项均达到亩均标准");
        screenshot(browser, "pipeline-sign-zh");
        browser.findElement(By.id("sign-confirm")).click();

        waitForText(By.id("lead-stage"), "已签约");
        WebElement project = browser.findElement(By.id("lead-project"));
        assertThat(project.getText()).contains("亩均投资", "800.0 万元/亩", "达标", "三项均达到亩均标准");
        assertThat(browser.findElement(By.id("lead-history")).getText()).contains("签约", "洽谈中 → 已签约", "王科长");
        assertThat(browser.findElement(By.id("lead-moves")).getText()).contains("项目投产后自动转为「已落地」");
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView()", project);
        screenshot(browser, "pipeline-lead-zh");

        browser.findElement(By.id("lead-project-link")).click();
        wait.until(ExpectedConditions.urlContains("/projects/"));
        // the content area keeps its scroll position across navigation: read the heading's text, seen or not
        wait.until(d -> d.findElements(By.id("project-title")).stream()
                .anyMatch(h -> h.getDomProperty("textContent").contains("蓝思科技")));
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView()", browser.findElement(By.id("project-title")));
        assertThat(content(browser, By.id("project-facts"))).contains("已签约", "150.0");
        assertThat(content(browser, By.id("mu-check"))).contains("亩均税收", "46.7");
        assertThat(browser.findElement(By.id("project-advance")).getText()).contains("已开工");
        screenshot(browser, "project-zh");

        // signed is not landed: 开工, then 投产, which lands the lead
        press(By.id("project-advance"));
        wait.until(d -> content(browser, By.id("project-facts")).contains("已开工"));
        wait.until(d -> d.findElement(By.id("project-advance")).getText().contains("已投产"));
        press(By.id("project-advance"));
        wait.until(d -> content(browser, By.id("project-facts")).contains("已投产"));
        assertThat(browser.findElements(By.id("project-advance"))).as("投产 is the end").isEmpty();
        press(By.cssSelector("#project-facts a[href^='pipeline/']"));
        wait.until(ExpectedConditions.urlContains("/pipeline/" + leadId));
        waitForText(By.id("lead-stage"), "已落地");
        assertThat(content(browser, By.id("lead-history"))).contains("项目进展", "已签约 → 已开工", "已开工 → 已投产", "落地", "已签约 → 已落地");
        assertThat(browser.findElement(By.id("lead-moves")).getText()).doesNotContain("改为");
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView()", browser.findElement(By.id("lead-history")));
        screenshot(browser, "pipeline-landed-zh");

        // the company's portrait shows the lead and its history
        open(browser, "/companies/lens-technology");
        wait.until(d -> content(browser, By.id("company-pipeline")).contains("已签约"));
        assertThat(content(browser, By.id("company-pipeline"))).contains("产业链招商 · 盖板玻璃", "已识别 → 已接洽");

        open(browser, "/pipeline");
        waitForText(By.id("pipeline-column-LANDED"), "蓝思科技");
        assertThat(browser.findElement(By.id("pipeline-export")).getDomAttribute("href")).isNotBlank();

        // a 12 亿元 project signed: one more in 签约10亿元以上 and in 投资过亿元 on the leaders' dashboard
        assertThat(dashboardValue("kpi-projects-over-1yi")).isEqualTo(projectsBefore + 1);
        assertThat(dashboardValue("kpi-signed-10yi")).isEqualTo(signedOver10Before + 1);
        WebElement card = browser.findElement(By.id("target-kpi-signed-10yi"));
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'})", card);
        screenshot(browser, "dashboard-after-signing-zh");
    }

    /** A measured target's current value as the plan dashboard shows it. */
    private int dashboardValue(String targetId) {
        open(browser, "/dashboard");
        WebElement value = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("value-" + targetId)));
        return Integer.parseInt(value.getDomProperty("textContent").strip());
    }

    @Test
    void twoColleaguesSaveTheSameLeadAndTheSecondIsToldWithHisInputKept() throws IOException {
        open(browser, "/segments/st-cover-glass");
        wait.until(ExpectedConditions.elementToBeClickable(By.id("shortlist-lens-technology"))).click();
        WebElement added = wait.until(d -> d.findElements(By.cssSelector(".cs-shortlisted")).stream().findFirst().orElse(null));
        String leadId = added.getDomAttribute("data-lead");
        created.add(leadId);

        ChromeDriver other = start();
        WebDriverWait otherWait = waitFor(other);
        open(browser, "/pipeline/" + leadId);
        open(other, "/pipeline/" + leadId);
        waitForText(By.id("lead-stage"), "已识别");
        otherWait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("lead-stage"), "已识别"));

        type(browser, "#lead-notes textarea", "张三：对方下月来长沙");
        browser.findElement(By.id("lead-save")).click();
        waitForText(By.id("lead-history"), "张三：对方下月来长沙");

        type(other, "#lead-notes textarea", "李四：已发邀请函");
        other.findElement(By.id("lead-save")).click();
        otherWait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("lead-error"), "已被他人修改，请刷新后重试"));
        assertThat(other.findElement(By.cssSelector("#lead-notes textarea")).getDomProperty("value")).isEqualTo("李四：已发邀请函");
        screenshot(other, "pipeline-stale-zh");

        // 李四 loads the latest (张三's note shows in the history) with his own text still in the form, and saves it
        press(other, By.id("lead-reload-keep"));
        otherWait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("lead-history"), "张三：对方下月来长沙"));
        assertThat(other.findElement(By.cssSelector("#lead-notes textarea")).getDomProperty("value")).isEqualTo("李四：已发邀请函");
        press(other, By.id("lead-save"));
        otherWait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("lead-history"), "张三：对方下月来长沙 → 李四：已发邀请函"));

        // nothing is lost: 张三's note stays in the history, 李四's is the lead's notes now
        open(browser, "/pipeline/" + leadId);
        waitForText(By.id("lead-history"), "张三：对方下月来长沙");
        assertThat(browser.findElement(By.cssSelector("#lead-notes textarea")).getDomProperty("value")).isEqualTo("李四：已发邀请函");
    }

    @Test
    void aDirectedLeadByHandThenDroppedOnlyWithAReason() throws IOException {
        open(browser, "/pipeline");
        waitForText(By.tagName("h1"), "项目推进");
        browser.findElement(By.id("pipeline-directed")).click();
        WebElement company = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#directed-company input")));
        company.sendKeys("蓝思");
        WebElement item = wait.until(d -> deepQuery(browser, "vaadin-combo-box-item").stream()
                .filter(e -> e.getText().contains("蓝思科技")).findFirst().orElse(null));
        item.click();
        // no reason: refused, naming the field, and nothing saved
        browser.findElement(By.id("directed-save")).click();
        waitForText(By.id("directed-error"), "请填写「理由」");
        type(browser, "#directed-reason textarea", "区领导在深圳拜访后定向跟进");
        browser.findElement(By.id("directed-save")).click();
        wait.until(ExpectedConditions.urlContains("/pipeline/lead-"));
        String leadId = browser.getCurrentUrl().substring(browser.getCurrentUrl().indexOf("/pipeline/") + "/pipeline/".length());
        created.add(leadId);
        waitForText(By.id("lead-facts"), "定向招商");
        assertThat(content(browser, By.id("lead-facts"))).contains("区领导在深圳拜访后定向跟进");

        // the same company again by hand: told it has an open directed lead, the new reason stays in the dialog
        open(browser, "/pipeline");
        waitForText(By.tagName("h1"), "项目推进");
        browser.findElement(By.id("pipeline-directed")).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#directed-company input"))).sendKeys("蓝思");
        wait.until(d -> deepQuery(browser, "vaadin-combo-box-item").stream()
                .filter(e -> e.getText().contains("蓝思科技")).findFirst().orElse(null)).click();
        type(browser, "#directed-reason textarea", "再次拜访");
        browser.findElement(By.id("directed-save")).click();
        waitForText(By.id("directed-error"), "已有一条进行中的定向招商线索");
        assertThat(browser.findElement(By.cssSelector("#directed-reason textarea")).getDomProperty("value")).isEqualTo("再次拜访");
        press(By.id("directed-existing"));
        wait.until(ExpectedConditions.urlContains("/pipeline/" + leadId));
        waitForText(By.id("lead-facts"), "区领导在深圳拜访后定向跟进");

        browser.findElement(By.id("move-DROPPED")).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.id("drop-confirm"))).click();
        WebElement refused = wait.until(d -> d.findElements(By.cssSelector(".cs-dialog-error")).stream().findFirst().orElse(null));
        assertThat(refused.getText()).contains("请填写「放弃原因」");
        type(browser, "#drop-reason textarea", "企业已在华南另行布局");
        browser.findElement(By.id("drop-confirm")).click();
        waitForText(By.id("lead-stage"), "已放弃");
        assertThat(content(browser, By.id("lead-facts"))).contains("企业已在华南另行布局");
        assertThat(content(browser, By.id("lead-history"))).contains("已识别", "已放弃", "企业已在华南另行布局");
        assertThat(browser.findElement(By.id("lead-moves")).getText()).contains("改为「已识别」");
    }

    /** An element's text whether or not it is scrolled into view (getText only reads what is shown). */
    private static String content(ChromeDriver b, By by) {
        return b.findElement(by).getDomProperty("textContent");
    }

    @Test
    void aLeaderIsNotOffered加入备选AndNothingIsWritten() throws IOException {
        ChromeDriver leader = HeadlessChromium.start();
        browsers.add(leader);
        BrowserLogin.signIn(leader, port, TestUser.LEADER);
        long leads = GraphCounts.count(driver, "MATCH (l:Lead) RETURN count(l)");
        open(leader, "/segments/st-cover-glass");
        waitFor(leader).until(d -> content(leader, By.id("segment-candidates")).contains("蓝思科技"));
        // the services refuse a leader's change too (ServiceWriteRolesTest); the page does not offer it
        assertThat(leader.findElements(By.id("shortlist-lens-technology"))).isEmpty();
        assertThat(GraphCounts.count(driver, "MATCH (l:Lead) RETURN count(l)")).isEqualTo(leads);
    }

    private ChromeDriver start() throws IOException {
        ChromeDriver b = HeadlessChromium.start();
        browsers.add(b);
        BrowserLogin.signIn(b, port, TestUser.ANALYST);
        return b;
    }

    private static WebDriverWait waitFor(ChromeDriver b) {
        return HeadlessChromium.waitFor(b);
    }

    private void type(ChromeDriver b, String css, String text) {
        WebElement input = waitFor(b).until(ExpectedConditions.elementToBeClickable(By.cssSelector(css)));
        input.sendKeys(text);
        // Vaadin sends a text field's value on change: leave the field like a user does
        ((JavascriptExecutor) b).executeScript("arguments[0].dispatchEvent(new Event('change', {bubbles: true}))", input);
    }

    private void choose(ChromeDriver b, String selectId, String text) {
        b.findElement(By.id(selectId)).click();
        WebElement option = waitFor(b).until(d -> deepQuery(b, "vaadin-select-item").stream()
                .filter(e -> e.isDisplayed() && e.getText().startsWith(text)).findFirst().orElse(null));
        option.click();
    }

    /** Clicks like a user: the element brought to the middle of the view, again if a notification was over it. */
    private void press(By by) {
        press(browser, by);
    }

    private static void press(ChromeDriver b, By by) {
        waitFor(b).ignoring(org.openqa.selenium.ElementClickInterceptedException.class).until(d -> {
            WebElement e = d.findElement(by);
            ((JavascriptExecutor) d).executeScript("arguments[0].scrollIntoView({block: 'center'})", e);
            e.click();
            return true;
        });
    }

    private void open(ChromeDriver b, String path) {
        b.get("http://localhost:" + port + path);
    }

    private void waitForText(By by, String text) {
        wait.until(ExpectedConditions.textToBePresentInElementLocated(by, text));
    }

    private static List<WebElement> deepQuery(ChromeDriver b, String selector) {
        return HeadlessChromium.deepQuery(b, selector);
    }

    private static void screenshot(ChromeDriver b, String name) throws IOException {
        HeadlessChromium.screenshot(b, name);
    }
}
