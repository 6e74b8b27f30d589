package cn.chainscout.benchmark;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

import cn.chainscout.common.user.CurrentUser;
import cn.chainscout.common.user.Roles;
import cn.chainscout.company.CompanyService;
import cn.chainscout.common.graph.GraphReadCache;
import cn.chainscout.gap.GapService;
import cn.chainscout.lead.BusinessLeadService;
import cn.chainscout.lead.ChainLeadService;
import cn.chainscout.synthetic.SyntheticGraph;
import cn.chainscout.synthetic.SyntheticSpec;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Query;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The scale benchmark (profile "benchmark", see docs/BENCHMARKS.md for the command): on the seed
 * and on generated graphs of growing size, times the gap diagnosis, both lead engines, search and
 * the portrait through the services, then the same Cypher raw through the driver, and writes a
 * report. The app exits when it is done.
 */
@Component
@Profile("benchmark")
class ScaleBenchmark {

    private static final Logger log = LoggerFactory.getLogger(ScaleBenchmark.class);

    private final ApplicationContext context;
    private final Driver driver;
    private final SyntheticGraph synthetic;
    private final GapService gaps;
    private final ChainLeadService chainLeads;
    private final BusinessLeadService businessLeads;
    private final CompanyService companies;
    private final List<Integer> sizes;
    private final int runs;
    private final int warmUps;
    private final Path report;
    private final long seed;
    private final long budgetSeconds;
    private final boolean reuse;

    ScaleBenchmark(ApplicationContext context, Driver driver, SyntheticGraph synthetic, GapService gaps,
                   ChainLeadService chainLeads, BusinessLeadService businessLeads, CompanyService companies,
                   BenchmarkProperties settings) {
        this.context = context;
        this.driver = driver;
        this.synthetic = synthetic;
        this.gaps = gaps;
        this.chainLeads = chainLeads;
        this.businessLeads = businessLeads;
        this.companies = companies;
        this.sizes = settings.sizes();
        this.runs = settings.runs();
        this.warmUps = settings.warmUps();
        this.report = settings.report();
        this.seed = settings.seed();
        this.budgetSeconds = settings.budgetSeconds();
        this.reuse = settings.reuse();
    }

    /** One query, through the service and raw: p50 / p95 / max in ms. */
    record Timing(String name, double[] service, double[] raw, int statements, String slowest, double slowestMs) {

        int runs() {
            return Math.min(service.length, raw.length);
        }

