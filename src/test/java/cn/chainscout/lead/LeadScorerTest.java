package cn.chainscout.lead;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import cn.chainscout.gap.GapProperties;
import cn.chainscout.gap.GapStatus;
import org.junit.jupiter.api.Test;

/**
 * One test per score part: two otherwise equal candidates, one input changed, and the one the rule
 * favours must rank first; each part's sentence says what a staffer needs. Plain records, no graph.
 */
class LeadScorerTest {

    private final LeadScorer scorer = new LeadScorer(ScoringProperties.defaults(), GapProperties.defaults());

    private static final LeadScorer.Place HOME = new LeadScorer.Place("湖南省", "望城区", "Wangcheng", 2025);

    /** A mid-size maker in 四川 (no neighbour, no recruit region), 100 亿元 revenue, on no list. */
    private static CandidateFacts company(String id) {
        return company(id, "四川省", List.of(), 100.0, null, List.of(), false);
    }

    private static CandidateFacts company(String id, String province, List<String> plants, Double revenue, String kind,
                                          List<RankFact> ranks, boolean groupLocal) {
        return new CandidateFacts(id, id, id, List.of(), province, null, "中国", kind, plants, revenue, 2024L, ranks,
                false, groupLocal, groupLocal ? "甲电子" : null, false, Set.of());
    }

    private static GapFit fit(GapStatus status, double severity, Double share, boolean main) {
        return new GapFit("ch", "seg", "环节", "Segment", status, severity, main, share, null, true);
    }

    private static TieFact tie(String via, TieKind kind, int hops, boolean unverified) {
        return new TieFact(via, via, via, via, null, false, "x", kind, hops, hops + 1, unverified,
                via, via, "苹果", "Apple", new EvidencePath("TIE", List.of(), List.of()));
    }

    private Lead chainLead(CandidateFacts c, List<GapFit> fits, List<TieFact> ties) {
        List<ScorePart> parts = scorer.chainLead(c, fits, ties, HOME);
        return new Lead(Lead.LeadKind.CHAIN, c.id(), c.name(), c.nameEn(), c.province(), c.country(),
                LeadScorer.total(parts), parts, fits, null, scorer.strongest(c.ranks()).orElse(null), "", "", List.of());
    }

    private Lead chainLead(CandidateFacts c) {
        return chainLead(c, List.of(fit(GapStatus.MISSING, 20, 0.8, true)), List.of());
    }

    private static List<String> ranked(Lead... leads) {
        List<Lead> list = new ArrayList<>(List.of(leads));
        list.sort(LeadScorer.ORDER);
        return list.stream().map(Lead::companyId).toList();
    }

    @Test
    void theSumOfThePartsIsTheScoreAndEachPartIsOnePlainSentenceWithItsPoints() {
        List<ScorePart> parts = scorer.chainLead(company("a"), List.of(fit(GapStatus.MISSING, 35, null, true)), List.of(), HOME);
        assertThat(parts).extracting(ScorePart::name).containsExactly("gap", "fit", "size", "proximity", "ties",
                "expansion", "strength", "notRealistic", "alreadyLocal", "inPipeline");
        // gap 0.3 × 35, fit 10 × 0.6 (main business, no share), size 4 (100 亿元 is inside 20–500)
        assertThat(LeadScorer.total(parts)).isEqualTo(10.5 + 6 + 4);
        assertThat(parts.getFirst().zh()).isEqualTo("填补望城区缺链环节「环节」（缺口程度35），得10.5分。");
        assertThat(parts.get(1).zh()).isEqualTo("该环节是其主营业务（占比未披露，按60%计），得6分。");
        assertThat(parts).allSatisfy(p -> {
            assertThat(p.zh()).endsWith("。").doesNotContain("×", "MISSING", "CO_SUPPLIER", "fit", "=");
            assertThat(p.en()).endsWith(".").doesNotContain("×", "MISSING", "CO_SUPPLIER");
        });
        assertThat(scorer.scaleZh()).startsWith("总分为以下各项之和，一般在0至").endsWith("分之间，分数越高越值得优先接触。");
    }

    @Test
    void fit_aBiggerShareRanksHigherAndASideLineBelowTheFloorIsNoChainLead() {
        Lead pure = chainLead(company("pure"), List.of(fit(GapStatus.MISSING, 20, 0.9, true)), List.of());
        Lead half = chainLead(company("half"), List.of(fit(GapStatus.MISSING, 20, 0.5, true)), List.of());
        assertThat(ranked(half, pure)).containsExactly("pure", "half");
        assertThat(pure.part("fit")).isEqualTo(9.0);
        assertThat(scorer.fitsEnough(fit(GapStatus.MISSING, 20, null, false))).isFalse(); // a side line: 10 % < 15 %
        assertThat(scorer.fitsEnough(fit(GapStatus.MISSING, 20, 0.14, true))).isFalse();
        assertThat(scorer.fitsEnough(fit(GapStatus.MISSING, 20, 0.15, false))).isTrue();
    }

