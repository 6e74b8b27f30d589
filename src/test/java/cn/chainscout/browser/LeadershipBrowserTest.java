package cn.chainscout.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import cn.chainscout.ChainScoutTest;
import cn.chainscout.GraphCounts;
import cn.chainscout.SecondTier;
import cn.chainscout.TestUser;
import cn.chainscout.dashboard.ProjectFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The leadership pages (集群地图, 目标看板) in headless Chromium; screenshots in target/screenshots/. */
@SecondTier
@ChainScoutTest
class LeadershipBrowserTest {

    private static final Path SCREENSHOTS = Path.of("target/screenshots");
    private static final String NODES = "const g = document.getElementById('cluster-map'); return g && g._cy ? g._cy.nodes().length : 0";

    @LocalServerPort
    int port;

    @Autowired
    Driver driver;

    private ChromeDriver browser;
    private WebDriverWait wait;
    private List<String> snapshotsBefore;

    @BeforeEach
    void openBrowser() throws IOException {
        snapshotsBefore = ProjectFixture.snapshotIds(driver);
        browser = HeadlessChromium.start();
        wait = HeadlessChromium.waitFor(browser);
        Files.createDirectories(SCREENSHOTS);
        // the dashboard's values are entered by the investment staff; leaders read them
        BrowserLogin.signIn(browser, port, TestUser.ANALYST);
    }

    @AfterEach
    void closeBrowserAndCleanUp() {
        if (browser != null) {
            browser.quit();
        }
        ProjectFixture.removeAll(driver);
        // no snapshot may stay behind (the recorder is off in tests; this keeps it so if one runs)
        ProjectFixture.removeSnapshotsExcept(driver, snapshotsBefore);
    }

    @Test
    void theClusterMapDrawsTheWholeClusterFiltersByChainAndOpensACompany() throws IOException {
        open("/cluster-map");
        wait.until(d -> nodes() > 100);
        long all = nodes();
        assertThat(browser.findElement(By.id("map-legend")).getText()).contains("智能终端", "缺链", "断链", "弱链", "圆点大小");
        assertThat(browser.findElement(By.id("map-counts")).getText()).contains("家本地企业");
        assertThat((Boolean) js("return document.getElementById('cluster-map')._cy.getElementById('company:ausnutria').length === 1"))
                .isTrue();
        screenshot("cluster-map-zh");

        choose("map-chain", "食品");
        wait.until(d -> nodes() > 0 && nodes() < all);
        assertThat((Boolean) js("const cy = document.getElementById('cluster-map')._cy;"
                + " return cy.nodes('[kind = \"chain\"]').length === 1 && cy.getElementById('chain:food').length === 1"
                + " && cy.getElementById('company:byd-electronics-changsha').length === 0")).isTrue();

        // a real click where the node is drawn: centre the view on 澳优, bring the map to the middle, click its middle
        WebElement map = browser.findElement(By.id("cluster-map"));
        // zoomed in first: with the larger seed many nodes sit close together at the whole-map zoom
        js("const cy = arguments[0]._cy; cy.zoom(3); cy.center(cy.getElementById('company:ausnutria'));"
                + " arguments[0].scrollIntoView({block: 'center'})", map);
        @SuppressWarnings("unchecked")
        Map<String, Number> at = (Map<String, Number>) js("const p = arguments[0]._cy.getElementById('company:ausnutria').renderedPosition();"
                + " const r = arguments[0].getBoundingClientRect(); return {dx: p.x - r.width / 2, dy: p.y - r.height / 2}", map);
        new Actions(browser).moveToElement(map, at.get("dx").intValue(), at.get("dy").intValue()).click().perform();
        wait.until(ExpectedConditions.urlContains("/companies/ausnutria"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("company-name"), "澳优"));
    }

