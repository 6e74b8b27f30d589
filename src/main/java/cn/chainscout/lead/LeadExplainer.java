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
        return chainLead(c, rank, fit, tie, reachable, null, district, districtEn);
    }

    /**
     * @param tie  the headline tie: a verified tie to a local firm or its group; "both supply the same buyer" and
     *             unverified news are never the reason
     * @param near the scorer's first reason of closeness (Chinese, English), null for the headquarters' province
     */
    static Why chainLead(CandidateFacts c, RankFact rank, GapFit fit, TieFact tie, boolean reachable, List<String> near,
                         String district, String districtEn) {
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
        } else if (near != null) {
            zh.append("；其").append(near.get(0));
            en.append("; ").append(near.get(1));
        } else if (reachable && c.province() != null) {
            zh.append("；其总部位于").append(c.province());
            en.append("; it is headquartered in ").append(placeEn(c.province()));
        } else if (reachable && !c.plantProvinces().isEmpty()) {
            // close by its plants only: the headquarters' province is not known
            zh.append("；其在").append(String.join("、", c.plantProvinces())).append("设有工厂");
            en.append("; it has plants in ").append(String.join(", ", c.plantProvinces().stream()
                    .map(LeadExplainer::placeEn).toList()));
        }
        return new Why(zh.append(notesZh(c)).append("。").toString(), en.append(notesEn(c)).append(".").toString());
    }

    /** A province (or recruiting region) in English; the Chinese name where none is known. */
    static String placeEn(String chinese) {
        return cn.chainscout.common.i18n.Places.english(chinese);
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
        if (fit != null && tie.kind() == TieKind.NEEDS) {
            zh.append("；该环节在").append(district).append(fit.status().zh());
            en.append("; a segment ").append(fit.status().en()).append(" in ").append(en(districtEn, district));
        } else if (fit != null) {
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
            case NEEDS -> "主营" + t.middleName() + "，是" + t.viaShort() + "（" + t.anchorName() + "）需要的配套（按产业链上下游推断，并非已知的供货关系）";
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
            case NEEDS -> "makes " + middle + ", an input of " + via + " (" + en(t.anchorNameEn(), t.anchorName()) + "), inferred from the chain, not a known supply relation";
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
