package cn.chainscout.lead;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import cn.chainscout.ChainScoutTest;
import cn.chainscout.common.NotFoundException;
import cn.chainscout.gap.ChainGaps;
import cn.chainscout.gap.GapService;
import cn.chainscout.gap.GapStatus;
import cn.chainscout.gap.SegmentGap;
import cn.chainscout.gap.WhatIf;
import cn.chainscout.seed.SeedLoader;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The hand-made graph in lead-fixture/ (its README tells the story), with the default weights.
 * Size points: 甲电子 百亿 + leading = 3 + 1 = 4; 己乳业 50亿 + leading = 2 + 1 = 3.
 * Importance = 1 + 0.5 (key) + 0.5 × size of the local firms fed; severity = status weight × importance.
 */
@ChainScoutTest
@WithMockUser(roles = "LEADER") // the services are secured; reading is allowed to every role
class GapAndLeadFixtureTest {

    @Autowired
    SeedLoader loader;

    @Autowired
    GapService gaps;

    @Autowired
    ChainLeadService chainLeads;

    @Autowired
    BusinessLeadService businessLeads;

    @BeforeEach
    void loadFixture() {
        loader.load("classpath:lead-fixture/", false);
    }

    @Test
    void thePhoneChainHasOneGapOfEachKindWithTheNumbersBehindIt() {
        ChainGaps phone = gaps.diagnose("fx-phone");
        assertThat(statuses(phone)).isEqualTo(Map.of("fx-glass", GapStatus.MISSING, "fx-battery", GapStatus.BROKEN,
                "fx-chip", GapStatus.WEAK, "fx-case", GapStatus.COVERED, "fx-assembly", GapStatus.COVERED,
                "fx-handset", GapStatus.NOT_NEEDED));
        // gaps first, by severity: 10 × (1 + 0.5 + 0.5 × 4), 7 × (1 + 2), 4 × (1 + 2)
        assertThat(phone.gaps()).extracting(SegmentGap::segmentId).containsExactly("fx-glass", "fx-battery", "fx-chip");
        assertThat(phone.gaps()).extracting(SegmentGap::severity).containsExactly(35.0, 21.0, 12.0);
        SegmentGap battery = phone.segment("fx-battery").orElseThrow();
        assertThat(battery.localFirmNames()).containsExactly("乙电池");
        assertThat(battery.localFirms().getFirst().tier()).isEqualTo("10亿");
        assertThat(battery.downstreamDemand()).extracting(d -> d.firm().name()).containsExactly("甲电子");
        assertThat(battery.tiedToDemand()).isFalse();
        assertThat(battery.demandSize()).isEqualTo(4.0);
        assertThat(battery.reasonZh()).isEqualTo("下游本地需求：甲电子；本地企业1家（乙电池）；均未向下游本地企业供货 → 断链");
        assertThat(phone.segment("fx-glass").orElseThrow().reasonEn())
                .isEqualTo("key segment (or a park's theme); feeds local firms Jia Electronics; no local firm → missing");
        assertThat(battery.candidateCount()).isEqualTo(2); // 丑电池, 巳集团
        assertThat(phone.segment("fx-glass").orElseThrow().candidateCount()).isEqualTo(3);
        assertThat(phone.segment("fx-case").orElseThrow().tiedToDemand()).isTrue();
        // 1 − (35 + 21 + 12 + 0) / (10 × (3.5 + 3 + 3 + 3.5))
        assertThat(phone.completeness()).isCloseTo(1 - 68.0 / 130, within(0.0001));
        assertThat(phone.counts()).containsEntry(GapStatus.MISSING, 1L).containsEntry(GapStatus.COVERED, 2L);
    }

    @Test
    void theFoodChainMissesBothInputsOfItsLeadingFirm() {
        ChainGaps food = gaps.diagnose("fx-food");
        assertThat(statuses(food)).isEqualTo(Map.of("fx-milk", GapStatus.MISSING, "fx-whey", GapStatus.MISSING,
                "fx-formula", GapStatus.COVERED));
        assertThat(food.gaps()).extracting(SegmentGap::severity).containsExactly(30.0, 25.0);
        assertThat(food.completeness()).isCloseTo(1 - 55.0 / 70, within(0.0001));
    }

