package cn.chainscout.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;

import cn.chainscout.ChainScoutTest;
import cn.chainscout.GraphCounts;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * Files under the size limit that would cost minutes of CPU or gigabytes of memory (span bombs, tables of
 * 100 000 columns), and rows the importer must refuse rather than store (negative or endless revenue,
 * names too long or invisible, control characters, a rank another company holds): each refused with a
 * message naming the limit or the cell, and the graph unchanged.
 */
@ChainScoutTest
@WithMockUser(username = "test-importer", roles = "ADMIN")
class ImportBoundsTest {

    private static final String HEADER = "排名,企业名称,营业收入（万元）\n";

    @Autowired
    ImportService imports;
    @Autowired
    Driver driver;
    @Autowired
    ImportQueries queries;
    @Autowired
    cn.chainscout.common.user.CurrentUser currentUser;
    @Autowired
    cn.chainscout.audit.AuditTrail audit;
    @Autowired
    org.springframework.transaction.PlatformTransactionManager transactionManager;
    @Autowired
    java.time.Clock clock;

    private void refused(ThrowingCallable importing, String key, String... inMessage) {
        GraphCounts before = GraphCounts.of(driver);
        assertThatThrownBy(importing).isInstanceOfSatisfying(ImportException.class, e -> {
            assertThat(e.key()).isEqualTo(key);
            assertThat(e.getMessage()).contains(inMessage);
        });
        assertThat(GraphCounts.of(driver)).isEqualTo(before);
    }

    /** Refused as {@link #refused}, within a second, and with the heap no larger afterwards. */
    private void refusedAtOnce(SourceFile file, String key, String... inMessage) {
        GraphCounts before = GraphCounts.of(driver);
        imports.analyse(List.of(ImportFiles.text("warm.csv", HEADER + "1,合成测试企业甲,100\n"))); // the code path loaded once
        long heapBefore = usedHeap();
        long started = System.nanoTime();
        Throwable refusal = org.assertj.core.api.Assertions.catchThrowable(() -> imports.analyse(List.of(file)));
        long millis = (System.nanoTime() - started) / 1_000_000;
        assertThat(refusal).isInstanceOfSatisfying(ImportException.class, e -> {
            assertThat(e.key()).isEqualTo(key);
            assertThat(e.getMessage()).contains(inMessage);
        });
        assertThat(millis).as(file.name() + " refused in ms").isLessThan(1000);
        assertThat(usedHeap() - heapBefore).as(file.name() + " heap growth").isLessThan(64L * 1024 * 1024);
        assertThat(GraphCounts.of(driver)).isEqualTo(before);
    }

    /** Reads and checks the file for a list-year, as the import page's preview does; writes nothing. */
    private ImportPlan plan(SourceFile file, int year) {
        Analysis analysis = imports.analyse(List.of(file));
        return imports.plan(analysis, analysis.chosen(), analysis.mapping(), "CHINA_TOP_500", year);
    }

