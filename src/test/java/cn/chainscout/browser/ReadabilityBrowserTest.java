package cn.chainscout.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import cn.chainscout.ChainScoutTest;
import cn.chainscout.SecondTier;
import cn.chainscout.TestUser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * What a leader reads on a 1366×768 laptop at the pictures' first zoom: every label drawn on the chain
 * map, the cluster map and a lead's evidence is at least 12 px on screen (font size × zoom, as
 * Cytoscape draws it); 全国分布 draws China's provinces and a click on one filters the leads beside it.
 */
@SecondTier
@ChainScoutTest
class ReadabilityBrowserTest {

    private static final double MIN_PX = 12;

    /** The smallest label on screen: [px, its text, how many labels were measured]. */
    private static final String SMALLEST_LABEL = """
            const g = arguments[0].tagName ? arguments[0] : document.querySelector(arguments[0]);
            const cy = g._cy;
            let min = Infinity, text = '', n = 0;
            cy.elements().forEach(e => {
              const label = String(e.data('label') || '');
              if (!e.visible() || label.length === 0 || e.style('label') === '') return;
              const px = parseFloat(e.style('font-size')) * cy.zoom();
              n++;
              if (px < min) { min = px; text = label; }
            });
            return [min, text, n];
            """;
    private static final String READY = """
            const g = arguments[0].tagName ? arguments[0] : document.querySelector(arguments[0]);
            return !!(g && g._cy && g._cy.nodes().length > 0 && g.dataset.zoom);
            """;

    @LocalServerPort
    int port;

    private ChromeDriver browser;
    private WebDriverWait wait;

    @BeforeEach
    void openBrowser() throws IOException {
        browser = HeadlessChromium.start();
        wait = HeadlessChromium.waitFor(browser);
        BrowserLogin.signIn(browser, port, TestUser.LEADER);
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void everyChainMapLabelIsReadableAndFoodsGroupsDoNotOverlap() throws IOException {
        for (String chain : List.of("smart-terminal", "food", "pharma-medical")) {
            open("/chains/" + chain);
            wait.until(d -> (Boolean) js(READY, "#chain-map"));
            assertReadable("#chain-map", chain);
            // no two group boxes share any area
            Object overlaps = js("""
                    const cy = document.getElementById('chain-map')._cy;
                    const boxes = cy.nodes(':parent').map(p => [p.data('label'), p.boundingBox({includeLabels: false})]);
                    const hits = [];
                    for (let i = 0; i < boxes.length; i++) for (let j = i + 1; j < boxes.length; j++) {
                      const a = boxes[i][1], b = boxes[j][1];
                      if (a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2) hits.push(boxes[i][0] + ' / ' + boxes[j][0]);
                    }
                    return hits;
                    """);
            assertThat((List<?>) overlaps).as("overlapping groups on %s", chain).isEmpty();
            HeadlessChromium.screenshot(browser, "readable-chain-map-" + chain);
        }
        assertThat(browser.findElement(By.id("gap-table")).getText()).contains("缺链");
    }

    @Test
    void theClusterMapLabelsChainsWithCountsAndSegmentsReadably() throws IOException {
        open("/cluster-map");
        wait.until(d -> (Boolean) js(READY, "#cluster-map"));
        assertReadable("#cluster-map", "cluster map");
        Number segmentLabels = (Number) js("""
                const cy = document.getElementById('cluster-map')._cy;
                return cy.nodes('[kind = "cluster-segment"]').filter(n => n.style('label') !== '').length;
                """);
        assertThat(segmentLabels.intValue()).isPositive();
        assertThat((String) js("return document.getElementById('cluster-map')._cy.getElementById('chain:smart-terminal').data('label')"))
                .contains("环节", "缺口", "家企业");
        HeadlessChromium.screenshot(browser, "readable-cluster-map");
    }

    @Test
    void aLeadsEvidenceReadsAsTextAndItsPictureIsReadable() throws IOException {
        open("/leads");
        wait.until(d -> d.findElements(By.id("leads-count")).stream().anyMatch(e -> !e.getText().isBlank()));
        // a click on the first row's number opens its details: the score in sentences, the evidence path, the picture
        WebElement firstCell = wait.until(d -> (WebElement) js("""
                const grid = document.getElementById('leads-grid');
                const rows = [...grid.shadowRoot.querySelectorAll('tbody#items tr')]
                    .filter(r => !r.hidden && r.index !== undefined).sort((a, b) => a.index - b.index);
                if (!rows.length) { return null; }
                const slot = rows[0].querySelector('td slot');
                const cell = slot && slot.assignedElements()[0];
                return cell && cell.textContent.trim() ? cell : null;
                """));
        firstCell.click();
        wait.until(d -> !d.findElements(By.cssSelector(".cs-evidence-graph")).isEmpty());
        WebElement paths = wait.until(d -> d.findElement(By.cssSelector(".cs-evidence-paths")));
        assertThat(paths.getText()).containsPattern("—\\S+→|←\\S+—");
        WebElement picture = browser.findElement(By.cssSelector(".cs-evidence-graph"));
        wait.until(d -> (Boolean) js(READY, picture));
        assertReadable(picture, "evidence");
        HeadlessChromium.screenshot(browser, "readable-evidence");
    }

    @Test
    void theChinaMapDrawsProvincesAndAClickFiltersTheLeads() throws IOException {
        open("/map");
        wait.until(d -> "true".equals(js("return document.getElementById('china-map').dataset.ready || ''")));
        assertThat(Integer.parseInt((String) js("return document.getElementById('china-map').dataset.provinces")))
                .isGreaterThan(3);
        String before = browser.findElement(By.id("china-map-list-title")).getText();
        // the province with most companies (the first region the server sent), clicked at its centre
        String province = (String) js("return document.getElementById('china-map').data.provinces[0].name");
        @SuppressWarnings("unchecked")
        List<Number> at = (List<Number>) ((JavascriptExecutor) browser).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                document.getElementById('china-map').centreOf(arguments[0]).then(p => done(p));
                """, province);
        WebElement map = browser.findElement(By.id("china-map"));
        new Actions(browser).moveToElement(map, at.get(0).intValue() - map.getSize().width / 2,
                at.get(1).intValue() - map.getSize().height / 2).click().perform();
        wait.until(d -> d.findElement(By.id("china-map-list-title")).getText().startsWith(province + "的线索"));
        assertThat(before).startsWith("全部线索");
        String rows = browser.findElement(By.id("china-map-leads")).getText();
        assertThat(rows).contains(province);
        HeadlessChromium.screenshot(browser, "china-map-zh");
    }

    private void assertReadable(Object graph, String what) {
        @SuppressWarnings("unchecked")
        List<Object> smallest = (List<Object>) js(SMALLEST_LABEL, graph);
        assertThat(((Number) smallest.get(2)).intValue()).as("labels measured on %s", what).isPositive();
        assertThat(((Number) smallest.get(0)).doubleValue()).as("smallest label on %s: %s", what, smallest.get(1))
                .isGreaterThanOrEqualTo(MIN_PX);
    }

    private Object js(String script, Object... args) {
        return ((JavascriptExecutor) browser).executeScript(script, args);
    }

    private void open(String path) {
        browser.get("http://localhost:" + port + path);
    }
}
