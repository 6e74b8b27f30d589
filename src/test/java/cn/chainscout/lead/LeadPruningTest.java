package cn.chainscout.lead;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import cn.chainscout.ChainScoutTest;
import cn.chainscout.SecondTier;
import cn.chainscout.gap.AsOf;
import cn.chainscout.gap.ChainGaps;
import cn.chainscout.gap.GapProperties;
import cn.chainscout.gap.GapService;
import cn.chainscout.synthetic.SyntheticGraph;
import cn.chainscout.synthetic.SyntheticSpec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * Both lead engines read candidates best bound first and stop early: they must give exactly the
 * leads that scoring every candidate gives. A service that reads one candidate a round (the most
 * pruning rounds) is compared with one that reads them all at once, on the seed, the fixture
 * district and a generated graph with hubs.
 */
@SecondTier
@ChainScoutTest
@WithMockUser(roles = {"ADMIN", "LEADER"})
class LeadPruningTest {

    @Autowired
    GapService gaps;
    @Autowired
    LeadQueries queries;
    @Autowired
    ScoringProperties weights;
    @Autowired
    GapProperties gapProperties;
    @Autowired
    SyntheticGraph synthetic;

    @AfterEach
    void removeTheGeneratedGraph() {
        synthetic.delete();
    }

    @Test
    void tiesFoundFromTheCandidatesSideAreTheTiesFoundFromTheLocalFirms() {
        for (String district : List.of("wangcheng", "fx-district")) {
            assertSameTies(district, null);
            for (String firm : queries.leadingFirms(district, AsOf.NOW)) {
                assertSameTies(district, List.of(firm));
            }
        }
        assertThat(queries.ties("wangcheng", null, null, AsOf.NOW)).extracting(TieFact::kind)
                .contains(TieKind.SUPPLIER, TieKind.CUSTOMER, TieKind.CO_SUPPLIER, TieKind.PARENT);
    }

    private void assertSameTies(String district, List<String> vias) {
        List<TieFact> fromLocalSide = queries.ties(district, vias, null, AsOf.NOW);
        List<String> candidates = fromLocalSide.stream().map(TieFact::candidateId).distinct().sorted().toList();
        assertThat(queries.tiesOf(district, vias, candidates, AsOf.NOW)).as("%s via %s", district, vias)
                .containsExactlyInAnyOrderElementsOf(fromLocalSide);
        // a subset of candidates gets just their ties
        List<String> some = candidates.stream().limit(3).toList();
        assertThat(queries.tiesOf(district, vias, some, AsOf.NOW))
                .containsExactlyInAnyOrderElementsOf(queries.ties(district, vias, some, AsOf.NOW));
    }

    @Test
    void readingCandidatesOneAtATimeGivesTheSameLeadsAsScoringThemAll() {
        ChainLeadService pruned = new ChainLeadService(gaps, queries, weights, gapProperties, 1);
        ChainLeadService everything = new ChainLeadService(gaps, queries, weights, gapProperties, 1_000_000);
        for (String district : List.of("wangcheng", "fx-district")) {
            for (int limit : List.of(1, 5, 50)) {
                assertThat(pruned.leadsForDistrict(district, null, limit))
                        .isEqualTo(everything.leadsForDistrict(district, null, limit)).hasSizeLessThanOrEqualTo(limit);
            }
            for (ChainGaps chain : gaps.diagnoseDistrict(district)) {
                for (String list : new String[] {null, "FORTUNE_GLOBAL_500", "CHINA_PRIVATE_500"}) {
                    assertThat(pruned.leads(chain.chainId(), null, list, 10))
                            .as("%s %s", chain.chainId(), list).isEqualTo(everything.leads(chain.chainId(), null, list, 10));
                }
            }
        }
        assertThat(everything.leadsForDistrict("wangcheng", null, 50)).hasSize(50);

        BusinessLeadService prunedBusiness = new BusinessLeadService(gaps, queries, weights, gapProperties, 1);
        BusinessLeadService allBusiness = new BusinessLeadService(gaps, queries, weights, gapProperties, 1_000_000);
        for (String district : List.of("wangcheng", "fx-district")) {
            for (int limit : List.of(1, 10, 50)) {
                assertThat(prunedBusiness.leadsViaLeadingFirms(district, limit))
                        .isEqualTo(allBusiness.leadsViaLeadingFirms(district, limit));
            }
            for (String firm : queries.leadingFirms(district, AsOf.NOW)) {
                assertThat(prunedBusiness.leadsVia(firm, 10)).as(firm).isEqualTo(allBusiness.leadsVia(firm, 10));
            }
        }
        // not a vacuous comparison: 澳优 has verified suppliers (the seed knows none of 比亚迪电子's)
        assertThat(allBusiness.leadsVia("ausnutria", 10)).isNotEmpty();
    }

