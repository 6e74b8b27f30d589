package cn.chainscout.lead;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import cn.chainscout.ChainScoutTest;
import cn.chainscout.gap.ChainGaps;
import cn.chainscout.gap.GapService;
import cn.chainscout.gap.GapStatus;
import cn.chainscout.gap.SegmentGap;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The engines on the real seed (graph-seed/). The assertions hold with or without the list
 * companies' placements (operates-in/lists.csv): where the graph has outside companies in a gap,
 * there must be leads, and every lead must carry its reasons and paths.
 */
@ChainScoutTest
@WithMockUser(roles = "LEADER") // the services are secured; reading is allowed to every role
class RealSeedLeadsTest {

    static final String BYD_ELECTRONICS_CHANGSHA = "byd-electronics-changsha";

    @Autowired
    GapService gaps;

    @Autowired
    ChainLeadService chainLeads;

    @Autowired
    BusinessLeadService businessLeads;

    @Autowired
    ScoringProperties scoring;

    @Autowired
    cn.chainscout.gap.GapProperties gapProperties;

    @Test
    void everyChainOfWangchengGetsADiagnosisWithAtLeastOneGap() {
        long started = System.nanoTime();
        List<ChainGaps> chains = gaps.diagnoseDistrict("wangcheng");
        long ms = (System.nanoTime() - started) / 1_000_000;
        assertThat(chains).extracting(ChainGaps::chainId)
                .containsExactly("smart-terminal", "food", "new-materials", "pharma-medical");
        for (ChainGaps chain : chains) {
            System.out.printf("gaps %s: %s completeness %.3f%n", chain.chainId(), chain.counts(), chain.completeness());
            assertThat(chain.gaps()).as(chain.chainId()).isNotEmpty();
            assertThat(chain.completeness()).isBetween(0.0, 1.0);
            assertThat(chain.segments()).allSatisfy(s -> {
                assertThat(s.status()).isNotNull();
                assertThat(s.severity() > 0).isEqualTo(s.status().isGap());
            });
        }
        // 比亚迪电子 assembles at home: its own segment is covered
        assertThat(chains.getFirst().segment("st-ems-odm").orElseThrow().status()).isEqualTo(GapStatus.COVERED);
        System.out.printf("diagnosis of 4 chains: %d ms%n", ms);
    }

    @Test
    void smartTerminalLeadsArePlacedInItsGapsWithTheirReasons() {
        ChainGaps chain = gaps.diagnose("smart-terminal");
        long outsideInGaps = chain.gaps().stream().mapToLong(SegmentGap::candidateCount).sum();
        long started = System.nanoTime();
        List<Lead> leads = chainLeads.leads("smart-terminal", null, null, 50);
        System.out.printf("smart-terminal chain leads: %d (outside companies in gaps: %d) in %d ms%n", leads.size(),
                outsideInGaps, (System.nanoTime() - started) / 1_000_000);
        leads.stream().limit(5).forEach(l -> System.out.println("  " + l.score() + " " + l.whyZh()));
        if (outsideInGaps > 0) {
            assertThat(leads).isNotEmpty();
        }
        List<String> gapIds = chain.gaps().stream().map(SegmentGap::segmentId).toList();
        assertThat(leads).allSatisfy(l -> {
            assertThat(l.fills()).isNotEmpty();
            assertThat(gapIds).contains(l.fills().getFirst().segmentId());
            assertThat(l.whyZh()).contains("该环节在望城区").endsWith("。");
            assertThat(l.whyEn()).contains("Wangcheng").endsWith(".");
            EvidencePath segment = l.paths().stream().filter(p -> p.kind().equals("SEGMENT")).findFirst().orElseThrow();
            assertThat(segment.nodes().getFirst().id()).isEqualTo(l.companyId());
            assertThat(l.score()).isEqualTo(LeadScorer.total(l.parts()));
        });
        assertThat(chainLeads.leads("smart-terminal", null, null, 50)).isEqualTo(leads);
    }

