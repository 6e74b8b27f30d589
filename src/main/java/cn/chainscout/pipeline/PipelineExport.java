package cn.chainscout.pipeline;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import cn.chainscout.common.i18n.Messages;
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

    /** Column (message key pipeline.excel.col.*) and width in characters. */
    private record Column(String key, int width) {
    }

    static final List<Column> COLUMNS = List.of(new Column("no", 5),
            new Column("company", 22),
            new Column("chain", 10),
            new Column("segment", 14),
            new Column("stage", 8),
            new Column("unit", 16),
            new Column("owner", 8),
            new Column("nextStep", 24),
            new Column("nextStepDate", 11),
            new Column("overdue", 8),
            new Column("investment", 10),
            new Column("land", 9),
            new Column("signedOn", 11),
            new Column("kind", 10),
            new Column("via", 16),
            new Column("reason", 36),
            new Column("notes", 24),
            new Column("dropReason", 16),
            new Column("updated", 16),
            new Column("updatedBy", 10));

    /** The first data row (0-based): title, subtitle, header come before it. */
    static final int FIRST_ROW = 3;

    private static final DateTimeFormatter UPDATED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    /**
     * The sheet in the language of the page it was asked from: headers, title, stages and lead types
     * translated, names in English where the graph has them; what users typed stays as typed.
     */
    static byte[] xlsx(List<LeadCard> leads, Map<String, Project> projectsByLead, String district, LocalDate today,
                       Messages messages, Locale locale) {
        java.util.function.BiFunction<String, Object[], String> t = (key, args) -> messages.get(key, locale, args);
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet(t.apply("pipeline.excel.sheet", new Object[0]));
            Styles s = new Styles(book);
            int last = COLUMNS.size() - 1;

            cell(sheet.createRow(0), 0, t.apply("pipeline.excel.title", new Object[] {district}), s.title);
            sheet.getRow(0).setHeightInPoints(26);
            sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, last));
            long overdue = leads.stream().filter(LeadCard::overdue).count();
            cell(sheet.createRow(1), 0, t.apply("pipeline.excel.subtitle", new Object[] {today.toString(), leads.size(), overdue}),
                    s.subtitle);
            sheet.addMergedRegion(new CellRangeAddress(1, 1, 0, last));

            Row header = sheet.createRow(2);
            header.setHeightInPoints(30);
            for (int c = 0; c < COLUMNS.size(); c++) {
                cell(header, c, t.apply("pipeline.excel.col." + COLUMNS.get(c).key(), new Object[0]), s.header);
                sheet.setColumnWidth(c, COLUMNS.get(c).width() * 256 + 200);
            }
            for (int i = 0; i < leads.size(); i++) {
                LeadCard l = leads.get(i);
                Project p = projectsByLead.get(l.id());
                Row row = sheet.createRow(FIRST_ROW + i);
                List<Object> values = java.util.Arrays.asList(i + 1, Messages.name(locale, l.companyName(), l.companyNameEn()),
                        Messages.name(locale, l.chainName(), l.chainNameEn()),
                        Messages.name(locale, l.segmentName(), l.segmentNameEn()),
                        t.apply("pipeline.stage." + l.stage().name(), new Object[0]), l.unit(), l.owner(), l.nextStep(),
                        l.nextStepDate() == null ? null : l.nextStepDate().toString(),
                        l.overdue() ? t.apply("pipeline.excel.overdue", new Object[0]) : null,
                        p == null ? null : p.investmentYi(), p == null ? null : p.landMu(),
                        p == null ? null : p.signedOn().toString(), t.apply("pipeline.kind." + l.kind().name(), new Object[0]),
                        Messages.name(locale, l.viaName(), l.viaNameEn()), l.reason(), l.notes(),
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