    @Test
    void size_theBandPeaksAtFirmsThatDoTheDistrictsProjectsNotAtGiantsOrTinyFirms() {
        Lead mid = chainLead(company("mid", "四川省", List.of(), 80.0, null, List.of(), false));
        Lead large = chainLead(company("large", "四川省", List.of(), 948.7, null, List.of(), false));
        Lead giant = chainLead(company("giant", "四川省", List.of(), 8000.0, null, List.of(), false));
        Lead tiny = chainLead(company("tiny", "四川省", List.of(), 2.0, null, List.of(), false));
        Lead unknown = chainLead(company("unknown", "四川省", List.of(), null, null, List.of(), false));
        assertThat(ranked(giant, tiny, mid, large, unknown)).containsExactly("mid", "unknown", "tiny", "large", "giant");
        assertThat(mid.part("size")).isEqualTo(4.0);
        assertThat(large.part("size")).isEqualTo(0.5);  // half-way (in logarithm) from the band's 300 to the giant's 3000
        assertThat(giant.part("size")).isEqualTo(-3.0); // a giant loses points, and no more beyond 3000
        assertThat(tiny.part("size")).isEqualTo(0.8);   // 4 × 2 / 10
        assertThat(large.parts().get(2).zh()).contains("年营收约948.7亿元（2024年）", "属大型集团", "5–50亿元");
        assertThat(giant.parts().get(2).zh()).contains("属特大集团", "减3分");
        // unknown revenue and on no list: neither the band's peak nor a giant's deduction, and it says so
        assertThat(unknown.part("size")).isEqualTo(1.5);
        assertThat(unknown.parts().get(2).zh()).contains("营收规模不详", "不在500强榜单上");
    }

    @Test
    void proximity_plantsAtHomeBeatNeighboursBeatElsewhereAndTheRecruitRegionsAdd() {
        Lead hunanPlant = chainLead(company("a-hunan", "北京市", List.of("湖南省"), 100.0, null, List.of(), false));
        Lead shenzhen = chainLead(company("b-shenzhen", "广东省", List.of(), 100.0, null, List.of(), false));
        Lead shanghai = chainLead(company("c-shanghai", "上海市", List.of(), 100.0, null, List.of(), false));
        Lead sichuan = chainLead(company("d-sichuan"));
        assertThat(hunanPlant.part("proximity")).isEqualTo(3.0);
        assertThat(shenzhen.part("proximity")).isEqualTo(1.5 + 1); // a neighbour and 粤港澳大湾区
        assertThat(shanghai.part("proximity")).isEqualTo(1.0);      // 长三角
        assertThat(sichuan.part("proximity")).isZero();
        // a plant in the province is a real pull, more than a headquarters in a recruiting region
        assertThat(ranked(sichuan, shanghai, hunanPlant, shenzhen)).containsExactly("a-hunan", "b-shenzhen", "c-shanghai", "d-sichuan");
        assertThat(shenzhen.parts().get(3).zh()).isEqualTo("在邻近省份（广东省）已有工厂或总部，总部在本区重点招商的粤港澳大湾区（广东省），得2.5分。");
    }

    @Test
    void ties_aDirectSupplierCountsFullyAGroupTieHalfCoSuppliersLittleAndUnverifiedNothing() {
        List<GapFit> fits = List.of(fit(GapStatus.MISSING, 20, 0.8, true));
        Lead direct = chainLead(company("a"), fits, List.of(tie("l", TieKind.SUPPLIER, 0, false)));
        Lead group = chainLead(company("b"), fits, List.of(tie("l", TieKind.SUPPLIER, 1, false)));
        Lead co = chainLead(company("c"), fits, List.of(tie("l", TieKind.CO_SUPPLIER, 0, false),
                tie("m", TieKind.CO_SUPPLIER, 0, false), tie("n", TieKind.CO_SUPPLIER, 0, false)));
        Lead news = chainLead(company("d"), fits, List.of(tie("l", TieKind.SUPPLIER, 0, true)));
        assertThat(direct.part("ties")).isEqualTo(6.0);
        assertThat(group.part("ties")).isEqualTo(3.0);
        assertThat(co.part("ties")).isEqualTo(1.0); // three shared buyers, capped
        assertThat(co.parts().get(4).zh()).startsWith("与本地企业没有直接供销关系；").contains("彼此并不供货");
        assertThat(news.part("ties")).isZero();
        assertThat(news.parts().get(4).zh()).contains("另有1条未核实的新闻关系，仅供参考，不计分");
        assertThat(ranked(news, co, group, direct)).containsExactly("a", "b", "c", "d");
    }

