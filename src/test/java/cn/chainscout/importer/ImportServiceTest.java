package cn.chainscout.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import cn.chainscout.ChainScoutTest;
import cn.chainscout.GraphCounts;
import cn.chainscout.company.CompanyPortrait;
import cn.chainscout.company.CompanyService;
import org.springframework.security.test.context.support.WithMockUser;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Imports against the real seeded graph: a new list-year, the same file again, a seeded list again,
 * rollback to the exact graph before. Every import a test commits is rolled back by it.
 */
@ChainScoutTest
@WithMockUser(username = "test-importer", roles = "ADMIN") // imports are the data administrator's
class ImportServiceTest {

    static final String FORTUNE_2025 = "fortune-global-500-2025-gbk.html";

    @Autowired
    ImportService imports;

    @Autowired
    CompanyService companies;

    @Autowired
    Driver driver;

    static ImportPlan plan(ImportService imports, List<SourceFile> files, String list, int year) {
        Analysis analysis = imports.analyse(files);
        RankingList known = imports.lists().stream().filter(l -> l.list().equals(list)).findFirst().orElseThrow();
        ColumnMapping mapping = ColumnMapping.propose(analysis.tables().get(analysis.chosen()).header(),
                RevenueUnit.valueOf(known.revenueUnit()));
        return imports.plan(analysis, analysis.chosen(), mapping, list, year);
    }

    static Map<Integer, String> acceptSuggestions(ImportPlan plan) {
        Map<Integer, String> decisions = new HashMap<>();
        plan.uncertain().forEach(r -> decisions.put(r.index(), r.match().proposal().id()));
        return decisions;
    }

    private long count(String cypher) {
        return GraphCounts.count(driver, cypher);
    }

    @Test
    void nextYearsListAddsARankingYearWithoutDuplicatingCompaniesAgainIsANoOpAndRollbackRestoresTheGraph() {
        GraphCounts before = GraphCounts.of(driver);
        long companiesBefore = count("MATCH (c:Company) RETURN count(c)");

        ImportPlan plan = plan(imports, List.of(TableReaderTest.resource(FORTUNE_2025)), "FORTUNE_GLOBAL_500", 2025);
        assertThat(plan.rankingId()).isEqualTo("fortune-global-500-2025");
        assertThat(plan.rankingExists()).isFalse();
        // 国家电网公司, 中国石油天然气集团公司, 中国石油化工集团公司 differ from the seed's names only by legal form
        assertThat(plan.uncertain()).extracting(r -> r.row().name() + "→" + r.match().proposal().id())
                .containsExactly("国家电网公司→state-grid", "中国石油天然气集团公司→china-national-petroleum",
                        "中国石油化工集团公司→sinopec-group");
        assertThat(plan.unmatched()).extracting(r -> r.row().name()).containsExactly("REWE集团");
        assertThatThrownBy(() -> imports.commit(plan, Map.of(), (d, t) -> { }))
                .isInstanceOf(ImportException.class).hasMessageContaining("3 行匹配需要确认").hasMessageContaining("国家电网公司");

        List<int[]> progress = new java.util.ArrayList<>();
        ImportResult result = imports.commit(plan, acceptSuggestions(plan), (done, total) -> progress.add(new int[] {done, total}));
        assertThat(result).extracting(ImportResult::ranked, ImportResult::created, ImportResult::aliases, ImportResult::unchanged,
                ImportResult::rankingCreated).containsExactly(9, 1, 3, 0, true);
        assertThat(progress.getLast()).containsExactly(9, 9); // rows of the list, not writes
        try {
            // exactly one new company (REWE), every other row on the company the seed already has
            assertThat(count("MATCH (c:Company) RETURN count(c)")).isEqualTo(companiesBefore + 1);
            assertThat(count("MATCH (r:Ranking {id: 'fortune-global-500-2025'}) WHERE r.list = 'FORTUNE_GLOBAL_500' "
                    + "AND r.year = 2025 AND r.revenueUnit = 'USD_M' AND r.name = '《财富》世界500强' RETURN count(r)")).isEqualTo(1);
            assertThat(count("MATCH ()-[k:RANKED {batch: '" + result.batchId() + "'}]->() RETURN count(k)")).isEqualTo(9);
            CompanyPortrait walmart = companies.portrait("walmart").orElseThrow();
            CompanyPortrait.RankEntry rank2025 = walmart.rankings().getFirst();
            assertThat(rank2025.year()).isEqualTo(2025);
            assertThat(rank2025.rank()).isEqualTo(1);
            assertThat(rank2025.revenue()).isEqualTo(680985.0);
            assertThat(rank2025.source()).contains(FORTUNE_2025, result.batchId());
            assertThat(companies.portrait("state-grid").orElseThrow().aliases()).contains("国家电网公司");
            assertThat(companies.search("REWE", 5)).extracting(h -> h.name()).contains("REWE集团");

            GraphCounts afterImport = GraphCounts.of(driver);
            ImportPlan again = plan(imports, List.of(TableReaderTest.resource(FORTUNE_2025)), "FORTUNE_GLOBAL_500", 2025);
            assertThat(again.uncertain()).isEmpty(); // the confirmed names are aliases now
            ImportResult noOp = imports.commit(again, Map.of(), (d, t) -> { });
            assertThat(noOp.batchId()).isNull();
            assertThat(noOp.unchanged()).isEqualTo(9);
            assertThat(GraphCounts.of(driver)).isEqualTo(afterImport);
            assertThat(imports.batches().getFirst()).extracting(ImportBatch::id, ImportBatch::status, ImportBatch::rows,
                    ImportBatch::files).containsExactly(result.batchId(), ImportBatch.ACTIVE, 9L, List.of(FORTUNE_2025));
        } finally {
            imports.rollback(result.batchId());
        }
        assertThat(GraphCounts.of(driver)).isEqualTo(before);
        assertThat(imports.batches().getFirst().status()).isEqualTo(ImportBatch.ROLLED_BACK);
        assertThatThrownBy(() -> imports.rollback(result.batchId())).hasMessageContaining("已经回滚");
    }

