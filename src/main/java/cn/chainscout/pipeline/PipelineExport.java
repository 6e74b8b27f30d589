package cn.chainscout.pipeline;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

import cn.chainscout.project.Project;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The pipeline list for the monthly scheduling meeting (月调度), ready to print: a title with the
 * district, the date and the units, a bold frozen header, borders, wrapped text, set widths, 逾期 in red,
 * and for signed leads the project's investment, land and signing date.
 */
final class PipelineExport {

    /** Column name and width in characters. */
    private record Column(String name, int width) {
    }

    static final List<Column> COLUMNS = List.of(new Column("序号", 5), new Column("目标企业", 22), new Column("产业链", 10),
            new Column("填补环节", 14), new Column("阶段", 8), new Column("责任单位", 16), new Column("负责人", 8),
            new Column("下一步", 24), new Column("下一步日期", 11), new Column("是否逾期", 8),
            new Column("投资额（亿元）", 10), new Column("用地（亩）", 9), new Column("签约日期", 11),
            new Column("线索类型", 10), new Column("关联本地企业", 16), new Column("推荐理由", 36), new Column("备注", 24),
            new Column("放弃原因", 16), new Column("最近更新", 16), new Column("更新人", 10));

    /** The first data row (0-based): title, subtitle, header come before it. */
    static final int FIRST_ROW = 3;

    private static final DateTimeFormatter UPDATED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    static byte[] xlsx(List<LeadCard> leads, Map<String, Project> projectsByLead, String district, LocalDate today) {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet("项目推进");
            Styles s = new Styles(book);
            int last = COLUMNS.size() - 1;

            cell(sheet.createRow(0), 0, district + "招商项目推进月调度表", s.title);
            sheet.getRow(0).setHeightInPoints(26);
            sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, last));
            long overdue = leads.stream().filter(LeadCard::overdue).count();
            cell(sheet.createRow(1), 0, "截至 " + today + "　共 " + leads.size() + " 条，逾期 " + overdue
                    + " 条　投资额单位：亿元；用地单位：亩", s.subtitle);
            sheet.addMergedRegion(new CellRangeAddress(1, 1, 0, last));

            Row header = sheet.createRow(2);
            header.setHeightInPoints(30);
            for (int c = 0; c < COLUMNS.size(); c++) {
                cell(header, c, COLUMNS.get(c).name(), s.header);
                sheet.setColumnWidth(c, COLUMNS.get(c).width() * 256 + 200);
            }
            for (int i = 0; i < leads.size(); i++) {
                LeadCard l = leads.get(i);
                Project p = projectsByLead.get(l.id());
                Row row = sheet.createRow(FIRST_ROW + i);
                List<Object> values = java.util.Arrays.asList(i + 1, l.companyName(), l.chainName(), l.segmentName(),
                        l.stage().zh(), l.unit(), l.owner(), l.nextStep(),
                        l.nextStepDate() == null ? null : l.nextStepDate().toString(), l.overdue() ? "逾期" : null,
                        p == null ? null : p.investmentYi(), p == null ? null : p.landMu(),
                        p == null ? null : p.signedOn().toString(), l.kind().zh(), l.viaName(), l.reason(), l.notes(),
                        l.dropReason(), l.updatedAt() == null ? null
                                : l.updatedAt().withZoneSameInstant(PipelineService.ZONE).format(UPDATED), l.updatedBy());
                for (int c = 0; c < values.size(); c++) {
                    Object v = values.get(c);
                    CellStyle style = c == 9 && v != null ? s.overdue : v instanceof Number ? s.number : s.text;
                    cell(row, c, v, style);
                }
            }
            sheet.createFreezePane(2, FIRST_ROW);
            sheet.setRepeatingRows(new CellRangeAddress(2, 2, 0, last));
            sheet.getPrintSetup().setLandscape(true);
            sheet.setFitToPage(true);
            sheet.getPrintSetup().setFitWidth((short) 1);
            sheet.getPrintSetup().setFitHeight((short) 0);
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void cell(Row row, int column, Object value, CellStyle style) {
        Cell cell = row.createCell(column);
        if (value instanceof Number n) {
            cell.setCellValue(n.doubleValue());
        } else {
            cell.setCellValue(value == null ? "" : value.toString());
        }
        cell.setCellStyle(style);
    }

    /** The workbook's few styles, made once (a style per cell would bloat the file). */
    private static final class Styles {
        final CellStyle title;
        final CellStyle subtitle;
        final CellStyle header;
        final CellStyle text;
        final CellStyle number;
        final CellStyle overdue;

        Styles(XSSFWorkbook book) {
            title = book.createCellStyle();
            title.setFont(font(book, 16, true, IndexedColors.BLACK));
            title.setAlignment(HorizontalAlignment.CENTER);
            title.setVerticalAlignment(VerticalAlignment.CENTER);
            subtitle = book.createCellStyle();
            subtitle.setFont(font(book, 10, false, IndexedColors.GREY_80_PERCENT));
            header = bordered(book);
            header.setFont(font(book, 11, true, IndexedColors.BLACK));
            header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            header.setAlignment(HorizontalAlignment.CENTER);
            text = bordered(book);
            number = bordered(book);
            number.setDataFormat(book.createDataFormat().getFormat("#,##0.00"));
            number.setAlignment(HorizontalAlignment.RIGHT);
            overdue = bordered(book);
            overdue.setFont(font(book, 11, true, IndexedColors.RED));
        }

        private static CellStyle bordered(XSSFWorkbook book) {
            CellStyle style = book.createCellStyle();
            style.setBorderTop(BorderStyle.THIN);
            style.setBorderBottom(BorderStyle.THIN);
            style.setBorderLeft(BorderStyle.THIN);
            style.setBorderRight(BorderStyle.THIN);
            style.setWrapText(true);
            style.setVerticalAlignment(VerticalAlignment.TOP);
            return style;
        }

        private static Font font(XSSFWorkbook book, int points, boolean bold, IndexedColors colour) {
            Font font = book.createFont();
            font.setFontHeightInPoints((short) points);
            font.setBold(bold);
            font.setColor(colour.getIndex());
            return font;
        }
    }

    private PipelineExport() {
    }
}
