package cn.chainscout.pipeline;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** The pipeline list for the monthly scheduling meeting (月调度): one .xlsx sheet, Chinese column names. */
final class PipelineExport {

    static final List<String> COLUMNS = List.of("序号", "目标企业", "线索类型", "阶段", "产业链", "填补环节", "关联本地企业",
            "得分", "推荐理由", "责任单位", "负责人", "下一步", "下一步日期", "是否逾期", "备注", "放弃原因", "最近更新", "更新人");

    private static final DateTimeFormatter UPDATED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    static byte[] xlsx(List<LeadCard> leads) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("项目推进");
            Row header = sheet.createRow(0);
            for (int c = 0; c < COLUMNS.size(); c++) {
                header.createCell(c).setCellValue(COLUMNS.get(c));
            }
            for (int i = 0; i < leads.size(); i++) {
                LeadCard l = leads.get(i);
                Row row = sheet.createRow(i + 1);
                List<Object> values = List.of(i + 1, l.companyName(), l.kind().zh(), l.stage().zh(), or(l.chainName()),
                        or(l.segmentName()), or(l.viaName()), l.score() == null ? "" : Math.round(l.score() * 10) / 10.0,
                        or(l.reason()), or(l.unit()), or(l.owner()), or(l.nextStep()),
                        l.nextStepDate() == null ? "" : l.nextStepDate().toString(), l.overdue() ? "是" : "",
                        or(l.notes()), or(l.dropReason()),
                        l.updatedAt() == null ? "" : l.updatedAt().withZoneSameInstant(PipelineService.ZONE).format(UPDATED),
                        or(l.updatedBy()));
                for (int c = 0; c < values.size(); c++) {
                    if (values.get(c) instanceof Number n) {
                        row.createCell(c).setCellValue(n.doubleValue());
                    } else {
                        row.createCell(c).setCellValue(String.valueOf(values.get(c)));
                    }
                }
            }
            sheet.createFreezePane(0, 1);
            for (int c = 0; c < 4; c++) {
                sheet.autoSizeColumn(c);
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String or(String s) {
        return s == null ? "" : s;
    }

    private PipelineExport() {
    }
}