    @Test
    void aSeededListImportedAgainFromTwoSavedPagesOrACsvWritesNothing() {
        GraphCounts before = GraphCounts.of(driver);
        ImportPlan pages = plan(imports, List.of(TableReaderTest.resource("private-500-2026-page1.html"),
                TableReaderTest.resource("private-500-2026-page2.html")), "CHINA_PRIVATE_500", 2026);
        assertThat(pages.rows()).hasSize(20);
        assertThat(pages.rankingExists()).isTrue();
        ImportResult result = imports.commit(pages, acceptSuggestions(pages), (d, t) -> { });
        assertThat(result.batchId()).isNull();
        assertThat(result.unchanged()).isEqualTo(20);

        ImportPlan csv = plan(imports, List.of(TableReaderTest.resource("china-top-500-2025-semicolon-bom.csv")),
                "CHINA_TOP_500", 2025);
        assertThat(imports.commit(csv, acceptSuggestions(csv), (d, t) -> { }).unchanged()).isEqualTo(12);
        assertThat(GraphCounts.of(driver)).isEqualTo(before);
    }

    @Test
    void rollingBackABatchWhoseListYearALaterBatchUsesIsRefused() {
        GraphCounts before = GraphCounts.of(driver);
        // Walmart and Amazon of the 2025 list first (a CSV), then the whole page as a second batch into that list-year
        SourceFile topTwo = ImportFiles.text("fortune-2025-top2.csv",
                "排名,公司名称,营业收入（百万美元）\n1,沃尔玛,\"680,985\"\n2,亚马逊,\"637,959\"\n");
        ImportPlan first = plan(imports, List.of(topTwo), "FORTUNE_GLOBAL_500", 2025);
        ImportResult a = imports.commit(first, acceptSuggestions(first), (d, t) -> { });
        assertThat(a.rankingCreated()).isTrue();
        String rewe = "MATCH (c:Company {name: 'REWE集团'}) RETURN count(c)";
        try {
            ImportPlan page = plan(imports, List.of(TableReaderTest.resource(FORTUNE_2025)), "FORTUNE_GLOBAL_500", 2025);
            ImportResult later = imports.commit(page, acceptSuggestions(page), (d, t) -> { });
            assertThat(later).extracting(ImportResult::ranked, ImportResult::unchanged, ImportResult::rankingCreated)
                    .containsExactly(7, 2, false);
            assertThat(count(rewe)).isEqualTo(1);
            try {
                assertThatThrownBy(() -> imports.rollback(a.batchId())).isInstanceOf(ImportException.class)
                        .hasMessageContaining(a.batchId()).hasMessageContaining("fortune-global-500-2025")
                        .hasMessageContaining(later.batchId());
            } finally {
                imports.rollback(later.batchId());
            }
        } finally {
            imports.rollback(a.batchId());
        }
        assertThat(count(rewe)).isZero();
        assertThat(GraphCounts.of(driver)).isEqualTo(before);
    }

