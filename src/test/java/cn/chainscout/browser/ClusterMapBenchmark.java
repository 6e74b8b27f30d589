package cn.chainscout.browser;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import cn.chainscout.ChainScoutTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.interactions.WheelInput;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.openqa.selenium.By;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Is the cluster map smooth at 2,000 nodes? A benchmark with a report (target/cluster-map-benchmark.md),
 * not a pass/fail test. On the real /cluster-map page, a GENERATED graph (synthetic nodes labelled
 * 合成…, made in the browser by this test, never written to any database) is handed to the page's
 * own &lt;cs-graph&gt; element, with the page's render options and then without them; the test measures
 * building and laying out, the first frame, and frame times while it drags and wheel-zooms with real
 * input events. Run it with `./mvnw test -Dtest=ClusterMapBenchmark -Dchainscout.excludedGroups=none`.
 */
@Tag("benchmark")
@ChainScoutTest
class ClusterMapBenchmark {

    private static final int RUNS = 3;
    private static final int NODES = 2000;

    // chains as blocks, segments in a grid, firms in rows below, each firm tied to two segments of its chain
    private static final String GENERATE = """
            const total = arguments[0], chains = 8, perChain = 60;
            const colours = ['#2563eb', '#16a34a', '#9333ea', '#dc2626', '#0891b2', '#ca8a04', '#db2777', '#65a30d'];
            const nodes = [], edges = [];
            const block = c => ({ x: (c % 4) * 1400, y: Math.floor(c / 4) * 1600 });
            for (let c = 0; c < chains; c++) {
              const b = block(c);
              nodes.push({ id: 'syn-chain-' + c, label: '合成产业链 ' + c, kind: 'chain', color: colours[c], size: 40, x: b.x + 650, y: b.y, border: 'cluster-title' });
              for (let s = 0; s < perChain; s++) {
                const border = s % 5 === 0 ? 'gap-MISSING' : s % 7 === 0 ? 'gap-WEAK' : null;
                nodes.push({ id: 'syn-seg-' + c + '-' + s, label: '合成环节 ' + c + '-' + s, kind: 'cluster-segment', color: '#dbeafe',
                             size: 0, x: b.x + (s % 10) * 58, y: b.y + 46 + Math.floor(s / 10) * 28, border });
                if (s > 0 && s % 3 !== 0) { edges.push({ source: 'syn-seg-' + c + '-' + (s - 1), target: 'syn-seg-' + c + '-' + s, label: '', kind: 'feeds' }); }
              }
            }
            const firms = total - nodes.length;
            for (let f = 0; f < firms; f++) {
              const c = f % chains, k = Math.floor(f / chains), b = block(c);
              nodes.push({ id: 'syn-firm-' + f, label: '合成企业 ' + f, kind: 'company', color: colours[c], size: [46, 36, 28, 18][f % 4],
                           x: b.x + (k % 13) * 100, y: b.y + 260 + Math.floor(k / 13) * 62, border: f % 11 === 0 ? 'leading' : null });
              edges.push({ source: 'syn-firm-' + f, target: 'syn-seg-' + c + '-' + ((f * 7) % perChain), label: '', kind: 'operates' });
              edges.push({ source: 'syn-firm-' + f, target: 'syn-seg-' + c + '-' + ((f * 13 + 5) % perChain), label: '', kind: 'operates' });
            }
            window.__synthetic = { nodes, edges, layout: 'preset' };
            return [nodes.length, edges.length];
            """;

    // build + preset layout run synchronously in the setter; the first frame is drawn on the next animation frames
    private static final String RENDER = """
            const done = arguments[arguments.length - 1];
            const el = document.getElementById('cluster-map');
            if (arguments[0] !== null) { el.options = arguments[0]; }
            const t0 = performance.now();
            el.graph = window.__synthetic;
            const t1 = performance.now();
            requestAnimationFrame(() => requestAnimationFrame(() => done([t1 - t0, performance.now() - t0, el._cy.nodes().length])));
            """;

    private static final String START_FRAMES = """
            window.__frames = []; window.__recording = true;
            const tick = t => { window.__frames.push(t); if (window.__recording) { requestAnimationFrame(tick); } };
            requestAnimationFrame(tick);
            """;

    private static final String STOP_FRAMES = """
            window.__recording = false;
            const f = window.__frames; const d = [];
            for (let i = 1; i < f.length; i++) { d.push(f[i] - f[i - 1]); }
            return d;
            """;

    @LocalServerPort
    int port;

    private record Figures(double build, double firstFrame, double[] pan, double[] zoom) {
    }