    @Test
    void notRealistic_aSegmentAlmostNoDistrictCanAttractSinksTheLeadAndExcludedKindsAreNoLeads() {
        GapFit fab = new GapFit("ch", "st-chip", "芯片", "Chips", GapStatus.MISSING, 20, true, 0.9, null, false);
        Lead wafer = chainLead(company("wafer"), List.of(fab), List.of());
        Lead glass = chainLead(company("glass"), List.of(fit(GapStatus.WEAK, 4, 0.3, true)), List.of());
        assertThat(ranked(wafer, glass)).containsExactly("glass", "wafer");
        assertThat(wafer.part("notRealistic")).isEqualTo(-20.0);
        assertThat(wafer.parts().get(7).zh()).contains("几乎没有区县能够引进");
        assertThat(scorer.excludedKind(company("bank", "北京市", List.of(), 100.0, "finance", List.of(), false))).isTrue();
        assertThat(scorer.excludedKind(company("maker", "北京市", List.of(), 100.0, "manufacturer", List.of(), false))).isFalse();
    }

    @Test
    void strength_staysASmallPart() {
        RankFact top = new RankFact("fg-2024", "FORTUNE_GLOBAL_500", 2024, 1, "《财富》世界500强", "Fortune Global 500");
        Lead listed = chainLead(company("listed", "四川省", List.of(), 100.0, null, List.of(top), false));
        assertThat(listed.part("strength")).isEqualTo(2.0);
        // a Global 500 #1 cannot outweigh a main business in the gap against a side line that just passes the floor
        Lead side = chainLead(company("a-side", "四川省", List.of(), 100.0, null, List.of(top), false),
                List.of(fit(GapStatus.MISSING, 20, 0.15, false)), List.of());
        Lead main = chainLead(company("b-main"), List.of(fit(GapStatus.MISSING, 20, 0.6, true)), List.of());
        assertThat(ranked(side, main)).containsExactly("b-main", "a-side");
    }

    @Test
    void expansion_aRecentEntryIntoTheSegmentAddsAndLaterYearsAreIgnored() {
        GapFit recent = new GapFit("ch", "seg", "环节", "Segment", GapStatus.MISSING, 20, true, 0.6, 2023L, true);
        GapFit future = new GapFit("ch", "seg", "环节", "Segment", GapStatus.MISSING, 20, true, 0.6, 2026L, true);
        assertThat(chainLead(company("a"), List.of(recent), List.of()).part("expansion")).isEqualTo(1.5);
        assertThat(chainLead(company("a"), List.of(future), List.of()).part("expansion")).isZero();
    }

    @Test
    void penalties_aGroupAlreadyLocalLosesOnTheChainListButNothingOnTheExpansionList() {
        CandidateFacts present = company("a", "四川省", List.of(), 100.0, null, List.of(), true);
        assertThat(chainLead(present).part("alreadyLocal")).isEqualTo(-8.0);
        List<ScorePart> expansion = scorer.expansionLead(present, List.of(fit(GapStatus.MISSING, 20, 0.8, true)), HOME);
        assertThat(expansion).extracting(ScorePart::name).doesNotContain("alreadyLocal");
        assertThat(LeadScorer.total(expansion)).isEqualTo(chainLead(present).score() + 8.0);
    }

    @Test
    void business_anUnverifiedTieIsShownButScoresNothing() {
        List<ScorePart> verified = scorer.businessLead(company("a"), tie("l", TieKind.SUPPLIER, 0, false), List.of(), HOME);
        List<ScorePart> news = scorer.businessLead(company("a"), tie("l", TieKind.SUPPLIER, 0, true), List.of(), HOME);
        assertThat(verified.getFirst().points()).isEqualTo(6.0);
        assertThat(news.getFirst().points()).isZero();
        assertThat(news.getFirst().zh()).contains("未经核实，不计分");
        assertThat(LeadScorer.total(verified) - LeadScorer.total(news)).isEqualTo(6 + 2 + 0.25); // tie, path 2/1, size 0.5 × 0.5
    }

