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
                .isEqualTo("key segment; feeds local firms Jia Electronics; no local firm → missing");
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
        // ties = Σ per local firm of strength / steps × size / 2 (甲 4, 乙 and 戊 1, 丙 0.5):
        // 丑 6.3 + 4.02 + 3 + min(10, 5 × 2 + 1 × 0.25 + 1 × 0.5); 辛 10.5 + 5.412 + 3 + 2/3 × 2 + 3;
        // 庚 10.5 + 8.02 + 3; 巳 6.3 + 9.02 + 3 + 3 × 0.5 − 5; 子 10.5 + 1 + 3; 寅 3.6 + 3 + 1.5
        assertThat(leads).extracting(Lead::companyId)
                .containsExactly("fx-h", "fx-g2", "fx-g1", "fx-l", "fx-g3", "fx-i");
        assertThat(leads).extracting(Lead::score).containsExactly(23.32, 23.245, 21.52, 14.82, 14.5, 8.1);
        assertThat(leads.getFirst().part("ties")).isEqualTo(10.0);
        assertThat(leads.getFirst().via().tie()).isEqualTo(TieKind.SUPPLIER);
        Lead xin = leads.get(1);
        assertThat(xin.part("gap")).isEqualTo(10.5);
        assertThat(xin.part("strength")).isEqualTo(5.412);
        assertThat(xin.part("ties")).isEqualTo(1.333);
        assertThat(xin.via().companyId()).isEqualTo("fx-a");
        assertThat(xin.via().tie()).isEqualTo(TieKind.CO_SUPPLIER);
        assertThat(xin.whyZh()).isEqualTo("辛玻璃（测试民营500强第50名）主营测试盖板，该环节在甲区缺链；"
                + "其与甲电子集团（甲电子的上级公司）同为壬品牌供应商。");
        assertThat(xin.whyEn()).contains("Xin Glass", "missing in Fixture District", "supplies Ren Brand, as does Jia Electronics Group");
        assertThat(xin.paths()).extracting(EvidencePath::kind).contains("SEGMENT", "GAP", "RANKED", "TIE");
        EvidencePath tie = xin.paths().stream().filter(p -> p.kind().equals("TIE")).findFirst().orElseThrow();
        assertThat(tie.nodes()).extracting(EvidencePath.Node::id).containsExactly("fx-a", "fx-ap", "fx-x", "fx-g2");
        assertThat(tie.relationships()).extracting(EvidencePath.Relationship::type)
                .containsExactly("SUBSIDIARY_OF", "SUPPLIES", "SUPPLIES");
        assertThat(leads.get(4).whyZh()).isEqualTo("子玻璃兼营测试盖板，该环节在甲区缺链；其总部位于湖南省。");
        assertThat(leads.get(5).whyEn()).endsWith("; it is headquartered in Hubei.");
        Lead si = leads.get(3);
        assertThat(si.part("alreadyLocal")).isEqualTo(-5.0);
        assertThat(si.whyZh()).contains("注意：其集团已有企业在本地");
    }

    @Test
    void chainLeadsCanBeNarrowedToASegmentOrAList() {
        assertThat(chainLeads.leads("fx-phone", "fx-battery", null, 10)).extracting(Lead::companyId)
                .containsExactly("fx-h", "fx-l");
        assertThat(chainLeads.leads("fx-phone", null, "FORTUNE_GLOBAL_500", 2)).extracting(Lead::companyId)
                .containsExactly("fx-h", "fx-g1");
        assertThat(chainLeads.leads("fx-food", null, null, 10)).extracting(Lead::companyId)
                .containsExactly("fx-k", "fx-j");
        assertThatThrownBy(() -> chainLeads.leads("fx-phone", "fx-milk", null, 10)).isInstanceOf(NotFoundException.class);
        // all gaps of the district: 辰乳清 (7.5 + 3 + 5 × 3 / 2 + 3) comes between the glass makers and the rest
        assertThat(chainLeads.leadsForDistrict("fx-district", null, 10)).extracting(Lead::companyId)
                .containsExactly("fx-h", "fx-g2", "fx-g1", "fx-k", "fx-j", "fx-l", "fx-g3", "fx-i");
        assertThatThrownBy(() -> chainLeads.leadsForDistrict("no-such-district", null, 10)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> chainLeads.leads("no-such-chain", null, null, 10)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void businessLeadsViaTheLeadingFirmRankAsWorkedOutByHand() {
        List<Lead> leads = businessLeads.leadsVia("fx-a", 10);
        // 辛 2 + 4/3 + 4 + 5.412 + 10.5 + 3; 丑 5 + 4 + 4 + 4.02 + 6.3; 壬 5 + 2 + 4 + 9.62; 甲电子集团 3 + 4 + 4 + 3 − 5
        assertThat(leads).extracting(Lead::companyId).containsExactly("fx-g2", "fx-h", "fx-x", "fx-ap");
        assertThat(leads).extracting(Lead::score).containsExactly(26.245, 23.32, 20.62, 9.0);
        assertThat(leads).allSatisfy(l -> {
            assertThat(l.via().companyId()).isEqualTo("fx-a");
            assertThat(l.paths().getFirst().kind()).isEqualTo("TIE");
            assertThat(l.paths().getFirst().nodes().getFirst().id()).isEqualTo("fx-a");
        });
        assertThat(leads.get(1).whyZh()).isEqualTo("丑电池（测试世界500强第300名）为甲电子的供应商；其主营测试电池，该环节在甲区断链。");
        assertThat(leads.get(2).via().tie()).isEqualTo(TieKind.CUSTOMER);
        assertThat(leads.get(2).via().pathLength()).isEqualTo(2);

        assertThat(businessLeads.leadsVia("fx-e", 10)).extracting(Lead::companyId, Lead::score)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("fx-k", 22.5));
        assertThat(businessLeads.leadsViaLeadingFirms("fx-district", 3)).extracting(Lead::companyId)
                .containsExactly("fx-g2", "fx-h", "fx-k");
        assertThatThrownBy(() -> businessLeads.leadsVia("fx-g1", 10)).isInstanceOf(NotFoundException.class);
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