    @Test
    void chainLeadsForTheWholeDistrictAreOnePerCompanyBestFirst() {
        chainLeads.leadsForDistrict("wangcheng", null, 200);
        long started = System.nanoTime();
        List<Lead> leads = chainLeads.leadsForDistrict("wangcheng", null, 200);
        System.out.printf("wangcheng chain leads (all gaps): %d in %d ms (warm)%n", leads.size(),
                (System.nanoTime() - started) / 1_000_000);
        assertThat(leads).extracting(Lead::companyId).doesNotHaveDuplicates();
        assertThat(leads).isSortedAccordingTo(LeadScorer.ORDER);
        // each company comes with its best chain's lead: the same as that chain's own list gives it
        java.util.Map<String, List<Lead>> byChain = new java.util.HashMap<>();
        for (ChainGaps chain : gaps.diagnoseDistrict("wangcheng")) {
            byChain.put(chain.chainId(), chainLeads.leads(chain.chainId(), null, null, 200));
        }
        assertThat(leads).allSatisfy(lead -> {
            List<Lead> sameCompany = byChain.values().stream().flatMap(List::stream)
                    .filter(l -> l.companyId().equals(lead.companyId())).toList();
            assertThat(sameCompany).contains(lead);
            assertThat(sameCompany).allSatisfy(l -> assertThat(l.score()).isLessThanOrEqualTo(lead.score()));
        });
    }

    @Test
    void businessLeadsViaBydElectronicsChangshaAreItsSuppliersNotItsBrandCustomersOrApplesOtherSuppliers() {
        long started = System.nanoTime();
        List<Lead> leads = businessLeads.leadsVia(BYD_ELECTRONICS_CHANGSHA, 200);
        System.out.printf("business leads via 长沙比亚迪电子: %d in %d ms%n", leads.size(), (System.nanoTime() - started) / 1_000_000);
        leads.stream().limit(5).forEach(l -> System.out.println("  " + l.score() + " " + l.whyZh()));
        assertThat(leads).allSatisfy(l -> {
            assertThat(l.via().companyId()).isEqualTo(BYD_ELECTRONICS_CHANGSHA);
            assertThat(l.via().tie()).isIn(TieKind.SUPPLIER, TieKind.CUSTOMER, TieKind.NEEDS);
            EvidencePath path = l.paths().getFirst();
            if (l.via().tie() == TieKind.NEEDS) {
                // no relation claimed: the maker, its main business, what that feeds, the plant that makes it
                assertThat(path.kind()).isEqualTo("NEEDS");
                assertThat(path.nodes().getFirst().id()).isEqualTo(l.companyId());
                assertThat(path.nodes().getLast().id()).isEqualTo(BYD_ELECTRONICS_CHANGSHA);
                assertThat(path.relationships()).extracting(EvidencePath.Relationship::type)
                        .containsExactly("OPERATES_IN", "FEEDS", "OPERATES_IN");
                assertThat(l.whyZh()).contains("按产业链上下游推断，并非已知的供货关系");
                return;
            }
            assertThat(path.kind()).isEqualTo("TIE");
            assertThat(path.nodes().getFirst().id()).isEqualTo(BYD_ELECTRONICS_CHANGSHA);
            assertThat(path.nodes().getLast().id()).isEqualTo(l.companyId());
            assertThat(path.relationships()).hasSize(l.via().pathLength());
            // the plant's or its direct parent's tie, verified
            assertThat(path.relationships().stream().filter(r -> r.type().equals("SUBSIDIARY_OF")).count()).isLessThanOrEqualTo(1);
            assertThat(path.relationships()).noneMatch(r -> "unverified".equals(r.confidence()));
        });
        // brand owners it assembles for, its own group: none is a business lead; Apple's other suppliers only for what
        // the plant buys (蓝思's cover glass), never as co-suppliers
        assertThat(leads).extracting(Lead::companyId).doesNotContain(BYD_ELECTRONICS_CHANGSHA, "byd", "byd-electronic-intl",
                "huawei-investment-and-holding", "apple", "xiaomi", "lenovo-group", "vivo", "oppo", "honor",
                "contemporary-amperex-technology", "changyuan-lico");
        assertThat(leads).filteredOn(l -> l.companyId().equals("lens-technology")).allSatisfy(l ->
                assertThat(l.via().tie()).isEqualTo(TieKind.NEEDS));
        // the richest list a phone-assembly anchor has: the makers of what it buys
        assertThat(leads).hasSizeGreaterThanOrEqualTo(20);
        assertThat(businessLeads.leadsVia(BYD_ELECTRONICS_CHANGSHA, 200)).isEqualTo(leads);
    }