    @Test
    void impossibleWeightsStopTheStartWithTheirName() {
        // single values (a negative weight, a share above 1) are refused by their constraints: SettingsTest
        assertThatThrownBy(() -> new ScoringProperties(null, null, null, null, null, null, 600.0, 500.0, null, null, null,
                null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null,
                null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null,
                null, null, null, null, null)).hasMessageContaining("size-band-low-yi");
    }

    @Test
    void aCompanyCloseOnlyByItsPlantsIsExplainedByThem() {
        CandidateFacts plantsOnly = new CandidateFacts("p", "某厂", null, List.of(), null, null, "中国", null, List.of("湖南省"),
                null, null, List.of(), false, false, null, false, Set.of());
        LeadExplainer.Why why = LeadExplainer.chainLead(plantsOnly, null, fit(GapStatus.MISSING, 20, 0.8, true), null, true, "望城区", "Wangcheng");
        assertThat(why.zh()).endsWith("；其在湖南省设有工厂。");
        assertThat(why.en()).endsWith("; it has plants in Hunan.");
    }

    @Test
    void originBound_aProductTiedToItsPlaceOfOriginRanksBelowAttractableGapsWithItsNote() {
        GapFit baijiu = new GapFit("ch", "fd-baijiu", "白酒", "Baijiu", GapStatus.MISSING, 30, true, 0.9, null,
                GapProperties.defaults().attractable("fd-baijiu"));
        Lead distillery = chainLead(company("distillery"), List.of(baijiu), List.of());
        Lead cartons = chainLead(company("cartons"), List.of(fit(GapStatus.WEAK, 4, 0.5, true)), List.of());
        assertThat(baijiu.attractable()).isFalse();
        assertThat(ranked(distillery, cartons)).containsExactly("cartons", "distillery");
        assertThat(distillery.parts().stream().filter(p -> p.name().equals("notRealistic")).findFirst().orElseThrow().zh())
                .contains("依赖原产地");
        // the origin list is configuration: without it baijiu is a gap like any other
        GapProperties none = new GapProperties(null, null, null, null, null, null, null, null, null, null, null, null,
                null, null, null, List.of(), null);
        assertThat(none.attractable("fd-baijiu")).isTrue();
        // filling machines are built at the maker's plant and shipped: a machinery maker is no recruit for a food park
        GapFit machines = new GapFit("ch", "fd-machinery", "食品与包装机械", "Machinery", GapStatus.MISSING, 30, true, 0.9, null,
                GapProperties.defaults().attractable("fd-machinery"));
        Lead machinery = chainLead(company("machinery"), List.of(machines), List.of());
        assertThat(ranked(machinery, cartons)).containsExactly("cartons", "machinery");
        assertThat(machinery.parts().stream().filter(p -> p.name().equals("notRealistic")).findFirst().orElseThrow().zh())
                .contains("发货", "很少在客户所在地设厂");
    }

    @Test
    void aCoSupplierTieIsNeverTheReasonTheSentenceGives() {
        TieFact co = tie("泰嘉", TieKind.CO_SUPPLIER, 0, false);
        Lead lead = chainLead(company("a", "广东省", List.of(), 100.0, null, List.of(), false),
                List.of(fit(GapStatus.MISSING, 20, 0.8, true)), List.of(co));
        LeadExplainer.Why why = LeadExplainer.chainLead(company("a", "广东省", List.of(), 100.0, null, List.of(), false), null,
                fit(GapStatus.MISSING, 20, 0.8, true), null, true,
                scorer.nearReason(company("a", "广东省", List.of(), 100.0, null, List.of(), false), HOME).orElse(null), "望城区", "Wangcheng");
        assertThat(lead.part("ties")).isEqualTo(0.5);
        assertThat(why.zh()).doesNotContain("苹果").endsWith("；其在邻近省份（广东省）已有工厂或总部。");
    }

    @Test
    void tiesAreBrokenByListRankThenCompanyId() {
        Lead b = chainLead(company("b"));
        Lead a = chainLead(company("a"));
        assertThat(ranked(b, a)).containsExactly("a", "b");
    }

