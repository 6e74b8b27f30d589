package cn.chainscout.lead;

import java.util.List;
import java.util.Map;

/**
 * "Why this company?" in one Chinese and one English sentence, generated from the same facts the
 * score used: its list place, the gap it fills, the tie it has, and any penalty.
 */
final class LeadExplainer {

    record Why(String zh, String en) {
    }

    /** @param reachable the reach part gave points: without a tie, the headquarters is the next reason */
    static Why chainLead(CandidateFacts c, RankFact rank, GapFit fit, TieFact tie, boolean reachable, String district,
                         String districtEn) {
        StringBuilder zh = new StringBuilder(shortName(c.name(), c.aliases())).append(rankZh(rank));
        StringBuilder en = new StringBuilder(en(c.nameEn(), c.name())).append(rankEn(rank));
        if (fit != null) {
            zh.append(fit.main() ? "主营" : "兼营").append(fit.segmentName()).append("，该环节在").append(district)
                    .append(fit.status().zh());
            en.append(" makes ").append(lower(en(fit.segmentNameEn(), fit.segmentName())))
                    .append(fit.main() ? " as its main business" : " as a side line").append(", a segment ")
                    .append(fit.status().en()).append(" in ").append(en(districtEn, district));
        }
        if (tie != null) {
            zh.append("；其").append(tieZh(tie));
            en.append("; it ").append(tieEn(tie));
        } else if (reachable && c.province() != null) {
            zh.append("；其总部位于").append(c.province());
            en.append("; it is headquartered in ").append(PROVINCES_EN.getOrDefault(c.province(), c.province()));
        } else if (reachable && !c.plantProvinces().isEmpty()) {
            // close by its plants only: the headquarters' province is not known
            zh.append("；其在").append(String.join("、", c.plantProvinces())).append("设有工厂");
            en.append("; it has plants in ").append(String.join(", ", c.plantProvinces().stream()
                    .map(p -> PROVINCES_EN.getOrDefault(p, p)).toList()));
        }
        return new Why(zh.append(notesZh(c)).append("。").toString(), en.append(notesEn(c)).append(".").toString());
    }

    /** Province-level names in English (names, not facts: every one a reason sentence may need). */
    private static final Map<String, String> PROVINCES_EN = Map.ofEntries(Map.entry("北京市", "Beijing"),
            Map.entry("天津市", "Tianjin"), Map.entry("上海市", "Shanghai"), Map.entry("重庆市", "Chongqing"),
            Map.entry("河北省", "Hebei"), Map.entry("山西省", "Shanxi"), Map.entry("辽宁省", "Liaoning"),
            Map.entry("吉林省", "Jilin"), Map.entry("黑龙江省", "Heilongjiang"), Map.entry("江苏省", "Jiangsu"),
            Map.entry("浙江省", "Zhejiang"), Map.entry("安徽省", "Anhui"), Map.entry("福建省", "Fujian"),
            Map.entry("江西省", "Jiangxi"), Map.entry("山东省", "Shandong"), Map.entry("河南省", "Henan"),
            Map.entry("湖北省", "Hubei"), Map.entry("湖南省", "Hunan"), Map.entry("广东省", "Guangdong"),
            Map.entry("海南省", "Hainan"), Map.entry("四川省", "Sichuan"), Map.entry("贵州省", "Guizhou"),
            Map.entry("云南省", "Yunnan"), Map.entry("陕西省", "Shaanxi"), Map.entry("甘肃省", "Gansu"),
            Map.entry("青海省", "Qinghai"), Map.entry("台湾省", "Taiwan"), Map.entry("内蒙古自治区", "Inner Mongolia"),
            Map.entry("广西壮族自治区", "Guangxi"), Map.entry("西藏自治区", "Tibet"), Map.entry("宁夏回族自治区", "Ningxia"),
            Map.entry("新疆维吾尔自治区", "Xinjiang"), Map.entry("香港特别行政区", "Hong Kong"),
            Map.entry("澳门特别行政区", "Macao"), Map.entry("香港", "Hong Kong"), Map.entry("澳门", "Macao"),
            Map.entry("粤港澳大湾区", "the Greater Bay Area"), Map.entry("长三角", "the Yangtze River Delta"));

    /** A province (or recruiting region) in English; the Chinese name where none is known. */
    static String placeEn(String chinese) {
        return chinese == null ? null : PROVINCES_EN.getOrDefault(chinese, chinese);
    }

    /** An amount in 亿元 in English words: 100 m yuan, 1.5 bn yuan. */
    static String yuanEn(double yi) {
        double m = yi * 100;
        return m >= 1000 ? trim(m / 1000) + " bn yuan" : trim(m) + " m yuan";
    }