    @Test
    void theDashboardShowsEveryTargetAndASignedProjectMovesItsValue() throws IOException {
        open("/dashboard");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("target-kpi-tier-100yi")));
        String page = browser.findElement(By.tagName("body")).getText();
        List<String> targets;
        try (var session = driver.session()) {
            targets = session.run("MATCH (t:Target) RETURN t.id AS id").list(r -> r.get("id").asString());
        }
        assertThat(targets).hasSize(31);
        assertThat(browser.findElements(By.cssSelector(".cs-target"))).hasSize(31);
        try (var session = driver.session()) {
            for (var row : session.run("MATCH (t:Target) RETURN t.id AS id, t.name AS name").list()) {
                WebElement card = browser.findElement(By.id("target-" + row.get("id").asString()));
                // the name as written in the plan (a long one is cut to two lines on screen: compare its text content)
                assertThat(card.findElement(By.cssSelector(".cs-target-name")).getAttribute("textContent"))
                        .isEqualTo(row.get("name").asString());
                assertThat(card.findElement(By.cssSelector(".cs-target-value")).getText()).isNotBlank();
            }
        }
        assertThat(page).contains("百亿级企业10家以上", "累计签约投资10亿元以上项目30个", "智能终端产业年产值超过1000亿元");
        // located-in.csv: 比亚迪电子(长沙) is the one firm whose sourced size is 百亿 or more
        assertThat(text("value-kpi-tier-100yi")).isEqualTo("1");
        assertThat(text("source-kpi-tier-100yi")).contains("图谱计算");
        // food's output from the graph: 澳优's published 2024 revenue is the one sized figure (located-in.csv)
        assertThat(text("source-kpi-chain-food")).contains("图谱计算", "据 1 家企业公开数字", "暂无数字");
        screenshot("dashboard-zh");

        GraphCounts before = GraphCounts.of(driver);
        int signed = Integer.parseInt(text("value-kpi-signed-10yi"));
        // a project of a given size by the fixture; PipelineBrowserTest signs one through the pipeline
        ProjectFixture.sign(driver, "browser", 20, "SIGNED", "lens-technology");
        browser.navigate().refresh();
        wait.until(d -> text("value-kpi-signed-10yi").equals(String.valueOf(signed + 1)));
        assertThat(browser.findElement(By.id("target-kpi-signed-10yi")).getText()).contains("自 ");

        ProjectFixture.removeAll(driver);
        browser.navigate().refresh();
        wait.until(d -> text("value-kpi-signed-10yi").equals(String.valueOf(signed)));
        assertThat(GraphCounts.of(driver)).isEqualTo(before);
    }

    @Test
    void aHandEnteredValueShowsOnItsCardAndABadOneIsRefusedWithItsField() throws IOException {
        open("/dashboard");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("enter-kpi-masters")));
        GraphCounts before = GraphCounts.of(driver);
        WebElement enter = browser.findElement(By.id("enter-kpi-masters"));
        js("arguments[0].scrollIntoView({block: 'center'})", enter);
        enter.click();
        WebElement source = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#entry-source input")));
        browser.findElement(By.cssSelector("#entry-value input")).sendKeys("-3");
        browser.findElement(By.id("entry-save")).click();
        wait.until(d -> "当前值：不能为负数。".equals(errorOf("entry-value")));
        assertThat(errorOf("entry-source")).isEqualTo("数据来源：必填，请写明数据出处。");
        assertThat(GraphCounts.of(driver)).isEqualTo(before);

        WebElement value = browser.findElement(By.cssSelector("#entry-value input"));
        value.clear();
        value.sendKeys("1250");
        source.sendKeys("test-dashboard 区人社局11月报");
        browser.findElement(By.id("entry-save")).click();
        wait.until(d -> text("value-kpi-masters").equals("1250"));
        assertThat(text("source-kpi-masters")).contains("test-dashboard 区人社局11月报", TestUser.ANALYST.username());
        assertThat(browser.findElement(By.cssSelector("#target-kpi-masters .cs-sparkline")).getAttribute("data-points")).isEqualTo("1");
        screenshot("dashboard-entered-zh");
        try (var session = driver.session()) {
            session.run("MATCH (v:TargetValue) WHERE v.source STARTS WITH 'test-dashboard' DETACH DELETE v").consume();
        }
    }

    @Test
    void theDashboardReadsInEnglishAfterTheLanguageSwitch() throws IOException {
        open("/dashboard");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("target-kpi-tier-100yi")));
        browser.findElement(By.id("language-switch")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("target-kpi-tier-100yi"), "Firms over 10 bn yuan"));
        assertThat(text("source-kpi-tier-100yi")).startsWith("From the graph");
        assertThat(browser.findElement(By.tagName("body")).getText()).contains("\"Ten\": 10-bn firms");
        screenshot("dashboard-en");
    }

    private String errorOf(String fieldId) {
        Object message = js("const f = document.getElementById(arguments[0]); return f && f.invalid ? f.errorMessage : null", fieldId);
        return message == null ? null : message.toString();
    }

    private long nodes() {
        return ((Number) js(NODES)).longValue();
    }

    private String text(String id) {
        return browser.findElement(By.id(id)).getText();
    }

    private Object js(String script, Object... args) {
        return ((JavascriptExecutor) browser).executeScript(script, args);
    }

    /** Picks an option of a vaadin-select by its text. */
    private void choose(String selectId, String text) {
        browser.findElement(By.id(selectId)).click();
        WebElement option = wait.until(d -> HeadlessChromium.deepQuery(browser, "vaadin-select-item").stream()
                .filter(e -> e.isDisplayed() && e.getText().strip().startsWith(text)).findFirst().orElse(null));
        option.click();
    }

    private void open(String path) {
        browser.get("http://localhost:" + port + path);
    }

    private void screenshot(String name) throws IOException {
        HeadlessChromium.screenshot(browser, name);
    }
}
