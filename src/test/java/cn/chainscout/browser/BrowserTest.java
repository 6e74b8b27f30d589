package cn.chainscout.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import cn.chainscout.ChainScoutTest;
import cn.chainscout.GraphCounts;
import cn.chainscout.SecondTier;
import cn.chainscout.TestUser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The pages as a user sees them, in a real headless Chromium ({@link HeadlessChromium}).
 * Screenshots go to target/screenshots/.
 */
@SecondTier
@ChainScoutTest
class BrowserTest {

    private static final Path SCREENSHOTS = Path.of("target/screenshots");

    @LocalServerPort
    int port;

    @org.springframework.beans.factory.annotation.Autowired
    org.neo4j.driver.Driver driver;

    private ChromeDriver browser;
    private WebDriverWait wait;

    @BeforeEach
    void openBrowser() throws IOException {
        browser = HeadlessChromium.start();
        wait = HeadlessChromium.waitFor(browser);
        Files.createDirectories(SCREENSHOTS);
        BrowserLogin.signIn(browser, port, TestUser.ANALYST);
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void homeIsChineseFirstAndSearchLeadsToTheCompanyPageAndEnglishIsRemembered() throws IOException {
        // an English browser still gets Chinese: the district's staff read Chinese
        open("/");
        waitForText(By.id("home-title"), "链图招商");
        assertThat(browser.getTitle()).isEqualTo("链图招商 ChainScout");
        assertThat(browser.findElement(By.id("main-nav")).getText())
                .contains("产业链图谱", "招商线索", "企业", "项目推进", "招商项目", "集群地图", "目标看板")
                .as("importing is the data administrator's").doesNotContain("数据导入");
        assertThat(browser.findElement(By.id("chain-smart-terminal")).getText()).contains("智能终端", "比亚迪电子");
        wait.until(d -> !deepQuery("cs-graph canvas").isEmpty());
        screenshot("home-zh");

        WebElement searchInput = browser.findElement(By.cssSelector("#company-search input"));
        searchInput.sendKeys("比亚迪");
        WebElement item = wait.until(d -> deepQuery("vaadin-combo-box-item").stream()
                .filter(e -> e.getText().contains("比亚迪电子")).findFirst().orElse(null));
        screenshot("search-zh");
        item.click();

        wait.until(ExpectedConditions.urlContains("/companies/"));
        waitForText(By.id("company-name"), "比亚迪电子");
        assertThat(browser.findElement(By.tagName("body")).getText()).contains("所在产业链环节", "来源", "望城经开区");
        screenshot("company-zh");

        browser.findElement(By.id("language-switch")).click();
        waitForText(By.id("main-nav"), "Companies");
        assertThat(browser.findElement(By.tagName("body")).getText()).contains("Chain segments", "Source");
        screenshot("company-en");

        open("/");
        waitForText(By.id("home-title"), "ChainScout: industry chains");
        assertThat(browser.findElement(By.id("main-nav")).getText()).contains("Chain map", "Leads", "Pipeline");
        screenshot("home-en");
    }

    @Test
    void theChainMapShowsGapsAndLeadsToASegmentWithRankedCandidates() throws IOException {
        open("/chains");
        wait.until(ExpectedConditions.urlContains("/chains/smart-terminal"));
        waitForText(By.tagName("h1"), "智能终端");
        assertThat(browser.findElement(By.id("chain-map-legend")).getText()).contains("缺链", "断链", "弱链", "已覆盖");
        assertThat(browser.findElement(By.id("chain-completeness")).getText()).contains("本地配套完整度", "%");
        wait.until(d -> (Boolean) ((JavascriptExecutor) d).executeScript(
                "const g = document.getElementById('chain-map'); return !!(g && g._cy && g._cy.nodes().length > 20)"));
        screenshot("chain-map-zh");
        // a tap on the 整机组装 segment, as Cytoscape reports a click
        ((JavascriptExecutor) browser).executeScript(
                "document.getElementById('chain-map')._cy.getElementById('st-ems-odm').emit('tap')");
        waitForText(By.id("segment-details"), "长沙比亚迪电子");

        // 盖板玻璃: no local firm, key to the leading firm's assembly → a gap with ranked candidates
        open("/segments/st-cover-glass");
        waitForText(By.id("segment-name"), "盖板玻璃");
        assertThat(browser.findElement(By.cssSelector(".cs-status")).getText()).isEqualTo("缺链");
        assertThat(browser.findElement(By.id("segment-numbers")).getText()).contains("下游本地需求", "长沙比亚迪电子");
        WebElement candidates = browser.findElement(By.id("segment-candidates"));
        wait.until(d -> candidates.getText().contains("缺链"));
        screenshot("segment-zh");

        open("/chains/food");
        waitForText(By.tagName("h1"), "食品");
    }

    @Test
    void aNewUserGoesFromHomeToAGapToARankedCandidateAndItsPortrait() throws IOException {
        open("/");
        waitForText(By.id("home-title"), "链图招商");
        WebElement openMap = browser.findElement(By.id("open-map-smart-terminal"));
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'})", openMap);
        wait.until(ExpectedConditions.elementToBeClickable(openMap)).click();
        wait.until(ExpectedConditions.urlContains("/chains/smart-terminal"));
        wait.until(d -> (Boolean) ((JavascriptExecutor) d).executeScript(
                "const g = document.getElementById('chain-map'); return !!(g && g._cy && g._cy.nodes().length > 20)"));
        ((JavascriptExecutor) browser).executeScript(
                "document.getElementById('chain-map')._cy.getElementById('st-cover-glass').emit('tap')");
        waitForText(By.id("segment-details"), "缺链");
        browser.findElement(By.id("open-segment")).click();
        waitForText(By.id("segment-name"), "盖板玻璃");
        WebElement candidate = wait.until(d -> d.findElement(By.id("segment-candidates"))
                .findElements(By.tagName("a")).stream().filter(a -> a.getText().contains("蓝思科技")).findFirst().orElse(null));
        candidate.click();
        waitForText(By.id("company-name"), "蓝思科技");
        assertThat(browser.findElement(By.tagName("body")).getText()).contains("盖板玻璃", "中国民营企业500强");
        screenshot("candidate-portrait-zh");
    }

    @Test
    void theLeadsPageListsBothKindsWithReasonsAndExports() throws IOException {
        open("/leads");
        waitForText(By.tagName("h1"), "招商线索");
        waitForText(By.id("leads-count"), "条线索");
        WebElement grid = browser.findElement(By.id("leads-grid"));
        wait.until(d -> grid.getText().contains("该环节在望城区"));
        assertThat(browser.findElement(By.id("export-xlsx")).getDomAttribute("href")).isNotBlank();
        assertThat(browser.findElement(By.id("export-csv")).getDomAttribute("href")).isNotBlank();
        screenshot("leads-zh");

        // one chain, one gap segment: only the companies that fill it
        int allGaps = leadCount();
        choose("lead-chain", "智能终端");
        // the district's list and one chain's may both fill the page's limit: no fewer rows is no proof
        wait.until(d -> leadCount() <= allGaps && grid.getText().contains("该环节在望城区"));
        int chainGaps = leadCount();
        choose("lead-segment", "盖板玻璃");
        wait.until(d -> leadCount() < chainGaps);
        assertThat(grid.getText()).contains("蓝思科技").doesNotContain("苹果公司");

        // 加入备选 on a row: the lead goes on the pipeline and the page links to it
        wait.until(ExpectedConditions.elementToBeClickable(By.id("shortlist-lens-technology"))).click();
        WebElement added = wait.until(d -> deepQuery("vaadin-notification-card a").stream()
                .filter(a -> a.getText().contains("已加入备选") || a.getText().contains("已在备选中")).findFirst().orElse(null));
        String leadId = added.getDomAttribute("href").replaceAll(".*pipeline/", "");
        try {
            assertThat(GraphCounts.count(driver, "MATCH (:Lead {id: $id})-[:TARGETS]->(:Company {id: 'lens-technology'}) RETURN count(*)",
                    java.util.Map.of("id", leadId))).isEqualTo(1);
        } finally {
            cn.chainscout.pipeline.PipelineFixture.deleteLeadsOf(driver, List.of(leadId));
        }

        // 以商招商: tied to the district's leading firms
        deepQuery("#lead-kind vaadin-radio-button").get(1).click();
        wait.until(d -> grid.getText().contains("比亚迪电子") || grid.getText().contains("澳优"));
        wait.until(d -> browser.findElement(By.id("lead-via")).getDomAttribute("disabled") == null);
        assertThat(browser.findElement(By.id("lead-chain")).getDomAttribute("disabled")).isNotNull();
        screenshot("leads-business-zh");
    }

    @Test
    void theExportDownloadsTheRowsOnScreenInTheirOrder() throws IOException {
        Path downloads = HeadlessChromium.allowDownloads(browser);
        open("/leads");
        waitForText(By.id("leads-count"), "条线索");
        int all = leadCount();
        choose("lead-list", "世界500强");
        wait.until(d -> leadCount() < all);
        int fortune = leadCount();
        // sorted by rank, best first: the file must keep that order, not the score ranking
        WebElement rankHeader = deepQuery("vaadin-grid-sorter").stream().filter(e -> e.getText().contains("名次")).findFirst().orElseThrow();
        rankHeader.click();
        wait.until(d -> "asc".equals(rankHeader.getDomAttribute("direction")));
        wait.until(d -> firstRow().size() > 5 && !firstRow().get(5).isBlank());
        // the grid marks a company already being worked (· 在推进中); the file has the name alone
        String firstOnScreen = firstRow().get(1).replace(" · 在推进中", "");

        browser.findElement(By.id("export-xlsx")).click();
        Path file = downloads.resolve("招商线索.xlsx");
        wait.until(d -> Files.exists(file) && !Files.exists(downloads.resolve("招商线索.xlsx.crdownload")));
        try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(Files.newInputStream(file))) {
            var sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(2).getStringCellValue()).isEqualTo("企业名称");
            assertThat(sheet.getLastRowNum()).as("one row per lead on screen").isEqualTo(fortune);
            assertThat(sheet.getRow(1).getCell(2).getStringCellValue()).isEqualTo(firstOnScreen);
            List<Integer> ranks = new java.util.ArrayList<>();
            for (int row = 1; row <= fortune; row++) {
                String rank = sheet.getRow(row).getCell(8).getStringCellValue();
                ranks.add(rank.isEmpty() ? Integer.MAX_VALUE : Integer.parseInt(rank.replaceAll(".*第(\\d+)名", "$1")));
            }
            assertThat(ranks).as("best rank first, as on screen").isSorted();
        }
        browser.findElement(By.id("export-csv")).click();
        Path csv = downloads.resolve("招商线索.csv");
        wait.until(d -> Files.exists(csv) && !Files.exists(downloads.resolve("招商线索.csv.crdownload")));
        List<String> lines = Files.readAllLines(csv, java.nio.charset.StandardCharsets.UTF_8);
        assertThat(lines).hasSize(fortune + 1);
        assertThat(lines.get(1)).contains(firstOnScreen);
    }

    @Test
    void anUnknownCompanySaysSoInsteadOfFailing() {
        open("/companies/no-such-company");
        waitForText(By.tagName("h1"), "no-such-company");
    }

    /** The texts of the leads grid's first row as drawn: #, name, score, fills, via, rank, why. */
    @SuppressWarnings("unchecked")
    private List<String> firstRow() {
        return (List<String>) ((JavascriptExecutor) browser).executeScript("""
                const grid = document.getElementById('leads-grid');
                const rows = [...grid.shadowRoot.querySelectorAll('tbody#items tr')]
                    .filter(r => !r.hidden && r.index !== undefined).sort((a, b) => a.index - b.index);
                if (!rows.length) { return []; }
                return [...rows[0].querySelectorAll('td')].map(td => {
                  const slot = td.querySelector('slot');
                  return slot ? slot.assignedElements().map(e => e.textContent).join('') : '';
                });
                """);
    }

    private int leadCount() {
        return Integer.parseInt(browser.findElement(By.id("leads-count")).getText().replaceAll("\\D", ""));
    }

    /** Picks an option of a vaadin-select by its text. */
    private void choose(String selectId, String text) {
        browser.findElement(By.id(selectId)).click();
        WebElement option = wait.until(d -> deepQuery("vaadin-select-item").stream()
                .filter(e -> e.isDisplayed() && e.getText().startsWith(text)).findFirst().orElse(null));
        option.click();
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
