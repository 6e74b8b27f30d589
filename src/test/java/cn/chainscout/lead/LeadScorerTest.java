package cn.chainscout.lead;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

import cn.chainscout.gap.GapProperties;
import cn.chainscout.gap.GapStatus;
import org.junit.jupiter.api.Test;

/**
 * One test per score part: two otherwise equal candidates, one input changed, and the one the
 * rule favours must rank first. Plain records, no graph.
 */
class LeadScorerTest {

    private final LeadScorer scorer = new LeadScorer(ScoringProperties.defaults(), GapProperties.defaults());

    private static final String HOME = "湖南省";

    private static CandidateFacts company(String id) {
        return new CandidateFacts(id, id, id, List.of(), "广东省", "中国", List.of(), false, false, false);
    }

    private static GapFit fit(GapStatus status, double severity, boolean main) {
        return new GapFit("ch", "seg", "环节", "Segment", status, severity, main);
    }

    private static TieFact tie(String via, TieKind kind, int length, boolean unverified, String tier) {
        return new TieFact(via, via, via, via, tier, false, "x", kind, Math.max(0, length - 1), length, unverified,
                via, via, null, null, new EvidencePath("TIE", List.of(), List.of()));
    }

    private Lead chainLead(CandidateFacts c, List<GapFit> fits, List<TieFact> ties) {
        List<ScorePart> parts = scorer.chainLead(c, fits, ties, HOME);
        return new Lead(Lead.LeadKind.CHAIN, c.id(), c.name(), c.nameEn(), c.province(), c.country(),
                LeadScorer.total(parts), parts, fits, null, scorer.strongest(c.ranks()).orElse(null), "", "", List.of());
    }

    private Lead businessLead(CandidateFacts c, TieFact tie, List<GapFit> fits) {
        List<ScorePart> parts = scorer.businessLead(c, tie, fits, HOME);
        return new Lead(Lead.LeadKind.BUSINESS, c.id(), c.name(), c.nameEn(), c.province(), c.country(),
                LeadScorer.total(parts), parts, fits, null, scorer.strongest(c.ranks()).orElse(null), "", "", List.of());
    }

    private static List<String> ranked(Lead... leads) {
        List<Lead> list = new ArrayList<>(List.of(leads));
        list.sort(LeadScorer.ORDER);
        return list.stream().map(Lead::companyId).toList();
    }

    private static CandidateFacts with(CandidateFacts c, UnaryOperator<CandidateFacts> change) {
        return change.apply(c);
    }

    @Test
    void theSumOfThePartsIsTheScoreAndEveryPartIsNamed() {
        List<ScorePart> parts = scorer.chainLead(company("a"), List.of(fit(GapStatus.MISSING, 35, true)), List.of(), HOME);
        assertThat(parts).extracting(ScorePart::name)
                .containsExactly("gap", "strength", "fit", "ties", "reach", "alreadyLocal", "inPipeline");
        assertThat(LeadScorer.total(parts)).isEqualTo(10.5 + 3);
        assertThat(scorer.businessLead(company("a"), tie("l", TieKind.SUPPLIER, 1, false, null), List.of(), HOME))
                .extracting(ScorePart::name)
                .containsExactly("tie", "path", "localSize", "strength", "gap", "reach", "alreadyLocal", "inPipeline");
    }

    @Test
    void gapSeverity_aMoreSevereGapRanksHigher() {
        Lead missing = chainLead(company("b"), List.of(fit(GapStatus.MISSING, 35, true)), List.of());
        Lead weak = chainLead(company("a"), List.of(fit(GapStatus.WEAK, 12, true)), List.of());
        assertThat(ranked(weak, missing)).containsExactly("b", "a");
    }

    @Test
    void strength_aGlobal500Rank50BeatsAPrivate500Rank450() {
        CandidateFacts global = new CandidateFacts("b", "b", "b", List.of(), null, null,
                List.of(new RankFact("g", "FORTUNE_GLOBAL_500", 2024, 50, "世界500强", "Global 500")), false, false, false);
        CandidateFacts privateList = new CandidateFacts("a", "a", "a", List.of(), null, null,
                List.of(new RankFact("p", "CHINA_PRIVATE_500", 2026, 450, "民营500强", "Private 500")), false, false, false);
        List<GapFit> same = List.of(fit(GapStatus.MISSING, 10, true));
        assertThat(ranked(chainLead(privateList, same, List.of()), chainLead(global, same, List.of()))).containsExactly("b", "a");
        // on one list, the better rank wins; an older year of the same list does not count
        CandidateFacts rank10 = new CandidateFacts("d", "d", "d", List.of(), null, null,
                List.of(new RankFact("p", "CHINA_PRIVATE_500", 2026, 10, "", ""),
                        new RankFact("p0", "CHINA_PRIVATE_500", 2020, 1, "", "")), false, false, false);
        CandidateFacts rank1 = new CandidateFacts("c", "c", "c", List.of(), null, null,
                List.of(new RankFact("p", "CHINA_PRIVATE_500", 2026, 20, "", "")), false, false, false);
        assertThat(ranked(chainLead(rank1, same, List.of()), chainLead(rank10, same, List.of()))).containsExactly("d", "c");
        assertThat(scorer.strongest(rank10.ranks()).orElseThrow().year()).isEqualTo(2026);
    }