    @Test
    void asOfADateThePrunedEnginesStillGiveTheLeadsOfScoringEverything() {
        ChainLeadService pruned = new ChainLeadService(gaps, queries, weights, gapProperties, 1);
        ChainLeadService everything = new ChainLeadService(gaps, queries, weights, gapProperties, 1_000_000);
        BusinessLeadService prunedBusiness = new BusinessLeadService(gaps, queries, weights, gapProperties, 1);
        BusinessLeadService allBusiness = new BusinessLeadService(gaps, queries, weights, gapProperties, 1_000_000);
        for (String date : List.of("2015-06-30", "2020-01-01", "2022-06-30")) {
            AsOf asOf = AsOf.of(java.time.LocalDate.parse(date));
            for (String district : List.of("wangcheng", "fx-district")) {
                assertThat(pruned.leadsForDistrict(district, null, 20, asOf)).as("%s %s", district, date)
                        .isEqualTo(everything.leadsForDistrict(district, null, 20, asOf));
                assertThat(prunedBusiness.leadsViaAllLocalFirms(district, 20, asOf)).as("%s %s", district, date)
                        .isEqualTo(allBusiness.leadsViaAllLocalFirms(district, 20, asOf));
            }
        }
    }

    @Test
    void theSameOnAGeneratedGraphWhereHubsTieThousandsOfCompanies() {
        synthetic.generate(new SyntheticSpec(11, 3_000, 5.0, 2, 30, 40, 20, 1_000));
        assertSameTies(SyntheticGraph.DISTRICT, List.of(SyntheticGraph.leadingHubId(0)));
        List<String> sample = java.util.stream.IntStream.range(0, 3_000).filter(i -> i % 7 == 0)
                .mapToObj(SyntheticGraph::companyId).toList();
        assertThat(queries.tiesOf(SyntheticGraph.DISTRICT, null, sample, AsOf.NOW))
                .containsExactlyInAnyOrderElementsOf(queries.ties(SyntheticGraph.DISTRICT, null, sample, AsOf.NOW)).isNotEmpty();
        ChainLeadService pruned = new ChainLeadService(gaps, queries, weights, gapProperties, 1);
        ChainLeadService everything = new ChainLeadService(gaps, queries, weights, gapProperties, 1_000_000);
        for (int chain = 0; chain < 2; chain++) {
            String id = SyntheticGraph.chainId(chain);
            List<Lead> all = everything.leads(id, null, null, 50);
            assertThat(all).hasSize(50);
            assertThat(pruned.leads(id, null, null, 50)).isEqualTo(all);
            assertThat(pruned.leads(id, null, "CHINA_TOP_500", 20)).isEqualTo(everything.leads(id, null, "CHINA_TOP_500", 20));
        }
        assertThat(pruned.leadsForDistrict(SyntheticGraph.DISTRICT, null, 100))
                .isEqualTo(everything.leadsForDistrict(SyntheticGraph.DISTRICT, null, 100));

        BusinessLeadService prunedBusiness = new BusinessLeadService(gaps, queries, weights, gapProperties, 1);
        BusinessLeadService allBusiness = new BusinessLeadService(gaps, queries, weights, gapProperties, 1_000_000);
        for (int hub = 0; hub < 3; hub++) {
            String firm = SyntheticGraph.leadingHubId(hub);
            List<Lead> all = allBusiness.leadsVia(firm, 50);
            assertThat(all).hasSize(50);
            assertThat(prunedBusiness.leadsVia(firm, 50)).as(firm).isEqualTo(all);
        }
        assertThat(prunedBusiness.leadsViaLeadingFirms(SyntheticGraph.DISTRICT, 100))
                .isEqualTo(allBusiness.leadsViaLeadingFirms(SyntheticGraph.DISTRICT, 100));
    }
}
