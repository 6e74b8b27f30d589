package cn.chainscout.explorer;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;

import cn.chainscout.common.export.Spreadsheet;
import cn.chainscout.lead.GapFit;
import cn.chainscout.lead.Lead;
import cn.chainscout.lead.ScorePart;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** The leads a user sees, as a spreadsheet for the monthly meeting: Excel (.xlsx) or CSV, Chinese column names. */
public final class LeadExport {

    static final List<String> COLUMNS = List.of("序号", "线索类型", "企业名称", "英文名称", "得分", "填补环节", "环节状态",
            "关联本地企业", "榜单名次", "省份", "国家", "推荐理由", "得分构成");

    /** CSV with a BOM, so that Excel opens the Chinese text as UTF-8. */
    public static byte[] csv(List<Lead> leads) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (CSVPrinter printer = new CSVPrinter(new OutputStreamWriter(out, StandardCharsets.UTF_8), CSVFormat.RFC4180)) {
            out.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
            printer.printRecord(COLUMNS);
            for (int i = 0; i < leads.size(); i++) {
                printer.printRecord(row(i + 1, leads.get(i)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    public static byte[] xlsx(List<Lead> leads) {
        List<List<Object>> rows = new java.util.ArrayList<>();
        for (int i = 0; i < leads.size(); i++) {
            rows.add(row(i + 1, leads.get(i)));
        }
        return Spreadsheet.xlsx("招商线索", COLUMNS, rows, 5);
    }

    private static List<Object> row(int number, Lead l) {
        GapFit fit = l.fills().isEmpty() ? null : l.fills().getFirst();
        return List.of(number,
                switch (l.kind()) {
                    case CHAIN -> "产业链招商";
                    case BUSINESS -> "以商招商";
                    case EXPANSION -> "二次招商";
                },
                l.name(), orEmpty(l.nameEn()), Math.round(l.score() * 10) / 10.0,
                l.fills().stream().map(GapFit::segmentName).distinct().collect(Collectors.joining("、")),
                fit == null ? "" : fit.status().zh(),
                l.via() == null ? "" : l.via().name(),
                l.bestRank() == null ? "" : l.bestRank().rankingName() + " 第" + l.bestRank().rank() + "名",
                orEmpty(l.province()), orEmpty(l.country()), orEmpty(l.whyZh()),
                l.parts().stream().filter(p -> p.points() != 0).map(ScorePart::zh).collect(Collectors.joining("")));
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }

    private LeadExport() {
    }
}
