package cn.chainscout.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Real-shaped pages and sheets read into rows, without a database. */
class TableReaderTest {

    static SourceFile resource(String name) {
        try (InputStream in = TableReaderTest.class.getResourceAsStream("/importer/" + name)) {
            return new SourceFile(name, in.readAllBytes());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private final TableReader reader = new TableReader(20L * 1024 * 1024);

    @Test
    void theListTableIsFoundInAPageWithNavigationAdsAndASecondTable() {
        List<SourceTable> tables = reader.read(resource("private-500-2026-page1.html"));
        // the side table (热门榜单) is found too, but only the list looks like a ranking
        assertThat(tables).hasSize(2);
        SourceTable list = tables.stream().filter(SourceTable::looksLikeRanking).findFirst().orElseThrow();
        assertThat(list.header()).containsExactly("排名", "企业名称", "所属省份", "营业收入（万元）");
        // the title row above the header and the advert row inside the table are left out
        assertThat(list.rows()).hasSize(10);
        assertThat(list.rows().getFirst().cells()).containsExactly("1", "京东集团", "北京市", "130,908,500");
        assertThat(list.rows().get(5).cells().get(1)).isEqualTo("腾讯控股有限公司");

        ColumnMapping mapping = ColumnMapping.propose(list.header(), RevenueUnit.CNY_10K);
        assertThat(mapping).isEqualTo(new ColumnMapping(0, 1, -1, 3, RevenueUnit.CNY_10K, 2, -1));
        List<ImportRow> rows = RowReader.read(List.of(list), mapping, RevenueUnit.CNY_10K, 1000);
        assertThat(rows.getFirst()).isEqualTo(new ImportRow("private-500-2026-page1.html", 3, 1, false, "京东集团", null,
                130908500.0, "北京市", null));
    }

    @Test
    void aGbkPageDeclaredAsGb2312IsReadWithItsChineseAndDollarRevenue() {
        SourceFile page = resource("fortune-global-500-2025-gbk.html");
        assertThat(TextDecoder.decode(page.bytes(), true).charset().name()).isEqualTo("GB18030");
        List<SourceTable> tables = reader.read(page);
        SourceTable list = tables.stream().filter(SourceTable::looksLikeRanking).findFirst().orElseThrow();
        assertThat(list.header()).containsExactly("排名", "公司名称（中文）", "营业收入（百万美元）", "国家", "行业");
        ColumnMapping mapping = ColumnMapping.propose(list.header(), RevenueUnit.USD_M);
        assertThat(mapping.revenueUnit()).isEqualTo(RevenueUnit.USD_M);
        assertThat(mapping.industry()).isEqualTo(4);
        List<ImportRow> rows = RowReader.read(List.of(list), mapping, RevenueUnit.USD_M, 1000);
        assertThat(rows).extracting(ImportRow::name).containsExactly("沃尔玛", "亚马逊", "国家电网公司", "沙特阿美",
                "中国石油天然气集团公司", "中国石油化工集团公司", "比亚迪股份有限公司", "REWE集团", "奇瑞控股集团有限公司");
        assertThat(rows.getFirst().revenue()).isEqualTo(680985.0);
        assertThat(rows.get(2).revenue()).isNull();
        assertThat(rows.get(7).rank()).isEqualTo(112);
        assertThat(rows.get(7).region()).isEqualTo("德国");
    }

    @Test
    void markedTiesAreAcceptedAndConvertedFromYiToTheListsUnit() {
        SourceTable table = reader.read(resource("ties.html")).getFirst();
        ColumnMapping mapping = ColumnMapping.propose(table.header(), RevenueUnit.CNY_10K);
        assertThat(mapping.revenueUnit()).isEqualTo(RevenueUnit.CNY_100M);
        List<ImportRow> rows = RowReader.read(List.of(table), mapping, RevenueUnit.CNY_10K, 1000);
        assertThat(rows).extracting(ImportRow::rank).containsExactly(1L, 2L, 2L, 4L, 4L, 6L);
        assertThat(rows).extracting(ImportRow::tied).containsExactly(false, false, true, true, true, false);
        assertThat(rows.getFirst().revenue()).isEqualTo(394592800.0); // 39,459.28 亿元 = 394,592,800 万元
    }

    @Test
    void aListSplitOverTwoSavedPagesIsOneListInPageOrder() {
        List<SourceTable> first = reader.read(resource("private-500-2026-page1.html"));
        List<SourceTable> second = reader.read(resource("private-500-2026-page2.html"));
        SourceTable a = first.stream().filter(SourceTable::looksLikeRanking).findFirst().orElseThrow();
        SourceTable b = second.stream().filter(SourceTable::looksLikeRanking).findFirst().orElseThrow();
        assertThat(a.sameShape(b)).isTrue();
        List<ImportRow> rows = RowReader.read(List.of(a, b), ColumnMapping.propose(a.header(), RevenueUnit.CNY_10K),
                RevenueUnit.CNY_10K, 1000);
        assertThat(rows).hasSize(20);
        assertThat(rows.get(19)).extracting(ImportRow::rank, ImportRow::name, ImportRow::file)
                .containsExactly(20L, "立讯精密工业股份有限公司", "private-500-2026-page2.html");
    }

    @Test
    void csvWithASemicolonAndABomAndCsvInGbkWithCommasAreBothRead() {
        SourceTable semicolon = reader.read(resource("china-top-500-2025-semicolon-bom.csv")).getFirst();
        assertThat(semicolon.header()).containsExactly("排名", "企业名称", "营业收入（万元）");
        assertThat(semicolon.rows()).hasSize(12);
        assertThat(semicolon.rows().getFirst().cells()).containsExactly("1", "国家电网有限公司", "394592833");
        assertThat(semicolon.rows().getFirst().line()).isEqualTo(2);

        SourceTable gbk = reader.read(resource("china-top-500-2025-gbk.csv")).getFirst();
        assertThat(gbk.header()).containsExactly("名次", "企业名称", "营业收入(万元)");
        List<ImportRow> rows = RowReader.read(List.of(gbk), ColumnMapping.propose(gbk.header(), RevenueUnit.CNY_10K),
                RevenueUnit.CNY_10K, 1000);
        assertThat(rows.get(10)).extracting(ImportRow::name, ImportRow::revenue)
                .containsExactly("中国人寿保险（集团）公司", 115321700.0);
    }

    @Test
    void anXlsxSheetWithATitleRowAboveTheHeaderIsRead() throws IOException {
        SourceFile sheet = ImportFiles.xlsx("list.xlsx", false);
        SourceTable table = reader.read(sheet).getFirst();
        assertThat(table.label()).isEqualTo("2025");
        assertThat(table.header()).containsExactly("排名", "企业名称", "营业收入（万元）");
        assertThat(table.rows().getFirst().line()).isEqualTo(3);
        assertThat(table.rows().getFirst().cells()).containsExactly("1", "国家电网有限公司", "394592833");
    }

    private static SourceTable table(String file, String revenueHeader, String... revenues) {
        List<SourceTable.Row> rows = new java.util.ArrayList<>();
        for (int i = 0; i < revenues.length; i++) {
            rows.add(new SourceTable.Row(i + 2, List.of(String.valueOf(i + 1), "合成测试企业" + (i + 1), revenues[i])));
        }
        return new SourceTable(file, 0, "CSV", List.of("排名", "企业名称", revenueHeader), rows, 8);
    }

    private static List<Double> revenues(SourceTable table, RevenueUnit listUnit) {
        ColumnMapping mapping = ColumnMapping.propose(table.header(), listUnit);
        return RowReader.read(List.of(table), mapping, listUnit, 1000).stream().map(ImportRow::revenue).toList();
    }

    @Test
    void revenueHeadersInYuanThousandsMillionsAndDollarUnitsAreRecognisedAndConverted() {
        assertThat(java.util.stream.Stream.of("营业收入（元）", "营业收入(千元)", "营业收入（万元）", "营业收入（百万元）", "营业收入（亿元）",
                "营业收入（百万美元）", "营业收入（亿美元）", "Revenues (US$ millions)", "Revenues ($M)", "Revenue (RMB million)")
                .map(RevenueUnit::named)).containsExactly(RevenueUnit.CNY, RevenueUnit.CNY_1K, RevenueUnit.CNY_10K,
                        RevenueUnit.CNY_1M, RevenueUnit.CNY_100M, RevenueUnit.USD_M, RevenueUnit.USD_100M, RevenueUnit.USD_M,
                        RevenueUnit.USD_M, RevenueUnit.CNY_1M);
        // into a list stored in 万元
        assertThat(revenues(table("a.csv", "营业收入（元）", "1,234,500"), RevenueUnit.CNY_10K)).containsExactly(123.45);
        assertThat(revenues(table("a.csv", "营业收入（千元）", "1234567"), RevenueUnit.CNY_10K)).containsExactly(123456.7);
        assertThat(revenues(table("a.csv", "营业收入（百万元）", "12.5"), RevenueUnit.CNY_10K)).containsExactly(1250.0);
        // into a list stored in US$ m; a bare "$" in a cell keeps the column's scale
        assertThat(revenues(table("a.csv", "营业收入（亿美元）", "6809.85"), RevenueUnit.USD_M)).containsExactly(680985.0);
        assertThat(revenues(table("a.csv", "Revenues (US$ millions)", "$680,985"), RevenueUnit.USD_M)).containsExactly(680985.0);
    }

    @Test
    void anUnknownUnitAndADollarCellInAYuanColumnAreRefusedNamingRowAndColumn() {
        assertThatThrownBy(() -> revenues(table("euro.csv", "营业收入（万欧元）", "100"), RevenueUnit.CNY_10K))
                .isInstanceOfSatisfying(ImportException.class, e -> {
                    assertThat(e.key()).isEqualTo("unknownUnit");
                    assertThat(e.getMessage()).contains("euro.csv", "营业收入（万欧元）", "无法识别", "百万美元");
                });
        assertThatThrownBy(() -> revenues(table("mixed.csv", "营业收入（万元）", "394592833", "US$ 12,300"), RevenueUnit.CNY_10K))
                .isInstanceOfSatisfying(ImportException.class, e -> {
                    assertThat(e.key()).isEqualTo("cellUnit");
                    assertThat(e.getMessage()).contains("mixed.csv", "第 3 行", "“营业收入（万元）”列", "US$ 12,300", "没有汇率");
                });
        assertThatThrownBy(() -> revenues(table("mixed.csv", "营业收入（万元）", "12亿美元"), RevenueUnit.CNY_10K))
                .isInstanceOfSatisfying(ImportException.class, e -> assertThat(e.getMessage()).contains("第 2 行", "亿美元"));
        assertThatThrownBy(() -> revenues(table("mixed.csv", "营业收入（万元）", "12亿日元"), RevenueUnit.CNY_10K))
                .isInstanceOfSatisfying(ImportException.class, e -> {
                    assertThat(e.key()).isEqualTo("cellUnknownUnit");
                    assertThat(e.getMessage()).contains("mixed.csv", "第 2 行", "12亿日元");
                });
    }
}
