package cn.chainscout.importer;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Files the tests build themselves: sheets, and broken inputs of every kind. */
final class ImportFiles {

    // 中国企业500强 2025 ranks 1–3 (CEC), as in graph-seed/ranked/china-top-500.csv
    private static final Object[][] TOP = {
            {1, "国家电网有限公司", 394592833}, {2, "中国石油天然气集团有限公司", 296904813}, {3, "中国石油化工集团有限公司", 293195627}};

    /** A sheet "2025" with a merged title row; with {@code mergedHeader} the revenue heading spans two columns. */
    static SourceFile xlsx(String name, boolean mergedHeader) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("2025");
            sheet.createRow(0).createCell(0).setCellValue("2025中国企业500强");
            sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, 3));
            Row header = sheet.createRow(1);
            header.createCell(0).setCellValue("排名");
            header.createCell(1).setCellValue("企业名称");
            header.createCell(2).setCellValue("营业收入（万元）");
            if (mergedHeader) {
                sheet.addMergedRegion(new CellRangeAddress(1, 1, 2, 3));
            }
            for (int i = 0; i < TOP.length; i++) {
                Row row = sheet.createRow(i + 2);
                row.createCell(0).setCellValue((Integer) TOP[i][0]);
                row.createCell(1).setCellValue((String) TOP[i][1]);
                row.createCell(2).setCellValue((Integer) TOP[i][2]);
            }
            workbook.write(out);
            return new SourceFile(name, out.toByteArray());
        }
    }

    static SourceFile text(String name, String text) {
        return new SourceFile(name, text.getBytes(StandardCharsets.UTF_8));
    }

    private ImportFiles() {
    }
}