    @Test
    void chainLeadsForThePhoneChainRankAsWorkedOutByHand() {
        List<Lead> leads = chainLeads.leads("fx-phone", null, null, 10);
        // gap 0.3 × severity; fit 10 × 0.6 (main business, no share given); size 4 inside 10–300 亿元, above it
        // 4 − 7 × log(revenue / 300) / log(10), at least −3; proximity 湖南 3, 广东 1.5 + 1 (大湾区), 江苏 1 (长三角),
        // 湖北 1.5; list strength 2 / 1.5 × (501 − rank) / 500.
        // 辛 10.5 + 6 + 2.447 (500 亿元) + 3 + 0.25 (shares the buyer 壬 with 甲电子's parent: 0.5 × 0.5) + 1.353
        // 丑 6.3 + 6 − 2.876 (2880 亿元) + 1 + 6 (supplies 甲电子) + 1 (shares 甲电子 with 丙 and 戊, capped) + 0.804
        // 庚 10.5 + 6 − 3 (4320 亿元) + 2.5 + 1.604;  寅 3.6 + 6 + 1.5 (revenue unknown, on no list) + 1.5
        // 子 (a side line: 10 % < the 15 % floor) and 巳 (its subsidiary 乙电池 runs its battery line) are no chain leads
        assertThat(leads).extracting(Lead::companyId).containsExactly("fx-g2", "fx-h", "fx-g1", "fx-i");
        assertThat(leads).extracting(Lead::score).containsExactly(23.55, 18.228, 17.604, 12.6);
        Lead xin = leads.getFirst();
        assertThat(xin.part("gap")).isEqualTo(10.5);
        assertThat(xin.part("strength")).isEqualTo(1.353);
        assertThat(xin.part("ties")).isEqualTo(0.25);
        // sharing a buyer is shown in its part and its path, never the reason or the VIA
        assertThat(xin.via()).isNull();
        assertThat(xin.whyZh()).isEqualTo("辛玻璃（测试民营500强第50名）主营测试盖板，该环节在甲区缺链；其在湖南省已有工厂或总部。");
        assertThat(xin.whyEn()).contains("Xin Glass", "missing in Fixture District").doesNotContain("Ren Brand");
        assertThat(xin.paths()).extracting(EvidencePath::kind).contains("SEGMENT", "GAP", "RANKED", "TIE");
        EvidencePath tie = xin.paths().stream().filter(p -> p.kind().equals("TIE")).findFirst().orElseThrow();
        assertThat(tie.nodes()).extracting(EvidencePath.Node::id).containsExactly("fx-a", "fx-ap", "fx-x", "fx-g2");
        assertThat(tie.relationships()).extracting(EvidencePath.Relationship::type)
                .containsExactly("SUBSIDIARY_OF", "SUPPLIES", "SUPPLIES");
        Lead chou = leads.get(1);
        assertThat(chou.part("ties")).isEqualTo(7.0);
        assertThat(chou.via().tie()).isEqualTo(TieKind.SUPPLIER);
        assertThat(chou.parts()).filteredOn(p -> p.name().equals("size")).singleElement()
                .satisfies(p -> assertThat(p.zh()).isEqualTo("年营收约2880亿元（2023年），属特大集团，很少为一个区县5–50亿元的项目专门决策，减2.9分。"));
        assertThat(leads.get(3).whyEn()).endsWith("; it has a plant or its headquarters in a neighbouring province (Hubei).");
    }

