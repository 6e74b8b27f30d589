package cn.chainscout.browser;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

import cn.chainscout.ChainScoutTest;
import cn.chainscout.TestUser;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * How long each main page takes until its content shows, in headless Chromium on the seeded app:
 * a benchmark with a report (target/page-load.md), not a pass/fail test. Not part of `./mvnw verify`;
 * run it with `./mvnw test -Dtest=PageLoadBenchmark -Dchainscout.excludedGroups=none`.
 */
@Tag("benchmark")
@ChainScoutTest
class PageLoadBenchmark {

    private static final int RUNS = 10;

    /**
     * Where a load's time went, from the browser's own timings: the page's HTML, Vaadin's requests to the
     * server (?v-r=…: building the view, the data it sends), and the rest (scripts, styles, drawing).
     */
    private static final String SPLIT = """
            const nav = performance.getEntriesByType('navigation')[0];
            const vaadin = performance.getEntriesByType('resource').filter(e => e.name.includes('v-r='))
                .reduce((sum, e) => sum + e.duration, 0);
            return [Math.round(nav ? nav.responseEnd - nav.startTime : 0), Math.round(vaadin)];""";

    private record Load(long total, long document, long server) {
    }

    private record Page(String name, String path, Function<WebDriver, Boolean> ready) {
    }

    @LocalServerPort
    int port;

    @Test
    void measurePageLoads() throws IOException {
        List<Page> pages = List.of(
                new Page("首页 home", "/", d -> !d.findElements(By.id("chain-smart-terminal")).isEmpty()),
                new Page("产业链图谱 chain map", "/chains/smart-terminal", d -> (Boolean) ((JavascriptExecutor) d).executeScript(
                        "const g = document.getElementById('chain-map'); return !!(g && g._cy && g._cy.nodes().length > 0)")),
                new Page("环节详情 segment", "/segments/st-cover-glass", d -> !d.findElements(By.id("segment-candidates")).isEmpty()),
                new Page("招商线索 leads", "/leads", d -> d.findElements(By.id("leads-count")).stream().anyMatch(e -> !e.getText().isBlank())),
                new Page("企业 company", "/companies/lens-technology", d -> !d.findElements(By.id("company-name")).isEmpty()),
                new Page("全国分布 China map", "/map", d -> (Boolean) ((JavascriptExecutor) d).executeScript(
                        "const m = document.getElementById('china-map'); return !!(m && m.dataset.ready === 'true')")),
                new Page("产业集群地图 cluster map", "/cluster-map", d -> (Boolean) ((JavascriptExecutor) d).executeScript(
                        "const g = document.getElementById('cluster-map'); return !!(g && g._cy && g._cy.nodes().length > 0)")),
                new Page("目标看板 dashboard", "/dashboard", d -> d.findElements(By.id("dashboard-summary")).stream()
                        .anyMatch(e -> !e.getText().isBlank())));
        ChromeDriver browser = HeadlessChromium.start();
        BrowserLogin.signIn(browser, port, TestUser.LEADER);
        StringBuilder report = new StringBuilder("# Page load times\n\n")
                .append("Seeded app, headless Chromium 1366×768, ").append(LocalDateTime.now().withNano(0))
                .append(", ").append(Runtime.getRuntime().availableProcessors()).append(" cores. ")
                .append("From navigation to the page's content shown; every page once to warm up, then ").append(RUNS)
                .append(" runs of each; the content is looked for every 10 ms. Load average before: ").append(loadAverage())
                .append(" (other work on the machine slows every page).\n\n")
                .append(" Split (medians): the page's HTML, Vaadin's requests to the server (building the view and its data,")
                .append(" network included), and the rest in the browser (scripts, layout, drawing).\n\n")
                .append("| page | median ms | max ms | HTML ms | server requests ms | browser ms |\n|---|---|---|---|---|---|\n");
        try {
            // checked every 10 ms: Selenium's default of 500 ms added up to half a second to a load
            WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(180)); // a loaded machine
            wait.pollingEvery(Duration.ofMillis(10));
            // a round over every page first, so the first page measured does not pay for the JIT alone
            for (Page page : pages) {
                load(browser, wait, page);
            }
            for (Page page : pages) {
                List<Load> loads = new ArrayList<>();
                for (int run = 0; run < RUNS; run++) {
                    loads.add(load(browser, wait, page));
                }
                long[] sorted = loads.stream().mapToLong(Load::total).sorted().toArray();
                long document = median(loads.stream().mapToLong(Load::document).toArray());
                long server = median(loads.stream().mapToLong(Load::server).toArray());
                report.append("| ").append(page.name()).append(" `").append(page.path()).append("` | ")
                        .append(sorted[sorted.length / 2]).append(" | ").append(Arrays.stream(sorted).max().orElseThrow())
                        .append(" | ").append(document).append(" | ").append(server).append(" | ")
                        .append(Math.max(0, sorted[sorted.length / 2] - document - server)).append(" |\n");
            }
        } finally {
            browser.quit();
        }
        report.append("\nLoad average after: ").append(loadAverage()).append("\n");
        Files.writeString(Path.of("target/page-load.md"), report);
        System.out.println(report);
    }

    /** Milliseconds from navigation to the page's content shown, and the browser's split of them. */
    private Load load(WebDriver browser, WebDriverWait wait, Page page) {
        long start = System.nanoTime();
        browser.get("http://localhost:" + port + page.path());
        wait.until(page.ready()::apply);
        long total = (System.nanoTime() - start) / 1_000_000;
        List<?> split = (List<?>) ((JavascriptExecutor) browser).executeScript(SPLIT);
        return new Load(total, ((Number) split.get(0)).longValue(), ((Number) split.get(1)).longValue());
    }

    private static String loadAverage() {
        try {
            return String.join(" ", Arrays.asList(Files.readString(Path.of("/proc/loadavg")).split(" ")).subList(0, 3));
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }

    private static long median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