    /** Default weights with some settings changed by their record component name (tests only). */
    static ScoringProperties weights(java.util.Map<String, Object> changes) {
        try {
            var components = ScoringProperties.class.getRecordComponents();
            Object[] values = new Object[components.length];
            Class<?>[] types = new Class<?>[components.length];
            ScoringProperties defaults = ScoringProperties.defaults();
            for (int i = 0; i < components.length; i++) {
                types[i] = components[i].getType();
                values[i] = changes.containsKey(components[i].getName()) ? changes.get(components[i].getName())
                        : components[i].getAccessor().invoke(defaults);
            }
            return ScoringProperties.class.getDeclaredConstructor(types).newInstance(values);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private Lead chainLeadIn(String id, String segment, double share) {
        CandidateFacts c = company(id);
        List<GapFit> fits = List.of(new GapFit("ch", segment, segment, segment, GapStatus.MISSING, 20, true, share, null, true));
        return chainLead(c, fits, List.of());
    }

    @Test
    void oneGapDoesNotFillTheWholeListOnlyItsCapInTheFirstPlaces() {
        // six packaging makers score above two ingredient makers; the list's first places take four packaging
        // makers, then the ingredient makers, then the remaining packaging makers
        List<Lead> sorted = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            sorted.add(chainLeadIn("pack-" + i, "packaging", 0.9 - i * 0.01));
        }
        sorted.add(chainLeadIn("ingr-0", "ingredients", 0.5));
        sorted.add(chainLeadIn("ingr-1", "ingredients", 0.4));
        sorted.sort(LeadScorer.ORDER);
        LeadScorer.Diversified top = scorer.diversify(sorted, 8);
        assertThat(top.leads()).extracting(Lead::companyId).containsExactly("pack-0", "pack-1", "pack-2", "pack-3",
                "ingr-0", "ingr-1", "pack-4", "pack-5");
        assertThat(top.windowFilled()).isFalse(); // only 6 leads fit the window of 8 under the cap
        assertThat(scorer.diversify(sorted, 5).leads()).extracting(Lead::companyId)
                .containsExactly("pack-0", "pack-1", "pack-2", "pack-3", "ingr-0");
        // turned off, the list is the plain score order
        LeadScorer plain = new LeadScorer(weights(java.util.Map.of("diversityPerSegment", 0)), GapProperties.defaults());
        assertThat(plain.diversify(sorted, 5).leads()).extracting(Lead::companyId)
                .containsExactly("pack-0", "pack-1", "pack-2", "pack-3", "pack-4");
    }

    @Test
    void aCompanyHeadquarteredInTheDistrictsCityIsNoInboundLead() {
        LeadScorer.Place wangcheng = new LeadScorer.Place("湖南省", "望城区", "Wangcheng", "长沙市", 2025);
        CandidateFacts changsha = new CandidateFacts("c", "某锂科", null, List.of(), "湖南省", "长沙", "中国", null, List.of(),
                100.0, 2024L, List.of(), false, false, null, false, Set.of());
        CandidateFacts zhuzhou = new CandidateFacts("z", "某材料", null, List.of(), "湖南省", "株洲市", "中国", null, List.of(),
                100.0, 2024L, List.of(), false, false, null, false, Set.of());
        assertThat(scorer.inDistrictCity(changsha, wangcheng)).isTrue();
        assertThat(scorer.inDistrictCity(zhuzhou, wangcheng)).isFalse();
        assertThat(scorer.inDistrictCity(changsha, HOME)).isFalse(); // the district's city unknown
        LeadScorer off = new LeadScorer(weights(java.util.Map.of("cityFirmsToExpansion", false)), GapProperties.defaults());
        assertThat(off.inDistrictCity(changsha, wangcheng)).isFalse();
    }

    @Test
    void businessListsTakeOnlySuppliersAndCustomersOfThePlantOrItsDirectParent() {
        ScoringProperties w = ScoringProperties.defaults();
        assertThat(w.businessTie(TieKind.SUPPLIER, 0)).isTrue();
        assertThat(w.businessTie(TieKind.SUPPLIER, 1)).isTrue();
        assertThat(w.businessTie(TieKind.SUPPLIER, 2)).isFalse(); // the grandparent's (比亚迪 for 长沙比亚迪电子)
        assertThat(w.businessTie(TieKind.CO_SUPPLIER, 0)).isFalse();
        assertThat(w.businessTie(TieKind.SHAREHOLDER, 0)).isFalse();
        assertThat(w.businessTie(TieKind.PARTNER, 0)).isFalse();
        assertThat(w.ownershipTie(TieKind.SHAREHOLDER)).isTrue();
        assertThat(w.ownershipTie(TieKind.HOLDING)).isTrue();
        assertThat(w.ownershipTie(TieKind.SUPPLIER)).isFalse();
        assertThatThrownBy(() -> weights(java.util.Map.of("businessTieKinds", List.of("FRIEND"))))
                .rootCause().hasMessageContaining("business-tie-kinds").hasMessageContaining("FRIEND");
    }
}
