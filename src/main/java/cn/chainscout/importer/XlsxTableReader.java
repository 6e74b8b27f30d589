package cn.chainscout.importer;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Each sheet of an .xlsx workbook as a table, cells as Excel shows them. Merged cells in the header
 * are refused: which column a merged heading belongs to is a guess we do not make.
 */
final class XlsxTableReader {

    static List<SourceTable> read(SourceFile file, TableReader bounds) {
        List<SourceTable> tables = new ArrayList<>();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(file.bytes()))) {
            DataFormatter formatter = new DataFormatter();
            // a formula cell as Excel shows it (the value saved with the file), not its formula text
            formatter.setUseCachedValuesForFormulaCells(true);
            for (int s = 0; s < workbook.getNumberOfSheets(); s++) {
                Sheet sheet = workbook.getSheetAt(s);
                List<List<String>> grid = new ArrayList<>();
                List<Integer> sheetRows = new ArrayList<>();
                long cellCount = 0;
                for (Row row : sheet) {
                    bounds.checkColumns(file.name(), sheet.getSheetName(), Math.max(row.getLastCellNum(), 0));
                    cellCount += Math.max(row.getLastCellNum(), 0);
                    bounds.checkCells(file.name(), cellCount);
                    bounds.checkTime(file.name());
                    List<String> cells = new ArrayList<>();
                    for (int c = 0; c < Math.max(row.getLastCellNum(), 0); c++) {
                        Cell cell = row.getCell(c);
                        cells.add(cell == null ? "" : formatter.formatCellValue(cell).strip());
                    }
                    if (cells.stream().anyMatch(v -> !v.isEmpty())) {
                        grid.add(cells);
                        sheetRows.add(row.getRowNum() + 1);
                    }
                }
                SourceTable table = TableShape.of(file.name(), s, sheet.getSheetName(), grid);
                if (table == null) {
                    continue;
                }
                refuseMergedHeader(file, sheet, sheetRows.get(grid.indexOf(table.header())) - 1);
                List<SourceTable.Row> rows = table.rows().stream()
                        .map(r -> new SourceTable.Row(sheetRows.get(r.line() - 1), r.cells())).toList();
                tables.add(new SourceTable(file.name(), s, sheet.getSheetName(), table.header(), rows, table.score()));
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof ImportException known) {
                throw known;
            }
            throw new ImportException("xlsxBroken", file.name());
        }
        if (tables.isEmpty()) {
            throw new ImportException("noRows", file.name());
        }
        return tables;
    }

    /** A merged title above the header is fine; a merged cell in the header row is not. */
    private static void refuseMergedHeader(SourceFile file, Sheet sheet, int headerRow) {
        for (CellRangeAddress merged : sheet.getMergedRegions()) {
            if (merged.getFirstRow() <= headerRow && merged.getLastRow() >= headerRow) {
                throw new ImportException("mergedHeader", file.name(), sheet.getSheetName(), merged.formatAsString());
            }
        }
    }

    private XlsxTableReader() {
    }
}