    private static byte[] replaceInZip(byte[] zip, String from, String to) {
        try (var in = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(zip));
             ByteArrayOutputStream bytes = new ByteArrayOutputStream();
             var out = new java.util.zip.ZipOutputStream(bytes)) {
            for (var entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                byte[] content = in.readAllBytes();
                if (entry.getName().endsWith(".xml")) {
                    content = new String(content, java.nio.charset.StandardCharsets.UTF_8).replace(from, to)
                            .getBytes(java.nio.charset.StandardCharsets.UTF_8);
                }
                out.putNextEntry(new java.util.zip.ZipEntry(entry.getName()));
                out.write(content);
                out.closeEntry();
            }
            out.finish();
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static long usedHeap() {
        System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private ImportResult importCsv(String name, String text, int year) {
        return imports.importFiles(List.of(ImportFiles.text(name, text)), "CHINA_TOP_500", year, true, (d, t) -> { });
    }

    @Test
    void aSpanBombPageOfNineteenMegabytesIsRefusedWithinASecond() {
        // the probe's page: 11 410 rows of 50 cells, each spanning 100 columns and 100 rows
        StringBuilder page = new StringBuilder(20_500_000).append("<html><body><table>\n");
        String cell = "<td colspan=100 rowspan=100>x</td>";
        for (int r = 0; r < 11_410; r++) {
            page.append("<tr>").append(cell.repeat(50)).append("</tr>\n");
        }
        page.append("</table></body></html>");
        SourceFile file = ImportFiles.text("colspan-amp.html", page.toString());
        assertThat(file.bytes().length).isBetween(19_000_000, 20 * 1024 * 1024);
        refusedAtOnce(file, "tooManyCells", "colspan-amp.html", "250000", "chainscout.import.max-cells");
    }

    @Test
    void aCsvOfOneHundredThousandColumnsIsRefusedWithinASecond() {
        StringBuilder csv = new StringBuilder("排名,企业名称");
        for (int c = 2; c < 100_000; c++) {
            csv.append(",c").append(c);
        }
        csv.append("\n1,合成测试企业甲\n");
        refusedAtOnce(ImportFiles.text("wide.csv", csv.toString()), "tooManyColumns", "wide.csv", "200",
                "chainscout.import.max-columns");
    }

    @Test
    void tablesWiderOrLargerThanTheBoundsAreRefusedNamingTheLimit() throws IOException {
        String spans = "<table><tr><th>排名</th><th>企业名称</th>" + "<td colspan=100>x</td>".repeat(3) + "</tr>"
                + "<tr><td>1</td><td>合成测试企业甲</td></tr></table>";
        refusedAtOnce(ImportFiles.text("spans.html", spans), "tooManyColumns", "spans.html", "#1", "200");
        refusedAtOnce(ImportFiles.text("cells.html", "<table>" + "<TH>x</TH>".repeat(250_001) + "</table>"),
                "tooManyCells", "cells.html");
        StringBuilder wide = new StringBuilder("排名,企业名称");
        for (int c = 2; c <= 200; c++) {
            wide.append(",列").append(c);
        }
        refusedAtOnce(ImportFiles.text("201.csv", wide + "\n1,合成测试企业甲\n"), "tooManyColumns", "201.csv", "CSV");
        StringBuilder dataWide = new StringBuilder(HEADER).append("1,合成测试企业甲,100").append(",x".repeat(300)).append('\n');
        refusedAtOnce(ImportFiles.text("row.csv", dataWide.toString()), "tooManyColumns", "row.csv");
        StringBuilder many = new StringBuilder();
        String row = "1" + ",x".repeat(149) + "\n";
        for (int r = 0; r < 1_700; r++) {
            many.append(row);
        }
        refusedAtOnce(ImportFiles.text("cells.csv", HEADER + many), "tooManyCells", "cells.csv", "250000");
        SourceFile wideSheet = sheet("wide.xlsx", wb -> {
            Row header = wb.getSheetAt(0).getRow(0);
            for (int c = 3; c < 260; c++) {
                header.createCell(c).setCellValue("列" + c);
            }
        });
        refused(() -> imports.analyse(List.of(wideSheet)), "tooManyColumns", "wide.xlsx", "2025");
        StringBuilder rowspans = new StringBuilder("<table><tr><th>排名</th><th>企业名称</th></tr>");
        for (int r = 0; r < 2_000; r++) {
            rowspans.append("<tr><td rowspan=100>1</td>").append("<td colspan=100 rowspan=100>x</td>".repeat(2)).append("</tr>");
        }
        refusedAtOnce(ImportFiles.text("rowspans.html", rowspans + "</table>"), "tooManyColumns", "rowspans.html");
    }

    @Test
    void anImportOverItsTimeBudgetStopsWithAMessageNamingTheSetting() {
        ImportProperties defaults = imports.properties();
        ImportService hurried = new ImportService(queries, new ImportProperties(defaults.maxFileSize(), defaults.maxRows(),
                defaults.firstYear(), defaults.chunkRows(), defaults.maxColumns(), defaults.maxCells(), Duration.ZERO,
                defaults.maxNameLength(), defaults.matchCandidates()), currentUser, audit, transactionManager, clock);
        refused(() -> hurried.analyse(List.of(ImportFiles.text("slow.csv", HEADER + "1,合成测试企业甲,100\n"))),
                "timeBudget", "slow.csv", "chainscout.import.time-budget");
        refused(() -> hurried.analyse(List.of(ImportFiles.text("slow.html",
                "<table><tr><th>排名</th><th>企业名称</th></tr><tr><td>1</td><td>合成测试企业甲</td></tr></table>"))),
                "timeBudget", "slow.html");
    }

    @Test
    void negativeAndEndlessRevenuesAreRefusedNamingTheCell() {
        refused(() -> importCsv("neg.csv", HEADER + "1,合成测试企业甲,-100\n", 2019), "negativeRevenue", "neg.csv",
                "营业收入（万元）", "-100", "负数");
        refused(() -> importCsv("neg-unit.csv", HEADER + "1,合成测试企业甲,-5亿元\n", 2019), "negativeRevenue", "-5亿元");
        refused(() -> importCsv("neg-grouped.csv", HEADER + "1,合成测试企业甲,\"-1,000\"\n", 2019), "negativeRevenue", "neg-grouped.csv");
        refused(() -> importCsv("huge.csv", HEADER + "1,合成测试企业甲,1" + "0".repeat(400) + "\n", 2019), "revenueTooLarge",
                "huge.csv", "太大");
        refused(() -> importCsv("huge-unit.csv", HEADER + "1,合成测试企业甲,9" + "9".repeat(320) + "亿元\n", 2019),
                "revenueTooLarge", "huge-unit.csv");
    }

    @Test
    void namesTooLongOrInvisibleAreRefused() {
        refused(() -> importCsv("long.csv", HEADER + "1," + "长".repeat(100_000) + ",100\n", 2019), "nameTooLong",
                "long.csv", "100000", "200", "chainscout.import.max-name-length");
        refused(() -> importCsv("201.csv", HEADER + "1," + "企".repeat(201) + ",100\n", 2019), "nameTooLong", "201");
        refused(() -> importCsv("zw.csv", HEADER + "1,\u200B\u200C\u200D,100\n", 2019), "invisibleName", "zw.csv", "不可见");
        refused(() -> importCsv("filler.csv", HEADER + "1,\u3164\u2060\uFEFF,100\n", 2019), "invisibleName", "filler.csv");
        refused(() -> importCsv("rtl.csv", HEADER + "1,\u202E\u202C\u00AD,100\n", 2019), "invisibleName", "rtl.csv");
        refused(() -> imports.importFiles(List.of(ImportFiles.text("invisible.html",
                "<table><tr><th>排名</th><th>企业名称</th></tr><tr><td>1</td><td>&#8203;&#8288;</td></tr></table>")),
                "CHINA_TOP_500", 2019, true, (d, t) -> { }), "invisibleName", "invisible.html");
    }

    @Test
    void controlCharactersAreRefusedNamingTheCell() throws IOException {
        refused(() -> importCsv("esc.csv", HEADER + "1,合成\u001B[31m测试,100\n", 2019), "controlCharacter", "esc.csv",
                "U+001B", "企业名称");
        refused(() -> importCsv("bell.csv", "排名,企业名称,营业收入（万元）,省份\n1,合成测试企业甲,100,湖\u0007南\n", 2019),
                "controlCharacter", "U+0007", "省份");
        // POI drops a NUL it is given; Excel files carry it escaped as _x0000_, which is what a reader meets
        SourceFile marked = sheet("nul.xlsx", wb -> wb.getSheetAt(0).getRow(1).getCell(1).setCellValue("京东NULMARK集团"));
        SourceFile nul = new SourceFile("nul.xlsx", replaceInZip(marked.bytes(), "NULMARK", "_x0000_"));
        refused(() -> plan(nul, 2019), "controlCharacter", "nul.xlsx", "U+0000");
        refused(() -> importCsv("backspace-rank.csv", HEADER + "1\u0008,合成测试企业甲,100\n", 2019), "controlCharacter", "排名");
        refused(() -> plan(ImportFiles.text("ctl.html", "<table><tr><th>排名</th><th>企业名称</th></tr>"
                + "<tr><td>1</td><td>合成\u0001测试</td></tr></table>"), 2019), "controlCharacter", "ctl.html", "U+0001");
    }

    @Test
    void aRankAnotherCompanyHoldsInTheListYearIsRefusedNamingBothRowsAndTheBatch() {
        // 国家电网有限公司 is rank 1 of 中国企业500强 2025 (the seed)
        refused(() -> importCsv("clash.csv", HEADER + "1,合成测试企业丙,100\n", 2025), "rankTaken", "clash.csv",
                "第 2 行", "合成测试企业丙", "排名 1", "国家电网有限公司");
        ImportResult first = importCsv("first.csv", HEADER + "7,合成测试企业丁,100\n", 2003);
        try {
            refused(() -> importCsv("second.csv", HEADER + "7,合成测试企业戊,90\n", 2003), "rankTaken", "second.csv",
                    "合成测试企业戊", "合成测试企业丁", "first.csv", first.batchId());
            // a tie the page marks is not a clash
            Analysis tie = imports.analyse(List.of(ImportFiles.text("tie.csv", HEADER + "并列7,合成测试企业戊,90\n")));
            assertThat(imports.plan(tie, tie.chosen(), tie.mapping(), "CHINA_TOP_500", 2003).rows()).hasSize(1);
        } finally {
            imports.rollback(first.batchId());
        }
    }

    @Test
    void aFormulaCellIsReadAsTheValueExcelShowsNotItsFormula() throws IOException {
        SourceFile formulas = sheet("formulas.xlsx", wb -> {
            Sheet sheet = wb.getSheetAt(0);
            Cell revenue = sheet.getRow(1).getCell(2);
            revenue.setCellFormula("100*2");
            Cell name = sheet.getRow(1).getCell(1);
            name.setCellFormula("\"合成测试\"&\"企业己\"");
            wb.getCreationHelper().createFormulaEvaluator().evaluateAll();
        });
        GraphCounts before = GraphCounts.of(driver);
        Analysis analysis = imports.analyse(List.of(formulas));
        ImportPlan plan = imports.plan(analysis, analysis.chosen(), analysis.mapping(), "CHINA_TOP_500", 2019);
        assertThat(plan.rows().getFirst().row().name()).isEqualTo("合成测试企业己");
        assertThat(plan.rows().getFirst().row().revenue()).isEqualTo(200.0);
        assertThat(GraphCounts.of(driver)).isEqualTo(before);
    }

    /** A sheet "2025": 排名, 企业名称, 营业收入（万元）, one data row, changed by {@code edit}. */
    private static SourceFile sheet(String name, Consumer<XSSFWorkbook> edit) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("2025");
            Row header = sheet.createRow(0);
            header.createCell(0).setCellValue("排名");
            header.createCell(1).setCellValue("企业名称");
            header.createCell(2).setCellValue("营业收入（万元）");
            Row row = sheet.createRow(1);
            row.createCell(0).setCellValue(1);
            row.createCell(1).setCellValue("合成测试企业甲");
            row.createCell(2).setCellValue(100);
            edit.accept(workbook);
            workbook.write(out);
            return new SourceFile(name, out.toByteArray());
        }
    }
}