    @Test
    void measureTheClusterMapAtTwoThousandNodes() throws IOException, InterruptedException {
        ChromeDriver browser = HeadlessChromium.start();
        StringBuilder report = new StringBuilder("# Cluster map at 2,000 nodes\n\n")
                .append("Headless Chromium 1366×768 (software rendering, no GPU), ").append(LocalDateTime.now().withNano(0))
                .append(", ").append(Runtime.getRuntime().availableProcessors()).append(" cores shared with other builds. ")
                .append("The page is the real `/cluster-map`; the graph is **synthetic** (generated in the browser by ")
                .append("`ClusterMapBenchmark`: 8 chains × 60 segments and firms up to 2,000 nodes, labels 合成…, positions ")
                .append("given as the server gives them, `preset` layout) and never stored. Median of ").append(RUNS)
                .append(" runs; frame times are the gaps between animation frames while dragging (pan) and wheel-zooming.\n\n");
        try {
            WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(60));
            browser.get("http://localhost:" + port + "/cluster-map");
            wait.until(d -> ((Number) js(browser, "const g = document.getElementById('cluster-map'); return g && g._cy ? g._cy.nodes().length : 0")).intValue() > 0);
            long seedNodes = ((Number) js(browser, "return document.getElementById('cluster-map')._cy.nodes().length")).longValue();
            long seedEdges = ((Number) js(browser, "return document.getElementById('cluster-map')._cy.edges().length")).longValue();
            List<?> size = (List<?>) js(browser, GENERATE, NODES);
            report.append("Synthetic graph: ").append(size.get(0)).append(" nodes, ").append(size.get(1)).append(" edges. ")
                    .append("The seeded map itself: ").append(seedNodes).append(" nodes, ").append(seedEdges).append(" edges.\n\n")
                    .append("| render options | build + layout ms | first frame ms | pan frame ms (median / p95 / max) | zoom frame ms (median / p95 / max) |\n")
                    .append("|---|---|---|---|---|\n");
            Map<String, Object> fast = Map.of("hideEdgesOnViewport", true, "textureOnViewport", false, "fastEdges", true,
                    "minZoomedFontSize", 6, "minZoom", 0.03);
            Map<String, Object> texture = Map.of("hideEdgesOnViewport", true, "textureOnViewport", true, "fastEdges", true,
                    "minZoomedFontSize", 6, "minZoom", 0.03);
            Map<String, Object> none = Map.of("minZoom", 0.03);
            for (var scenario : List.of(
                    Map.entry("hide edges on viewport, haystack edges, firm labels hidden below 6 px", fast),
                    Map.entry("the same + texture on viewport", texture),
                    Map.entry("none (bezier edges with arrows, labels always; as the small pictures draw)", none))) {
                List<Figures> runs = new ArrayList<>();
                for (int run = 0; run < RUNS; run++) {
                    runs.add(measure(browser, scenario.getValue()));
                }
                report.append("| ").append(scenario.getKey()).append(" | ")
                        .append(median(runs.stream().mapToDouble(Figures::build).toArray())).append(" | ")
                        .append(median(runs.stream().mapToDouble(Figures::firstFrame).toArray())).append(" | ")
                        .append(stats(runs.stream().flatMapToDouble(r -> Arrays.stream(r.pan())).toArray())).append(" | ")
                        .append(stats(runs.stream().flatMapToDouble(r -> Arrays.stream(r.zoom())).toArray())).append(" |\n");
            }
            report.append("\n16.7 ms per frame is 60 frames per second. Build + layout is the synchronous part of handing ")
                    .append("the graph to the element; the first frame adds Cytoscape's first draw.\n");
        } finally {
            browser.quit();
        }
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/cluster-map-benchmark.md"), report);
        System.out.println(report);
    }

    private Figures measure(ChromeDriver browser, Map<String, Object> options) throws InterruptedException {
        List<?> render = (List<?>) browser.executeAsyncScript(RENDER, options);
        Thread.sleep(300);
        WebElement graph = browser.findElement(By.id("cluster-map"));
        js(browser, START_FRAMES);
        Actions drag = new Actions(browser).moveToElement(graph, 40, 40).clickAndHold();
        for (int i = 0; i < 30; i++) {
            drag.moveByOffset(i % 10 < 5 ? 14 : -14, i % 10 < 5 ? 7 : -7);
        }
        drag.release().perform();
        double[] pan = frames(browser);
        Thread.sleep(300);
        js(browser, START_FRAMES);
        WheelInput.ScrollOrigin origin = WheelInput.ScrollOrigin.fromElement(graph);
        Actions zoom = new Actions(browser);
        for (int i = 0; i < 20; i++) {
            zoom.scrollFromOrigin(origin, 0, i < 10 ? -120 : 120).pause(Duration.ofMillis(16));
        }
        zoom.perform();
        double[] zoomFrames = frames(browser);
        return new Figures(((Number) render.get(0)).doubleValue(), ((Number) render.get(1)).doubleValue(), pan, zoomFrames);
    }

    private static double[] frames(ChromeDriver browser) {
        return ((List<?>) js(browser, STOP_FRAMES)).stream().mapToDouble(v -> ((Number) v).doubleValue()).toArray();
    }

    private static Object js(ChromeDriver browser, String script, Object... args) {
        return ((JavascriptExecutor) browser).executeScript(script, args);
    }

    private static String median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return String.format("%.0f", sorted[sorted.length / 2]);
    }

    private static String stats(double[] values) {
        if (values.length == 0) {
            return "—";
        }
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return String.format("%.1f / %.1f / %.1f", sorted[sorted.length / 2], sorted[(int) Math.min(sorted.length - 1,
                Math.floor(sorted.length * 0.95))], sorted[sorted.length - 1]);
    }
}