    @Test
    void aConfirmedAliasOnASeededCompanyWithoutAliasesIsUndoneExactly() {
        // the seed gives 麦克森 (McKesson) and 摩根大通 (JPMorgan Chase) no aliases: [] and ''
        String bareSeed = "MATCH (c:Company) WHERE c.id IN ['mckesson', 'jpmorgan-chase'] AND c.aliases = [] "
                + "AND c.aliasText = '' RETURN count(c)";
        assertThat(count(bareSeed)).isEqualTo(2);
        GraphCounts before = GraphCounts.of(driver);
        SourceFile file = ImportFiles.text("fortune-2025-aliases.csv",
                "排名,公司名称,营业收入（百万美元）\n9,麦克森公司,\"359,051\"\n13,摩根大通集团,\"278,906\"\n");
        ImportPlan plan = plan(imports, List.of(file), "FORTUNE_GLOBAL_500", 2025);
        assertThat(plan.uncertain()).extracting(r -> r.row().name() + "→" + r.match().proposal().id())
                .containsExactly("麦克森公司→mckesson", "摩根大通集团→jpmorgan-chase");
        ImportResult result = imports.commit(plan, acceptSuggestions(plan), (d, t) -> { });
        assertThat(result.aliases()).isEqualTo(2);
        assertThat(companies.portrait("mckesson").orElseThrow().aliases()).containsExactly("麦克森公司");
        assertThat(companies.search("摩根大通集团", 5)).extracting(h -> h.name()).contains("摩根大通");

        imports.rollback(result.batchId());
        assertThat(count(bareSeed)).isEqualTo(2);
        assertThat(GraphCounts.of(driver)).isEqualTo(before);
    }

    @Autowired
    ImportQueries queries;

    @Autowired
    ImportProperties properties;

    @Autowired
    cn.chainscout.common.user.CurrentUser currentUser;

    @Autowired
    cn.chainscout.audit.AuditTrail audit;

    @Autowired
    org.springframework.transaction.PlatformTransactionManager transactionManager;

    @Autowired
    java.time.Clock clock;

    /** The real service with one row per write, so a failing row comes after rows already written. */
    private ImportService oneRowPerWrite() {
        return new ImportService(queries, ImportProperties.of(properties.maxFileSize(), properties.maxRows(),
                properties.firstYear(), 1), currentUser, audit, transactionManager, clock);
    }

    @Test
    void aRowTheDatabaseRefusesAfterEarlierRowsWereWrittenUndoesTheWholeImportAndNamesTheRow() {
        GraphCounts before = GraphCounts.of(driver);
        long batchesBefore = count("MATCH (b:ImportBatch) RETURN count(b)");
        // synthetic rows; the fourth has an English name so long that its company id cannot be indexed
        String tooLong = "Synthetic Test Enterprise " + "X".repeat(40_000);
        SourceFile file = ImportFiles.text("synthetic-write-failure.csv", "排名,企业名称,英文名称,营业收入（万元）\n"
                + "1,合成测试企业甲,,100\n2,合成测试企业乙,,90\n3,合成测试企业丙,,80\n4,合成测试企业丁," + tooLong + ",70\n");
        ImportPlan plan = plan(imports, List.of(file), "CHINA_TOP_500", 2024);
        assertThat(plan.unmatched()).as("%s", plan.rows()).hasSize(4);
        List<Integer> progress = new java.util.ArrayList<>();
        assertThatThrownBy(() -> oneRowPerWrite().commit(plan, Map.of(), (done, total) -> progress.add(done)))
                .isInstanceOfSatisfying(ImportException.class, e -> {
                    assertThat(e.key()).isEqualTo("writeFailedRow");
                    assertThat(e.getMessage()).contains("synthetic-write-failure.csv", "第 5 行", "合成测试企业丁", "整个导入已撤销");
                });
        assertThat(progress).containsExactly(1, 2, 3); // three rows were written in the transaction before the fourth failed
        assertThat(GraphCounts.of(driver)).isEqualTo(before);
        assertThat(count("MATCH (c:Company) WHERE c.name STARTS WITH '合成测试企业' RETURN count(c)")).isZero();
        assertThat(count("MATCH (r:Ranking {id: 'china-top-500-2024'}) RETURN count(r)")).isZero();
        assertThat(count("MATCH (b:ImportBatch) RETURN count(b)")).isEqualTo(batchesBefore);
    }