        static double percentile(double[] sorted, double p) {
            return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)];
        }

        double ratio() {
            double r = percentile(raw, 0.5);
            return r == 0 ? 0 : percentile(service, 0.5) / r;
        }
    }

    record Stage(String name, SyntheticGraph.Report load, List<Timing> timings, long heapMb, long rssMb) {
    }

    @EventListener(ApplicationReadyEvent.class)
    void run() {
        // the services are secured: the benchmark runs as the app itself, reading and generating
        CurrentUser.asSystem(this::measureAll, Roles.LEADER, Roles.ADMIN);
    }

    private void measureAll() {
        int exit = 0;
        try {
            double coldStart = (System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime()) / 1000.0;
            double firstPage = firstPage();
            String loadBefore = loadAverage();
            List<Stage> stages = new ArrayList<>();
            stages.add(measure("seed (望城区)", null, "smart-terminal", "byd-electronics-changsha", "比亚迪", "byd-electronics-changsha"));
            // the report is written after every stage: a long run stopped early still leaves its figures
            write(stages, coldStart, firstPage, loadBefore, loadAverage());
            for (int size : sizes) {
                SyntheticGraph.Report load;
                if (reuse && synthetic.companies() == size) {
                    // a kept database (ephemeral=false) already holds this size: measure it, do not rebuild it
                    log.info("Reusing the synthetic graph of {} companies already in the database", size);
                    load = null;
                } else {
                    synthetic.delete();
                    load = synthetic.generate(SyntheticSpec.ofSize(size, seed));
                }
                String hub = SyntheticGraph.leadingHubId(0);
                stages.add(measure(String.format(Locale.ROOT, "%,d companies", size), load, SyntheticGraph.chainId(0), hub,
                        "合成企业" + (size / 2 + 7), hub));
                write(stages, coldStart, firstPage, loadBefore, loadAverage());
            }
            if (!reuse) {
                synthetic.delete();
            }
        } catch (RuntimeException | IOException e) {
            log.error("Benchmark failed", e);
            exit = 1;
        }
        int code = exit;
        System.exit(SpringApplication.exit(context, () -> code));
    }

    private Stage measure(String name, SyntheticGraph.Report load, String chainId, String viaId, String searchText, String portraitId) {
        log.info("Benchmark stage {}", name);
        List<Timing> timings = List.of(
                // computed: what a read after a write costs (GraphReadCache bypassed), so raw replays the same work
                time("gap diagnosis (one chain)", () -> GraphReadCache.bypassed(() -> gaps.diagnose(chainId).segments().size())),
                time("chain leads, top 50 (one chain)", () -> GraphReadCache.bypassed(() -> chainLeads.leads(chainId, null, null, 50).size())),
                time("business leads, top 50 (via a hub firm)", () -> GraphReadCache.bypassed(() -> businessLeads.leadsVia(viaId, 50).size())),
                // kept: every other read, while the graph is unchanged (one version read, then the kept list)
                time("chain leads, top 50, kept (graph unchanged)", () -> chainLeads.leads(chainId, null, null, 50).size()),
                time("business leads, top 50, kept (graph unchanged)", () -> businessLeads.leadsVia(viaId, 50).size()),
                time("company search", () -> companies.search(searchText, 20).size()),
                time("company portrait (a hub firm)", () -> companies.portrait(portraitId).map(p -> p.ties().size()).orElse(0)));
        System.gc();
        Runtime rt = Runtime.getRuntime();
        return new Stage(name, load, timings, (rt.totalMemory() - rt.freeMemory()) >> 20, rssMb());
    }

    private Timing time(String name, Supplier<Integer> action) {
        long warmUpEnd = System.nanoTime() + budgetSeconds * 1_000_000_000L;
        for (int i = 0; i < warmUps && (i == 0 || System.nanoTime() < warmUpEnd); i++) {
            action.get();
        }
        // the graph version's read (GraphReadCache) runs on the system database, outside the service's transaction
        List<Query> statements = QueryRecorder.record(action::get).stream()
                .filter(q -> !q.text().strip().startsWith("SHOW ")).toList();
        double[] service = timed(action::get);
        double[] perStatement = new double[statements.size()];
        Runnable raw = () -> {
            try (Session session = driver.session(SessionConfig.defaultConfig())) {
                // one read transaction, as the @Transactional(readOnly) service uses
                session.executeRead(tx -> {
                    for (int i = 0; i < statements.size(); i++) {
                        long t = System.nanoTime();
                        tx.run(statements.get(i)).list();
                        perStatement[i] += (System.nanoTime() - t) / 1e6;
                    }
                    return null;
                });
            }
        };
        long rawWarmUpEnd = System.nanoTime() + budgetSeconds * 1_000_000_000L;
        for (int i = 0; i < warmUps && (i == 0 || System.nanoTime() < rawWarmUpEnd); i++) {
            raw.run();
        }
        java.util.Arrays.fill(perStatement, 0);
        double[] rawTimes = timed(raw);
        int slowest = 0;
        for (int i = 1; i < perStatement.length; i++) {
            slowest = perStatement[i] > perStatement[slowest] ? i : slowest;
        }
        Timing timing = new Timing(name, service, rawTimes, statements.size(),
                statements.isEmpty() ? "" : label(statements.get(slowest).text()),
                statements.isEmpty() ? 0 : perStatement[slowest] / rawTimes.length);
        // a long stage's figures show in the log as they come, before its report section is written
        log.info("{}: service p50 {} ms, p95 {} ms; raw p50 {} ms; slowest statement {} ms", name,
                Math.round(Timing.percentile(service, 0.5)), Math.round(Timing.percentile(service, 0.95)),
                Math.round(Timing.percentile(rawTimes, 0.5)), Math.round(timing.slowestMs()));
        return timing;
    }

    /** A statement's first clauses on one line: enough to tell which query of a feature it is. */
    private static String label(String cypher) {
        String line = cypher.strip().replaceAll("\\s+", " ").replace("|", "\\|");
        return "`" + (line.length() > 90 ? line.substring(0, 90) + "…" : line) + "`";
    }

    /** Up to `runs` timings in ms, sorted; fewer when a query is so slow that the time budget runs out. */
    private double[] timed(Runnable action) {
        List<Double> times = new ArrayList<>();
        long deadline = System.nanoTime() + budgetSeconds * 1_000_000_000L;
        while (times.size() < runs && (times.size() < 3 || System.nanoTime() < deadline)) {
            long t = System.nanoTime();
            action.run();
            times.add((System.nanoTime() - t) / 1e6);
        }
        return times.stream().mapToDouble(Double::doubleValue).sorted().toArray();
    }

    /** The first page a user asks for, on the web server this run started. */
    private double firstPage() {
        if (!(context instanceof WebServerApplicationContext web)) {
            return Double.NaN;
        }
        long t = System.nanoTime();
        try (HttpClient http = HttpClient.newHttpClient()) {
            http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + web.getWebServer().getPort() + "/")).build(),
                    HttpResponse.BodyHandlers.discarding());
        } catch (IOException e) {
            return Double.NaN;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Double.NaN;
        }
        return (System.nanoTime() - t) / 1e6;
    }

    private void write(List<Stage> stages, double coldStart, double firstPageMs, String loadBefore, String loadAfter) throws IOException {
        StringBuilder md = new StringBuilder()
                .append("Written by the scale benchmark (`docs/BENCHMARKS.md` is its output; the command is in the README). ")
                .append(LocalDateTime.now().withNano(0)).append(", ").append(Runtime.getRuntime().availableProcessors())
                .append(" cores, ").append(totalMemoryGb()).append(" GiB, Java ").append(Runtime.version())
                .append(", embedded Neo4j, page cache ").append(context.getEnvironment().getProperty("chainscout.neo4j.embedded.page-cache"))
                .append(". Load average before/after: ").append(loadBefore).append(" / ").append(loadAfter)
                .append(" (other work on the machine inflates every figure).\n\n")
                .append("Each query: ").append(warmUps).append(" warm-up runs, then ").append(runs)
                .append(" timed runs (fewer when a query's runs pass ").append(budgetSeconds).append(" s) through the service, then the same Cypher statements (recorded from the service's driver calls) ")
                .append("replayed raw through the driver in one read transaction. Ratio = service p50 / raw p50. ")
                .append("Generated graphs: `SyntheticSpec.ofSize` (5 ties a company, 15 % of them to 50 hubs, 5 chains × 200 segments, ")
                .append("local firms = companies / 200 within 20..2,000), every node labelled `Synthetic`.\n\n")
                .append(String.format(Locale.ROOT, "Cold start of this run to ready (embedded Neo4j, schema, seed load into an empty database): "
                        + "**%.1f s**; then the first page (`GET /`): %.0f ms. Target ≤ 20 s.%n%n", coldStart, firstPageMs));
        for (Stage stage : stages) {
            md.append("## ").append(stage.name()).append("\n\n");
            if (stage.load() != null) {
                md.append(String.format(Locale.ROOT, "Bulk load: %,d nodes + %,d relationships in %.1f s = **%,.0f rows/s** (target ≥ 50,000).%n%n",
                        stage.load().nodes(), stage.load().relationships(), stage.load().millis() / 1000.0, stage.load().rowsPerSecond()));
            }
            md.append("| query | statements | runs | service p50 ms | p95 | max | raw p50 ms | p95 | max | ratio |\n|---|---|---|---|---|---|---|---|---|---|\n");
            for (Timing t : stage.timings()) {
                md.append(String.format(Locale.ROOT, "| %s | %d | %d | %.1f | %.1f | %.1f | %.1f | %.1f | %.1f | %.2f |%n", t.name(), t.statements(), t.runs(),
                        Timing.percentile(t.service(), 0.5), Timing.percentile(t.service(), 0.95), t.service()[t.service().length - 1],
                        Timing.percentile(t.raw(), 0.5), Timing.percentile(t.raw(), 0.95), t.raw()[t.raw().length - 1], t.ratio()));
            }
            md.append("\nSlowest statement of each query (raw, mean ms per run):\n\n");
            for (Timing t : stage.timings()) {
                md.append(String.format(Locale.ROOT, "- %s: %.1f ms, %s%n", t.name(), t.slowestMs(), t.slowest()));
            }
            md.append(String.format(Locale.ROOT, "%nHeap in use after GC: %,d MB; process RSS: %,d MB.%n%n", stage.heapMb(), stage.rssMb()));
        }
        Files.createDirectories(report.toAbsolutePath().getParent());
        Files.writeString(report, withinMarkers(md.toString()));
        log.info("Benchmark report written to {}", report.toAbsolutePath());
    }

    static final String START = "<!-- benchmark:start -->";
    static final String END = "<!-- benchmark:end -->";

    /**
     * The measured figures go between the markers of the existing report, so what people wrote
     * around them (the analysis of the targets missed) survives a new run.
     */
    private String withinMarkers(String figures) throws IOException {
        String existing = Files.exists(report) ? Files.readString(report) : "";
        int start = existing.indexOf(START);
        int end = existing.indexOf(END);
        if (start < 0 || end < start) {
            return "# Benchmarks\n\n" + START + "\n" + figures + END + "\n";
        }
        return existing.substring(0, start + START.length()) + "\n" + figures + existing.substring(end);
    }

    private static long rssMb() {
        try {
            return Files.readAllLines(Path.of("/proc/self/status")).stream().filter(l -> l.startsWith("VmRSS:"))
                    .map(l -> Long.parseLong(l.replaceAll("\\D", "")) >> 10).findFirst().orElse(-1L);
        } catch (IOException e) {
            return -1;
        }
    }

    private static String loadAverage() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return parts[0] + " " + parts[1] + " " + parts[2];
        } catch (IOException e) {
            return "unknown";
        }
    }

    private static long totalMemoryGb() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return Math.round(os.getTotalMemorySize() / (1024.0 * 1024 * 1024));
        }
        return -1;
    }
}