    @Test
    void fit_mainBusinessBeatsASideLine() {
        Lead main = chainLead(company("b"), List.of(fit(GapStatus.MISSING, 20, true)), List.of());
        Lead side = chainLead(company("a"), List.of(fit(GapStatus.MISSING, 20, false)), List.of());
        assertThat(main.part("fit")).isEqualTo(3.0);
        assertThat(side.part("fit")).isEqualTo(1.0);
        assertThat(ranked(side, main)).containsExactly("b", "a");
    }

    @Test
    void ties_aDirectSupplierBeatsACoSupplierAndMoreLocalFirmsCountMore() {
        List<GapFit> same = List.of(fit(GapStatus.MISSING, 20, true));
        Lead direct = chainLead(company("b"), same, List.of(tie("l1", TieKind.SUPPLIER, 1, false, null)));
        Lead co = chainLead(company("a"), same, List.of(tie("l1", TieKind.CO_SUPPLIER, 3, false, null)));
        assertThat(ranked(co, direct)).containsExactly("b", "a");
        Lead two = chainLead(company("c"), same, List.of(tie("l1", TieKind.CO_SUPPLIER, 3, false, null),
                tie("l2", TieKind.CO_SUPPLIER, 3, false, null)));
        assertThat(ranked(co, two)).containsExactly("c", "a");
        // an unverified news relation counts half (and a local firm of unknown tier 0.5 / 2)
        Lead news = chainLead(company("d"), same, List.of(tie("l1", TieKind.SUPPLIER, 1, true, null)));
        assertThat(news.part("ties")).isEqualTo(5 * 0.5 * 0.25);
        // the same tie to a bigger local firm counts more
        Lead big = chainLead(company("e"), same, List.of(tie("l1", TieKind.CO_SUPPLIER, 3, false, "百亿")));
        assertThat(ranked(co, big)).containsExactly("e", "a");
        assertThat(ranked(news, direct)).containsExactly("b", "d");
    }

    @Test
    void reach_hunanBeatsCentralChinaBeatsElsewhere() {
        List<GapFit> same = List.of(fit(GapStatus.MISSING, 20, true));
        Lead hunan = chainLead(with(company("c"), c -> new CandidateFacts(c.id(), c.name(), c.nameEn(), c.aliases(),
                "湖南省", c.country(), c.ranks(), false, false, false)), same, List.of());
        Lead hubei = chainLead(with(company("b"), c -> new CandidateFacts(c.id(), c.name(), c.nameEn(), c.aliases(),
                "湖北省", c.country(), c.ranks(), false, false, false)), same, List.of());
        Lead guangdong = chainLead(company("a"), same, List.of());
        assertThat(ranked(guangdong, hubei, hunan)).containsExactly("c", "b", "a");
    }

    @Test
    void penalties_alreadyLocalAndInThePipelineSinkALead() {
        List<GapFit> same = List.of(fit(GapStatus.MISSING, 20, true));
        Lead plain = chainLead(company("z"), same, List.of());
        Lead groupLocal = chainLead(new CandidateFacts("a", "a", "a", List.of(), "广东省", null, List.of(), false, true, false), same, List.of());
        Lead local = chainLead(new CandidateFacts("b", "b", "b", List.of(), "广东省", null, List.of(), true, false, false), same, List.of());
        Lead pipeline = chainLead(new CandidateFacts("c", "c", "c", List.of(), "广东省", null, List.of(), false, false, true), same, List.of());
        assertThat(groupLocal.part("alreadyLocal")).isEqualTo(-5.0);
        assertThat(pipeline.part("inPipeline")).isEqualTo(-8.0);
        assertThat(ranked(local, pipeline, groupLocal, plain)).containsExactly("z", "a", "c", "b");
    }

    @Test
    void business_strongerTieShorterPathBiggerLocalFirmAndAGapEachRankHigher() {
        CandidateFacts a = company("a");
        CandidateFacts b = company("b");
        TieFact base = tie("l", TieKind.CO_SUPPLIER, 2, false, null);
        assertThat(ranked(businessLead(a, base, List.of()), businessLead(b, tie("l", TieKind.SUPPLIER, 2, false, null), List.of())))
                .as("tie strength").containsExactly("b", "a");
        assertThat(ranked(businessLead(a, base, List.of()), businessLead(b, tie("l", TieKind.CO_SUPPLIER, 1, false, null), List.of())))
                .as("path length").containsExactly("b", "a");
        assertThat(ranked(businessLead(a, base, List.of()), businessLead(b, tie("l", TieKind.CO_SUPPLIER, 2, false, "百亿"), List.of())))
                .as("size of the local firm").containsExactly("b", "a");
        assertThat(ranked(businessLead(a, base, List.of()), businessLead(b, base, List.of(fit(GapStatus.BROKEN, 21, true)))))
                .as("fills a gap").containsExactly("b", "a");
    }

    @Test
    void tiesAreBrokenByListRankThenCompanyId() {
        List<GapFit> same = List.of(fit(GapStatus.MISSING, 20, true));
        Lead c = chainLead(company("c"), same, List.of());
        Lead a = chainLead(company("a"), same, List.of());
        assertThat(ranked(c, a)).containsExactly("a", "c");
    }
}