    @Test
    void aFiveHundredRowImportReportsRowsDoneOfRowsTotalChunkByChunk() {
        GraphCounts before = GraphCounts.of(driver);
        // synthetic list: 520 companies that exist nowhere, removed again by the rollback below
        StringBuilder csv = new StringBuilder("排名,企业名称,所属省份,营业收入（万元）\n");
        for (int i = 1; i <= 520; i++) {
            csv.append(i).append(",合成测试企业").append(String.format("%04d", i)).append(",北京市,").append(100_000 - i).append('\n');
        }
        ImportPlan plan = plan(imports, List.of(ImportFiles.text("synthetic-520.csv", csv.toString())), "CHINA_TOP_500", 2024);
        assertThat(plan.unmatched()).hasSize(520);
        List<int[]> progress = new java.util.ArrayList<>();
        ImportResult result = imports.commit(plan, Map.of(), (done, total) -> progress.add(new int[] {done, total}));
        try {
            assertThat(result).extracting(ImportResult::rows, ImportResult::created, ImportResult::ranked)
                    .containsExactly(520, 520, 520);
            // chunks of chainscout.import.chunk-rows (100): 100, 200, … 500, 520 of 520
            assertThat(progress).extracting(p -> p[0]).containsExactly(100, 200, 300, 400, 500, 520);
            assertThat(progress).extracting(p -> p[1]).containsOnly(520);
            assertThat(count("MATCH (:Company)-[k:RANKED]->(:Ranking {id: 'china-top-500-2024', complete: true}) RETURN count(k)"))
                    .isEqualTo(520);
        } finally {
            imports.rollback(result.batchId());
        }
        assertThat(GraphCounts.of(driver)).isEqualTo(before);
    }

    @Test
    void anotherTableOfThePageCanBeChosenAndItsRowsArePlanned() {
        String page = "<html><body>"
                + "<table><tr><th>排名</th><th>企业名称</th><th>所属省份</th><th>营业收入（万元）</th></tr>"
                + "<tr><td>1</td><td>京东集团</td><td>北京市</td><td>130,908,500</td></tr>"
                + "<tr><td>2</td><td>阿里巴巴（中国）有限公司</td><td>浙江省</td><td>101,674,400</td></tr></table>"
                + "<h2>上年榜单</h2><table><tr><th>名次</th><th>公司名称</th></tr>"
                + "<tr><td>1</td><td>恒力集团有限公司</td></tr><tr><td>2</td><td>腾讯控股有限公司</td></tr>"
                + "<tr><td>3</td><td>立讯精密工业股份有限公司</td></tr></table></body></html>";
        Analysis analysis = imports.analyse(List.of(ImportFiles.text("two-lists.html", page)));
        assertThat(analysis.choices()).hasSize(2);
        assertThat(analysis.tables().get(analysis.chosen()).header()).contains("营业收入（万元）");
        int other = analysis.chosen() == 0 ? 1 : 0;
        ColumnMapping mapping = ColumnMapping.propose(analysis.tables().get(other).header(), RevenueUnit.CNY_10K);
        ImportPlan plan = imports.plan(analysis, other, mapping, "CHINA_PRIVATE_500", 2025);
        assertThat(plan.rows()).extracting(r -> r.row().rank() + " " + r.row().name())
                .containsExactly("1 恒力集团有限公司", "2 腾讯控股有限公司", "3 立讯精密工业股份有限公司");
        assertThat(plan.rows()).allSatisfy(r -> assertThat(r.row().revenue()).isNull());
    }
}
