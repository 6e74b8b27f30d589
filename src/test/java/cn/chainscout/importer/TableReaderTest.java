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

    private static final String LIST_TABLE = "<table><tr><th>排名</th><th>企业名称</th><th>营业收入（万元）</th></tr>"
            + "<tr><td>1</td><td>京东集团</td><td>130,908,500</td></tr><tr><td>2</td><td>阿里巴巴（中国）有限公司</td><td>101,674,400</td></tr>";

    @Test
    void aValidHtml5PageWithoutClosingHtmlBodyOrRowTagsIsReadButAPageCutOffInsideTheTableIsRefused() {
        // HTML5 lets </tr>, </body> and </html> out: this page is whole
        String whole = "<!DOCTYPE html><meta charset=utf-8><title>2026民营企业500强</title><p>榜单\n"
                + LIST_TABLE.replace("</tr>", "") + "</table>\n<p>数据来源：全国工商联\n";
        SourceTable table = reader.read(ImportFiles.text("html5.html", whole)).getFirst();
        assertThat(table.rows()).extracting(r -> r.cells().get(1)).containsExactly("京东集团", "阿里巴巴（中国）有限公司");

        String cutInTable = "<!DOCTYPE html><html><body>" + LIST_TABLE + "<tr><td>3</td><td>恒力集团有限公司</td>";
        String cutInTag = "<!DOCTYPE html><html><body>" + LIST_TABLE + "</table><p>数据来源</p></bo";
        for (String cut : List.of(cutInTable, cutInTag)) {
            assertThatThrownBy(() -> reader.read(ImportFiles.text("cut.html", cut)))
                    .isInstanceOfSatisfying(ImportException.class, e -> {
                        assertThat(e.key()).isEqualTo("truncatedHtml");
                        assertThat(e.getMessage()).contains("cut.html", "不完整");
                    });
        }
    }

    @Test
    void aHeaderOverTwoRowsWithRowspanAndColspanIsOneHeaderNotADataRow() {
        String page = "<html><body><table><thead>"
                + "<tr><th rowspan=2>排名</th><th rowspan=2>企业名称</th><th colspan=2>营业收入</th><th rowspan=2>所属省份</th></tr>"
                + "<tr><th>2025年（万元）</th><th>增长率（%）</th></tr></thead><tbody>"
                + "<tr><td>1</td><td>京东集团</td><td>130,908,500</td><td>6.8</td><td>北京市</td></tr>"
                + "<tr><td>2</td><td>阿里巴巴（中国）有限公司</td><td>101,674,400</td><td>5.9</td><td>浙江省</td></tr>"
                + "</tbody></table></body></html>";
        SourceTable table = reader.read(ImportFiles.text("two-row-header.html", page)).getFirst();
        assertThat(table.header()).containsExactly("排名", "企业名称", "营业收入 2025年（万元）", "营业收入 增长率（%）", "所属省份");
        assertThat(table.rows()).hasSize(2);
        ColumnMapping mapping = ColumnMapping.propose(table.header(), RevenueUnit.CNY_10K);
        assertThat(mapping).isEqualTo(new ColumnMapping(0, 1, -1, 2, RevenueUnit.CNY_10K, 4, -1));
        assertThat(RowReader.read(List.of(table), mapping, RevenueUnit.CNY_10K, 1000)).extracting(ImportRow::name, ImportRow::revenue)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("京东集团", 130908500.0),
                        org.assertj.core.groups.Tuple.tuple("阿里巴巴（中国）有限公司", 101674400.0));
    }

    @Test
    void aUtf8PageThatStillDeclaresGb2312IsReadAsUtf8() {
        String page = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=gb2312\"></head><body>"
                + LIST_TABLE + "</table></body></html>";
        SourceFile file = ImportFiles.text("utf8-says-gb2312.html", page); // UTF-8 bytes
        assertThat(TextDecoder.decode(file.bytes(), true).charset()).isEqualTo(java.nio.charset.StandardCharsets.UTF_8);
        SourceTable table = reader.read(file).getFirst();
        assertThat(table.header()).containsExactly("排名", "企业名称", "营业收入（万元）");
        assertThat(table.rows().getFirst().cells().get(1)).isEqualTo("京东集团");
    }

    @Test
    void aSingleFileWebArchiveIsRefusedWithHowToSaveThePage() {
        String mhtml = "From: <Saved by Blink>\r\nSubject: 2026民营企业500强\r\nMIME-Version: 1.0\r\n"
                + "Content-Type: multipart/related;\r\n\ttype=\"text/html\";\r\n\tboundary=\"----MultipartBoundary--abc\"\r\n\r\n"
                + "------MultipartBoundary--abc\r\nContent-Type: text/html\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n"
                + "<html><body><table><tr><th>=E6=8E=92=E5=90=8D</th></tr></table></body></html>\r\n";
        for (String name : List.of("list.mhtml", "list.mht", "list.html")) {
            assertThatThrownBy(() -> reader.read(ImportFiles.text(name, mhtml)))
                    .isInstanceOfSatisfying(ImportException.class, e -> {
                        assertThat(e.key()).isEqualTo("mhtml");
                        assertThat(e.getMessage()).contains(name, "MHTML", "仅 HTML");
                    });
        }
    }
}
