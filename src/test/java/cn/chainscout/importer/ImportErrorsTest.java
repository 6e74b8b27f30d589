package cn.chainscout.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import cn.chainscout.ChainScoutTest;
import cn.chainscout.GraphCounts;
import org.springframework.security.test.context.support.WithMockUser;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Bad input: each gives the message a user reads (naming file, row or column, and the problem) and
 * leaves the graph exactly as it was.
 */
@ChainScoutTest
@WithMockUser(username = "test-importer", roles = "ADMIN") // imports are the data administrator's
class ImportErrorsTest {

    @Autowired
    ImportService imports;

    @Autowired
    Driver driver;

    private void refused(ThrowingCallable importing, String key, String... inMessage) {
        GraphCounts before = GraphCounts.of(driver);
        assertThatThrownBy(importing).isInstanceOfSatisfying(ImportException.class, e -> {
            assertThat(e.key()).isEqualTo(key);
            assertThat(e.getMessage()).contains(inMessage);
        });
        assertThat(GraphCounts.of(driver)).isEqualTo(before);
    }

    private ImportResult importCsv(String name, String text, String list, int year) {
        return imports.importFiles(List.of(ImportFiles.text(name, text)), list, year, true, (d, t) -> { });
    }

    @Test
    void filesThatAreNotAListAreRefusedByName() throws IOException {
        refused(() -> imports.analyse(List.of(ImportFiles.text("榜单.html", "2026中国民营企业500强：京东集团第一"))),
                "notHtml", "榜单.html", "不是 HTML 网页");
        byte[] pdf = "%PDF-1.7\n\0\0\u0001binary".getBytes(StandardCharsets.ISO_8859_1);
        refused(() -> imports.analyse(List.of(new SourceFile("list.html", pdf))), "notHtml", "list.html");
        refused(() -> imports.analyse(List.of(ImportFiles.text("news.html",
                "<html><body><nav>首页</nav><p>榜单将于九月发布。</p></body></html>"))), "noTable", "news.html", "没有找到");
        refused(() -> imports.analyse(List.of(ImportFiles.text("stats.html",
                "<html><body><table><tr><th>国家</th><th>上榜公司数</th></tr><tr><td>美国</td><td>138</td></tr></table></body></html>"))),
                "noRankingTable", "stats.html", "排名/名次/Rank");
        refused(() -> imports.analyse(List.of(new SourceFile("empty.csv", new byte[0]))), "empty", "empty.csv", "空的");
        refused(() -> imports.analyse(List.of(ImportFiles.text("blank.html", "  \n\n "))), "empty", "blank.html");
        refused(() -> imports.analyse(List.of(new SourceFile("list.xls", new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11}))),
                "oldExcel", "list.xls", ".xlsx");
        refused(() -> imports.analyse(List.of(new SourceFile("list.pdf", pdf))), "unsupported", "list.pdf", ".pdf");
    }

    @Test
    void aFiftyMegabyteFileIsRefusedBeforeItIsRead() {
        byte[] big = new byte[50 * 1024 * 1024];
        Arrays.fill(big, (byte) ' ');
        refused(() -> imports.analyse(List.of(new SourceFile("huge.html", big))), "tooLarge", "huge.html", "50.0 MB",
                "20.0 MB", "chainscout.import.max-file-size");
    }

    @Test
    void truncatedFilesAreRefused() throws IOException {
        byte[] page = TableReaderTest.resource("private-500-2026-page1.html").bytes();
        byte[] half = Arrays.copyOf(page, page.length / 2);
        refused(() -> imports.analyse(List.of(new SourceFile("page1.html", half))), "truncatedHtml", "page1.html", "不完整");
        refused(() -> importCsv("cut.csv", "排名,企业名称,营业收入（万元）\n1,国家电网有限公司,394592833\n2,\"中国石油天然", "CHINA_TOP_500", 2025),
                "csvBroken", "cut.csv", "引号");
        refused(() -> importCsv("short.csv", "排名,企业名称,营业收入（万元）\n1,国家电网有限公司,394592833\n2\n", "CHINA_TOP_500", 2025),
                "shortRow", "short.csv", "第 3 行只有 1 列");
        byte[] sheet = ImportFiles.xlsx("list.xlsx", false).bytes();
        refused(() -> imports.analyse(List.of(new SourceFile("list.xlsx", Arrays.copyOf(sheet, sheet.length / 2)))),
                "xlsxBroken", "list.xlsx", "不完整");
    }

    @Test
    void mergedHeaderCellsInASheetAreRefusedWithTheirRange() throws IOException {
        refused(() -> imports.analyse(List.of(ImportFiles.xlsx("merged.xlsx", true))), "mergedHeader", "merged.xlsx",
                "“2025”", "C2:D2");
    }

    @Test
    void rowsWithABadRankNameOrRevenueAreRefusedNamingRowAndColumn() {
        String header = "排名,企业名称,营业收入（万元）\n";
        refused(() -> importCsv("dup.csv", header + "1,国家电网有限公司,394592833\n2,中国石油天然气集团有限公司,296904813\n"
                + "2,中国石油化工集团有限公司,293195627\n", "CHINA_TOP_500", 2025), "duplicateRank", "dup.csv", "第 4 行", "排名 2", "第 3 行");
        refused(() -> importCsv("rank.csv", header + "第一名,国家电网有限公司,394592833\n", "CHINA_TOP_500", 2025),
                "rank", "rank.csv", "第 2 行", "“排名”", "第一名");
        refused(() -> importCsv("name.csv", header + "1,,394592833\n", "CHINA_TOP_500", 2025), "emptyName", "name.csv",
                "第 2 行", "企业名称");
        refused(() -> importCsv("revenue.csv", header + "1,国家电网有限公司,39459亿元左右\n", "CHINA_TOP_500", 2025),
                "revenue", "revenue.csv", "第 2 行", "营业收入（万元）", "39459亿元左右");
    }

    @Test
    void theSamePageUploadedTwiceIsADuplicateNotATie() {
        SourceFile page = TableReaderTest.resource("private-500-2026-page1.html");
        SourceFile copy = new SourceFile("private-500-2026-page1 (1).html", page.bytes());
        refused(() -> imports.importFiles(List.of(page, copy), "CHINA_PRIVATE_500", 2026, true, (d, t) -> { }),
                "duplicateRank", "private-500-2026-page1 (1).html", "private-500-2026-page1.html", "排名 1");
    }

    @Test
    void noNameColumnUnknownListYearOutOfRangeAndAnotherCurrencyAreRefused() {
        Analysis analysis = imports.analyse(List.of(TableReaderTest.resource("china-top-500-2025-semicolon-bom.csv")));
        ColumnMapping mapping = ColumnMapping.propose(analysis.tables().getFirst().header(), RevenueUnit.CNY_10K);
        refused(() -> imports.plan(analysis, 0, mapping.with(Field.NAME, -1), "CHINA_TOP_500", 2025), "noNameColumn",
                "china-top-500-2025-semicolon-bom.csv", "企业名称", "排名 | 企业名称 | 营业收入（万元）");
        refused(() -> imports.plan(analysis, 0, mapping, "FORBES_GLOBAL_2000", 2025), "unknownList", "FORBES_GLOBAL_2000",
                "CHINA_PRIVATE_500", "FORTUNE_GLOBAL_500");
        refused(() -> imports.plan(analysis, 0, mapping, "CHINA_TOP_500", 1980), "year", "1980", "1995");
        refused(() -> imports.plan(analysis, 0, mapping, "CHINA_TOP_500", 2999), "year", "2999");
        refused(() -> imports.importFiles(List.of(TableReaderTest.resource(ImportServiceTest.FORTUNE_2025)), "CHINA_TOP_500",
                2025, true, (d, t) -> { }), "unitMismatch", "营业收入（百万美元）", "万元");
    }

    @Test
    void aRankThatContradictsTheStoredListIsRefusedNotOverwritten() {
        refused(() -> importCsv("swapped.csv", "排名,企业名称,营业收入（万元）\n1,中国石油天然气集团有限公司,296904813\n",
                "CHINA_TOP_500", 2025), "factConflict", "swapped.csv", "第 2 行", "已有该企业排名 2", "本文件为排名 1");
    }

    @Test
    void uncertainMatchesAreNotTakenSilentlyAndAnUnknownBatchCannotBeRolledBack() {
        refused(() -> imports.importFiles(List.of(TableReaderTest.resource(ImportServiceTest.FORTUNE_2025)),
                "FORTUNE_GLOBAL_500", 2025, false, (d, t) -> { }), "needsConfirmation", "国家电网公司", "国家电网有限公司",
                "accept-suggestions=true");
        ImportPlan plan = ImportServiceTest.plan(imports, List.of(TableReaderTest.resource(ImportServiceTest.FORTUNE_2025)),
                "FORTUNE_GLOBAL_500", 2025);
        refused(() -> imports.commit(plan, Map.of(), (d, t) -> { }), "undecided", "国家电网公司");
        refused(() -> imports.rollback("imp-19990101-000000-0000"), "unknownBatch", "imp-19990101-000000-0000");
    }

    @Test
    void aTabSeparatedCsvWithABomIsReadNotRefused() {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] text = "排名\t企业名称\t营业收入（万元）\n1\t国家电网有限公司\t394592833\n".getBytes(StandardCharsets.UTF_8);
        byte[] file = new byte[bom.length + text.length];
        System.arraycopy(bom, 0, file, 0, bom.length);
        System.arraycopy(text, 0, file, bom.length, text.length);
        GraphCounts before = GraphCounts.of(driver);
        ImportResult result = imports.importFiles(List.of(new SourceFile("tab.csv", file)), "CHINA_TOP_500", 2025, false,
                (d, t) -> { });
        assertThat(result.unchanged()).isEqualTo(1); // seeded already: read right, nothing to write
        assertThat(GraphCounts.of(driver)).isEqualTo(before);
    }

    private static final String TOP_HEADER = "排名,企业名称,营业收入（万元）\n";

    @Test
    void twoNewRowsWithOneNameAreRefusedNamingBothRowsNotCreatedTwice() {
        // synthetic names; equal once normalised ("(集团)" and the legal form dropped)
        refused(() -> importCsv("twice.csv", TOP_HEADER + "1,合成测试企业甲有限公司,100\n2,合成测试企业乙,90\n3,合成测试企业甲,80\n",
                "CHINA_TOP_500", 2024), "duplicateNew", "twice.csv 第 4 行“合成测试企业甲”", "twice.csv 第 2 行“合成测试企业甲有限公司”");
        refused(() -> imports.importFiles(List.of(ImportFiles.text("page1.csv", TOP_HEADER + "1,合成测试企业丙,100\n"),
                ImportFiles.text("page2.csv", TOP_HEADER + "2,合成测试企业丙（集团）有限公司,90\n")), "CHINA_TOP_500", 2024, true,
                (d, t) -> { }), "duplicateNew", "page2.csv 第 2 行", "page1.csv 第 2 行");
    }

    @Test
    void twoRowsOnOneExistingCompanyAreRefused() {
        // 国网 is an alias of 国家电网有限公司 in the seed: both rows are certain matches of one company
        refused(() -> importCsv("dupco.csv", TOP_HEADER + "1,国家电网有限公司,100\n2,国网,90\n", "CHINA_TOP_500", 2024),
                "duplicateCompany", "dupco.csv", "第 3 行“国网”", "第 2 行“国家电网有限公司”", "同一家企业");
    }

    @Test
    void aListWithARankButNoNameColumnAndOneWithANameButNoRankAreRefusedNamingTheMissingColumn() {
        refused(() -> importCsv("noname.csv", "排名,所属省份,营业收入（万元）\n1,北京市,394592833\n", "CHINA_TOP_500", 2024),
                "noNameColumn", "noname.csv", "没有企业名称列", "排名 | 所属省份 | 营业收入（万元）");
        refused(() -> imports.importFiles(List.of(ImportFiles.text("norank.html", "<html><body><table><tr><th>企业名称</th>"
                + "<th>营业收入（万元）</th></tr><tr><td>国家电网有限公司</td><td>394592833</td></tr></table></body></html>")),
                "CHINA_TOP_500", 2024, true, (d, t) -> { }), "noRankColumn", "norank.html", "没有排名列", "企业名称 | 营业收入（万元）");
    }

    @Test
    void aSecondPageWithOtherColumnsIsRefusedNamingBothFilesAndTheHeader() {
        refused(() -> imports.importFiles(List.of(ImportFiles.text("part1.csv", TOP_HEADER + "1,合成测试企业甲,100\n"),
                ImportFiles.text("part2.csv", "名次,公司名称,所属省份\n2,合成测试企业乙,北京市\n")), "CHINA_TOP_500", 2024, true,
                (d, t) -> { }), "otherShape", "part2.csv", "part1.csv", "排名 | 企业名称 | 营业收入（万元）");
    }

    @Test
    void moreRowsThanTheLimitAreRefusedNamingTheFileAndRow() {
        int limit = imports.properties().maxRows();
        StringBuilder csv = new StringBuilder(TOP_HEADER);
        for (int i = 1; i <= limit + 1; i++) {
            csv.append(i).append(",合成测试企业").append(i).append(",100\n"); // synthetic
        }
        refused(() -> importCsv("long.csv", csv.toString(), "CHINA_TOP_500", 2024), "tooManyRows", "long.csv",
                "第 " + (limit + 2) + " 行", "上限 " + limit, "chainscout.import.max-rows");
    }

    @Test
    void aCsvWhoseDelimiterCannotBeFoundIsRefusedShowingItsHeaderLine() {
        refused(() -> importCsv("spaces.csv", "排名 企业名称 营业收入（万元）\n1 国家电网有限公司 394592833\n", "CHINA_TOP_500", 2024),
                "csvDelimiter", "spaces.csv", "“排名 企业名称 营业收入（万元）”", "分隔符");
    }

    @Test
    void anUnknownRevenueUnitAndADollarCellInAYuanListAreRefused() {
        refused(() -> importCsv("euro.csv", "排名,企业名称,营业收入（百万欧元）\n1,合成测试企业甲,100\n", "CHINA_TOP_500", 2024),
                "unknownUnit", "euro.csv", "营业收入（百万欧元）", "无法识别");
        refused(() -> importCsv("usd-cell.csv", TOP_HEADER + "1,合成测试企业甲,100\n2,合成测试企业乙,US$ 12.5m\n", "CHINA_TOP_500", 2024),
                "cellUnit", "usd-cell.csv", "第 3 行", "“营业收入（万元）”列", "US$ 12.5m", "没有汇率");
    }
}