    @Test
    void chainLeadsCanBeNarrowedToASegmentOrAList() {
        assertThat(chainLeads.leads("fx-phone", "fx-battery", null, 10)).extracting(Lead::companyId)
                .containsExactly("fx-h");
        assertThat(chainLeads.leads("fx-phone", null, "FORTUNE_GLOBAL_500", 2)).extracting(Lead::companyId)
                .containsExactly("fx-h", "fx-g1");
        // 辰 7.5 + 6 + 1.5 + 3 + 6 (supplies 己乳业) = 24; 卯 9 + 6 + 4 (200 亿元) + 0 + 0.903
        assertThat(chainLeads.leads("fx-food", null, null, 10)).extracting(Lead::companyId, Lead::score)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("fx-k", 24.0), org.assertj.core.groups.Tuple.tuple("fx-j", 19.903));
        assertThatThrownBy(() -> chainLeads.leads("fx-phone", "fx-milk", null, 10)).isInstanceOf(NotFoundException.class);
        assertThat(chainLeads.leadsForDistrict("fx-district", null, 10)).extracting(Lead::companyId)
                .containsExactly("fx-k", "fx-g2", "fx-j", "fx-h", "fx-g1", "fx-i");
        assertThatThrownBy(() -> chainLeads.leadsForDistrict("no-such-district", null, 10)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> chainLeads.leads("no-such-chain", null, null, 10)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void businessLeadsViaTheLeadingFirmAreItsSuppliersAsWorkedOutByHand() {
        List<Lead> leads = businessLeads.leadsVia("fx-a", 10);
        // tie + path 2 / steps + 0.5 × 甲电子's 4 size points + gap + fit + size + proximity + strength:
        // 丑 6 + 2 + 2 + 6.3 + 6 − 2.876 + 1 + 0.804. Not leads for their ties: 辛, which only supplies the same buyer 壬
        // as 甲电子's parent; 壬 itself, a customer of the parent (a group's customers are the group's); 甲电子集团, its
        // parent (the expansion list's)
        // besides its verified supplier 丑, the makers of what 甲电子's segment buys (glass, chips): NEEDS, inferred
        assertThat(leads).extracting(Lead::companyId).containsExactly("fx-g2", "fx-g1", "fx-h", "fx-i");
        assertThat(leads).allSatisfy(l -> assertThat(l.via().companyId()).isEqualTo("fx-a"));
        assertThat(leads).filteredOn(l -> l.via().tie() != TieKind.NEEDS).singleElement().satisfies(l -> {
            assertThat(l.companyId()).isEqualTo("fx-h");
            assertThat(l.paths().getFirst().kind()).isEqualTo("TIE");
            assertThat(l.paths().getFirst().nodes().getFirst().id()).isEqualTo("fx-a");
            assertThat(l.whyZh()).isEqualTo("丑电池（测试世界500强第300名）为甲电子的供应商；其主营测试电池，该环节在甲区断链。");
        });
        assertThat(leads.getFirst().whyZh()).contains("是甲电子", "按产业链上下游推断，并非已知的供货关系");

        // 辰 6 + 2 + 0.5 × 3 + 7.5 + 6 + 1.5 + 3
        assertThat(businessLeads.leadsVia("fx-e", 10)).extracting(Lead::companyId, Lead::score)
                .startsWith(org.assertj.core.groups.Tuple.tuple("fx-k", 27.5));
        assertThat(businessLeads.leadsViaLeadingFirms("fx-district", 3)).extracting(Lead::companyId).contains("fx-k");
        assertThatThrownBy(() -> businessLeads.leadsVia("fx-g1", 10)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void withTheOldTieKindsTheCoSupplierAndTheBrandOwnerCustomerComeBack() {
        // the rules are settings: allowing "both supply the same buyer" and any customer restores 辛 and 壬
        ScoringProperties loose = LeadScorerTest.weights(Map.of("businessTieKinds", List.of("SUPPLIER", "CUSTOMER", "CO_SUPPLIER"),
                "customerNeedsGapFit", false, "customerMaxRevenueYi", 100_000.0, "groupTieNeedsFeed", false, "tieFeedsPlant", 0.0));
        BusinessLeadService service = new BusinessLeadService(gaps, queries, loose, gapProperties, 1);
        assertThat(service.leadsVia("fx-a", 10)).extracting(Lead::companyId).containsExactly("fx-g2", "fx-h", "fx-x");
    }

    @Test
    void aChainListShowsAtMostTheCapOfOneGapInItsFirstPlacesAndStaysExactWhenPruned() {
        // cap 1 in the first 3 places: 辛 (glass), 丑 (battery), 寅 (chip), then 庚, the second glass maker
        ScoringProperties capped = LeadScorerTest.weights(Map.of("diversityWindow", 3, "diversityPerSegment", 1));
        ChainLeadService pruned = new ChainLeadService(gaps, queries, capped, gapProperties, 1);
        ChainLeadService everything = new ChainLeadService(gaps, queries, capped, gapProperties, 1_000_000);
        assertThat(everything.leads("fx-phone", null, null, 10)).extracting(Lead::companyId)
                .containsExactly("fx-g2", "fx-h", "fx-i", "fx-g1");
        for (int limit = 1; limit <= 5; limit++) {
            assertThat(pruned.leads("fx-phone", null, null, limit)).as("limit %d", limit)
                    .isEqualTo(everything.leads("fx-phone", null, null, limit));
        }
        // one segment's own list is not spread
        assertThat(everything.leads("fx-phone", "fx-glass", null, 10)).extracting(Lead::companyId).containsExactly("fx-g2", "fx-g1");
    }

    @Test
    void theExpansionListHasTheGroupsAlreadyPresentWithoutAPenalty() {
        // 巳集团 owns 乙电池 (local) and makes batteries, a broken link: 6.3 + 6 − 3 (5760 亿元) + 2.5 + 1.804.
        // 甲电子集团 is present too but operates in no gap segment
        List<Lead> leads = businessLeads.expansionLeads("fx-district", 10, cn.chainscout.gap.AsOf.NOW);
        assertThat(leads).extracting(Lead::companyId, Lead::score)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("fx-l", 13.604));
        Lead si = leads.getFirst();
        assertThat(si.kind()).isEqualTo(Lead.LeadKind.EXPANSION);
        assertThat(si.parts()).extracting(ScorePart::name).doesNotContain("alreadyLocal");
        assertThat(si.parts().getFirst().zh()).isEqualTo("其集团已在本区设有乙电池，可追加投资新项目（二次招商）。");
        assertThat(si.whyZh()).startsWith("巳集团所属集团已在甲区设有乙电池");
    }

    @Autowired
    org.springframework.data.neo4j.core.Neo4jClient neo4j;

    @Test
    void aCompanyHeadquarteredInTheDistrictsCityIsOnTheExpansionListNotAnInboundLead() {
        assertThat(chainLeads.leads("fx-phone", null, null, 10)).extracting(Lead::companyId).contains("fx-i");
        // 寅 (a chip maker of 湖北) moves its headquarters to 甲市, the fixture district's city
        neo4j.query("MATCH (c:Company {id: 'fx-i'}) SET c.city = '甲市'").run();
        try {
            assertThat(chainLeads.leads("fx-phone", null, null, 10)).extracting(Lead::companyId).doesNotContain("fx-i");
            assertThat(businessLeads.expansionLeads("fx-district", 10, cn.chainscout.gap.AsOf.NOW))
                    .filteredOn(l -> l.companyId().equals("fx-i")).singleElement().satisfies(l -> {
                        assertThat(l.whyZh()).startsWith("寅").contains("总部已在甲市").endsWith("不是外来投资。");
                        assertThat(l.parts().getFirst().zh()).contains("市内扩产");
                    });
        } finally {
            neo4j.query("MATCH (c:Company {id: 'fx-i'}) REMOVE c.city").run();
        }
    }

    @Test
    void asOfADateFirmsThatArrivedLaterAreNotLocal() {
        // 戊芯片 arrived in 2021: at the end of 2020 the chip segment had no local firm, so it was missing
        cn.chainscout.gap.AsOf end2020 = cn.chainscout.gap.AsOf.of(java.time.LocalDate.of(2020, 12, 31));
        assertThat(statuses(gaps.diagnose("fx-phone", end2020))).containsEntry("fx-chip", GapStatus.MISSING);
        assertThat(statuses(gaps.diagnose("fx-phone"))).containsEntry("fx-chip", GapStatus.WEAK);
        // before 甲电子 (2019) nothing needed the phone inputs: no local demand, only the key segments (glass, cases) are missing
        cn.chainscout.gap.AsOf end2018 = cn.chainscout.gap.AsOf.of(java.time.LocalDate.of(2018, 12, 31));
        assertThat(gaps.diagnose("fx-phone", end2018).gaps()).extracting(SegmentGap::segmentId).containsExactly("fx-case", "fx-glass");
        assertThatThrownBy(() -> businessLeads.leadsVia("fx-a", 10, end2018)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void whatIfAGlassMakerLands() {
        WhatIf whatIf = gaps.whatIf("fx-g1", "fx-phone");
        assertThat(whatIf.coveredSegments()).extracting(WhatIf.Covered::segmentId).containsExactly("fx-glass");
        assertThat(whatIf.changes()).singleElement().satisfies(c -> {
            assertThat(c.segmentId()).isEqualTo("fx-glass");
            assertThat(c.before()).isEqualTo(GapStatus.MISSING);
            assertThat(c.after()).isEqualTo(GapStatus.WEAK);
            assertThat(c.severityAfter()).isEqualTo(14.0);
        });
        assertThat(whatIf.completenessBefore()).isCloseTo(1 - 68.0 / 130, within(0.0001));
        assertThat(whatIf.completenessAfter()).isCloseTo(1 - 47.0 / 130, within(0.0001));
        assertThatThrownBy(() -> gaps.whatIf("no-such-company", "fx-phone")).isInstanceOf(NotFoundException.class);
    }

    @Autowired
    ScoringProperties scoring;

    @Autowired
    LeadQueries queries;

    @Autowired
    cn.chainscout.gap.GapProperties gapProperties;

    @Test
    void applicationYmlStatesTheDefaults() {
        assertThat(scoring).isEqualTo(ScoringProperties.defaults());
        assertThat(gapProperties).isEqualTo(cn.chainscout.gap.GapProperties.defaults());
    }

    @Test
    void theSameGraphGivesTheSameRankingEveryTime() {
        assertThat(chainLeads.leads("fx-phone", null, null, 10)).isEqualTo(chainLeads.leads("fx-phone", null, null, 10));
        assertThat(businessLeads.leadsVia("fx-a", 10)).isEqualTo(businessLeads.leadsVia("fx-a", 10));
    }

    private static Map<String, GapStatus> statuses(ChainGaps gaps) {
        return gaps.segments().stream().collect(Collectors.toMap(SegmentGap::segmentId, SegmentGap::status));
    }
}
