package cn.chainscout.pipeline;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import cn.chainscout.common.export.Spreadsheet;

/** The pipeline list for the monthly scheduling meeting (月调度): one .xlsx sheet, Chinese column names. */
final class PipelineExport {

    static final List<String> COLUMNS = List.of("序号", "目标企业", "线索类型", "阶段", "产业链", "填补环节", "关联本地企业",
            "得分", "推荐理由", "责任单位", "负责人", "下一步", "下一步日期", "是否逾期", "备注", "放弃原因", "最近更新", "更新人");

    private static final DateTimeFormatter UPDATED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    static byte[] xlsx(List<LeadCard> leads) {
        List<List<Object>> rows = new ArrayList<>();
        for (int i = 0; i < leads.size(); i++) {
            LeadCard l = leads.get(i);
            rows.add(List.of(i + 1, l.companyName(), l.kind().zh(), l.stage().zh(), or(l.chainName()),
                    or(l.segmentName()), or(l.viaName()), l.score() == null ? "" : Math.round(l.score() * 10) / 10.0,
                    or(l.reason()), or(l.unit()), or(l.owner()), or(l.nextStep()),
                    l.nextStepDate() == null ? "" : l.nextStepDate().toString(), l.overdue() ? "是" : "",
                    or(l.notes()), or(l.dropReason()),
                    l.updatedAt() == null ? "" : l.updatedAt().withZoneSameInstant(PipelineService.ZONE).format(UPDATED),
                    or(l.updatedBy())));
        }
        return Spreadsheet.xlsx("项目推进", COLUMNS, rows, 4);
    }

    private static String or(String s) {
        return s == null ? "" : s;
    }

    private PipelineExport() {
    }
}