    @Test
    void aChainListIsNotFilledByOneGap() {
        LeadScorer scorer = new LeadScorer(scoring, gapProperties);
        for (ChainGaps chain : gaps.diagnoseDistrict("wangcheng")) {
            List<Lead> top = chainLeads.leads(chain.chainId(), null, null, 20);
            java.util.Map<String, Long> perSegment = top.stream().collect(java.util.stream.Collectors.groupingBy(
                    scorer::segmentOf, java.util.stream.Collectors.counting()));
            long segmentsWithLeads = chain.gaps().stream().filter(g -> g.candidateCount() > 0).count();
            if (segmentsWithLeads >= 5) {
                assertThat(perSegment.values()).as(chain.chainId()).allSatisfy(n -> assertThat(n).isLessThanOrEqualTo(4));
            }
        }
    }

    @Test
    void theGroupOfTheLocalPlantIsOnTheExpansionListNotTheChainList() {
        // 比亚迪, the group of 长沙比亚迪电子, left the smart-terminal chain list for the 二次招商 list
        assertThat(chainLeads.leads("smart-terminal", null, null, 200)).extracting(Lead::companyId).doesNotContain("byd");
        assertThat(businessLeads.expansionLeads("wangcheng", 200, cn.chainscout.gap.AsOf.NOW)).extracting(Lead::companyId)
                .contains("byd");
    }

    @Test
    void businessLeadsViaAusnutriaNameTheirPath() {
        List<Lead> leads = businessLeads.leadsVia("ausnutria", 50);
        leads.stream().limit(5).forEach(l -> System.out.println("  " + l.score() + " " + l.whyZh()));
        assertThat(leads).isNotEmpty().allSatisfy(l -> {
            assertThat(l.via().companyId()).isEqualTo("ausnutria");
            // a known tie's path starts at the plant; an inferred one (NEEDS) at the maker, through what it makes
            assertThat(l.paths().getFirst().nodes().getFirst().id())
                    .isEqualTo(l.via().tie() == TieKind.NEEDS ? l.companyId() : "ausnutria");
        });
        // what a formula plant buys: cans and cartons, nutrient premixes
        assertThat(leads).filteredOn(l -> l.via().tie() == TieKind.NEEDS).extracting(l -> l.fills().getFirst().segmentId())
                .isNotEmpty().isSubsetOf("fd-packaging", "fd-nutrition-ingredients", "fd-additives", "fd-testing");
        // its parent group 伊利 is not a lead: a group already present is for 二次招商; nor its shareholder 晟德, nor
        // Pure Nutrition, a supplier it owns, nor a partner known only from the news; nor 伊利's suppliers for its
        // liquid milk (raw milk, aseptic cartons), which feed no segment of 澳优's own plant
        assertThat(leads).extracting(Lead::companyId)
                .doesNotContain("yili-group", "center-laboratories", "pure-nutrition-nz", "lenovo-group",
                        "china-zhongdi-dairy", "tetra-pak");
        assertThat(businessLeads.leadsViaLeadingFirms("wangcheng", 20)).isNotEmpty();
    }
}
