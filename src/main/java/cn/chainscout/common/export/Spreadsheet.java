package cn.chainscout.common.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** One sheet of an .xlsx file as the district's meetings use them: a frozen header row, numbers as numbers. */
public final class Spreadsheet {

    /** @param sizedColumns how many columns from the left get fitted to their text (the rest keep Excel's width) */
    public static byte[] xlsx(String sheetName, List<String> columns, List<List<Object>> rows, int sizedColumns) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet(sheetName);
            write(sheet.createRow(0), List.copyOf(columns));
            for (int i = 0; i < rows.size(); i++) {
                write(sheet.createRow(i + 1), rows.get(i));
            }
            sheet.createFreezePane(0, 1);
            for (int c = 0; c < Math.min(sizedColumns, columns.size()); c++) {
                sheet.autoSizeColumn(c);
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(Row row, List<?> values) {
        for (int c = 0; c < values.size(); c++) {
            if (values.get(c) instanceof Number n) {
                row.createCell(c).setCellValue(n.doubleValue());
            } else {
                row.createCell(c).setCellValue(values.get(c) == null ? "" : String.valueOf(values.get(c)));
            }
        }
    }

    private Spreadsheet() {
    }
}
