package cn.chainscout.lead;

import java.util.List;

/**
 * A target company proposed for one reason, with the parts of its score and the paths behind them.
 *
 * @param fills    the gap segments it operates in (best first)
 * @param via      the local firm it is reached through, null when it has no tie
 * @param bestRank the list place that gave its strength, null when on no list
 */
public record Lead(LeadKind kind, String companyId, String name, String nameEn, String province, String country,
                   double score, List<ScorePart> parts, List<GapFit> fills, Via via, RankFact bestRank,
                   String whyZh, String whyEn, List<EvidencePath> paths) {

    /** CHAIN 产业链招商, BUSINESS 以商招商 (suppliers and customers of the local plants), EXPANSION 二次招商. */
    public enum LeadKind { CHAIN, BUSINESS, EXPANSION }

    /** The local firm a lead goes through, how, and how far. */
    public record Via(String companyId, String name, String nameEn, String tier, boolean leading, TieKind tie,
                      int pathLength) {
    }

    public double part(String name) {
        return parts.stream().filter(p -> p.name().equals(name)).mapToDouble(ScorePart::points).sum();
    }
}
