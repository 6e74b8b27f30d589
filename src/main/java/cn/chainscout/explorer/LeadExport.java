package cn.chainscout.explorer;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import cn.chainscout.common.export.Spreadsheet;
import cn.chainscout.common.i18n.Messages;
import cn.chainscout.common.i18n.Places;
import cn.chainscout.lead.GapFit;
import cn.chainscout.lead.Lead;
import cn.chainscout.lead.ScorePart;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** The leads a user sees, as a spreadsheet for the monthly meeting: Excel (.xlsx) or CSV, in the page's language. */
public final class LeadExport {

    static final List<String> COLUMNS = List.of("序号", "线索类型", "企业名称", "英文名称", "得分", "填补环节", "环节状态",
            "关联本地企业", "榜单名次", "省份", "国家", "推荐理由", "得分构成");
    static final List<String> COLUMNS_EN = List.of("No.", "Lead kind", "Company", "Chinese name", "Score", "Gaps filled",
            "Gap status", "Local firm linked", "List rank", "Province", "Country", "Why", "Score parts");
    private static final Messages WORDS = new Messages();

    /** CSV with a BOM, so that Excel opens the Chinese text as UTF-8. */
    public static byte[] csv(List<Lead> leads) {
        return csv(leads, Messages.CHINESE);
    }

    public static byte[] csv(List<Lead> leads, Locale locale) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (CSVPrinter printer = new CSVPrinter(new OutputStreamWriter(out, StandardCharsets.UTF_8), CSVFormat.RFC4180)) {
            out.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
            printer.printRecord(columns(locale));
            for (int i = 0; i < leads.size(); i++) {
                printer.printRecord(row(i + 1, leads.get(i), locale));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    public static byte[] xlsx(List<Lead> leads) {
        return xlsx(leads, Messages.CHINESE);
    }

    public static byte[] xlsx(List<Lead> leads, Locale locale) {
        List<List<Object>> rows = new java.util.ArrayList<>();
        for (int i = 0; i < leads.size(); i++) {
            rows.add(row(i + 1, leads.get(i), locale));
        }
        return Spreadsheet.xlsx(Messages.isEnglish(locale) ? "Leads" : "招商线索", columns(locale), rows, 5);
    }

    private static List<String> columns(Locale locale) {
        return Messages.isEnglish(locale) ? COLUMNS_EN : COLUMNS;
    }

    private static List<Object> row(int number, Lead l, Locale locale) {
        GapFit fit = l.fills().isEmpty() ? null : l.fills().getFirst();
        if (Messages.isEnglish(locale)) { // the company's English name first, its Chinese name beside it
            return List.of(number, WORDS.get("leads.kind." + l.kind().name(), locale),
                    Messages.name(locale, l.name(), l.nameEn()), l.name(), Math.round(l.score() * 10) / 10.0,
                    l.fills().stream().map(f -> Messages.name(locale, f.segmentName(), f.segmentNameEn())).distinct()
                            .collect(Collectors.joining(", ")),
                    fit == null ? "" : fit.status().en(),
                    l.via() == null ? "" : Messages.name(locale, l.via().name(), l.via().nameEn()),
                    l.bestRank() == null ? "" : Messages.name(locale, l.bestRank().rankingName(), l.bestRank().rankingNameEn())
                            + " No. " + l.bestRank().rank(),
                    orEmpty(Places.english(l.province())), orEmpty(Places.english(l.country())), orEmpty(l.whyEn()),
                    l.parts().stream().filter(p -> p.points() != 0).map(ScorePart::en).collect(Collectors.joining(" ")));
        }
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