    private static String trim(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : String.format(java.util.Locale.ROOT, "%.1f", v);
    }

    static Why businessLead(CandidateFacts c, RankFact rank, TieFact tie, GapFit fit, String district, String districtEn) {
        StringBuilder zh = new StringBuilder(shortName(c.name(), c.aliases())).append(rankZh(rank)).append(tieZh(tie));
        StringBuilder en = new StringBuilder(en(c.nameEn(), c.name())).append(rankEn(rank)).append(" ").append(tieEn(tie));
        if (fit != null) {
            zh.append("；其").append(fit.main() ? "主营" : "兼营").append(fit.segmentName()).append("，该环节在")
                    .append(district).append(fit.status().zh());
            en.append("; it makes ").append(lower(en(fit.segmentNameEn(), fit.segmentName())))
                    .append(fit.main() ? " as its main business" : " as a side line").append(", a segment ")
                    .append(fit.status().en()).append(" in ").append(en(districtEn, district));
        }
        return new Why(zh.append(notesZh(c)).append("。").toString(), en.append(notesEn(c)).append(".").toString());
    }

    static String tieZh(TieFact t) {
        String anchor = t.hops() == 0 ? t.viaShort() : t.anchorName() + "（" + t.viaShort() + "的上级公司）";
        return switch (t.kind()) {
            case SUPPLIER -> "为" + anchor + "的供应商";
            case CUSTOMER -> "为" + anchor + "的客户";
            case SHAREHOLDER -> "为" + anchor + "的股东";
            case PARENT -> "为" + t.viaShort() + "的上级公司";
            case HOLDING -> "为" + anchor + "投资或控股的企业";
            case PARTNER -> "与" + anchor + "有合作关系";
            case SIBLING -> "与" + anchor + "同为" + t.middleName() + "投资的企业";
            case CO_SUPPLIER -> "与" + anchor + "同为" + t.middleName() + "供应商";
        } + (t.unverified() ? "（新闻关系，未核实）" : "");
    }

    static String tieEn(TieFact t) {
        String via = en(t.viaNameEn(), t.viaName());
        String anchor = t.hops() == 0 ? via : en(t.anchorNameEn(), t.anchorName()) + " (parent of " + via + ")";
        String middle = en(t.middleNameEn(), t.middleName());
        return switch (t.kind()) {
            case SUPPLIER -> "supplies " + anchor;
            case CUSTOMER -> "buys from " + anchor;
            case SHAREHOLDER -> "is a shareholder of " + anchor;
            case PARENT -> "is a parent company of " + via;
            case HOLDING -> "is held by " + anchor;
            case PARTNER -> "partners with " + anchor;
            case SIBLING -> "shares the shareholder " + middle + " with " + anchor;
            case CO_SUPPLIER -> "supplies " + middle + ", as does " + anchor;
        } + (t.unverified() ? " (news relation, unverified)" : "");
    }

    private static String rankZh(RankFact r) {
        return r == null ? "" : "（" + r.rankingName() + "第" + r.rank() + "名）";
    }

    private static String rankEn(RankFact r) {
        return r == null ? "" : " (" + en(r.rankingNameEn(), r.rankingName()) + " " + r.year() + ", No. " + r.rank() + ")";
    }

    private static String notesZh(CandidateFacts c) {
        return (c.local() ? "（已是本地企业）" : c.groupLocal() ? "（注意：其集团已有企业在本地）" : "")
                + (c.inPipeline() ? "（已在招商推进中）" : "");
    }

    private static String notesEn(CandidateFacts c) {
        return (c.local() ? " (already a local firm)" : c.groupLocal() ? " (note: its group is already present locally)" : "")
                + (c.inPipeline() ? " (already in the pipeline)" : "");
    }

    /** The first Chinese alias when there is one (蓝思科技 for 蓝思科技股份有限公司), else the name. */
    static String shortName(String name, List<String> aliases) {
        if (aliases != null) {
            for (String alias : aliases) {
                if (alias.codePoints().anyMatch(ch -> ch >= 0x4E00 && ch <= 0x9FFF) && alias.length() < name.length()) {
                    return alias;
                }
            }
        }
        return name;
    }

    private static String en(String english, String chinese) {
        return english == null || english.isBlank() ? chinese : english;
    }

    private static String lower(String text) {
        return text.isEmpty() || Character.isUpperCase(text.length() > 1 ? text.charAt(1) : 'a') ? text
                : Character.toLowerCase(text.charAt(0)) + text.substring(1);
    }

    private LeadExplainer() {
    }
}
