package cn.chainscout.synthetic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.chainscout.ChainScoutTest;
import cn.chainscout.GraphCounts;
import cn.chainscout.SecondTier;
import cn.chainscout.gap.GapService;
import cn.chainscout.lead.BusinessLeadService;
import org.springframework.security.test.context.support.WithMockUser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;

@SecondTier
@ChainScoutTest
@WithMockUser(roles = {"ADMIN", "LEADER"}) // generating is the administrator's; the engines read for every role
class SyntheticGraphTest {

    private static final SyntheticSpec SMALL = new SyntheticSpec(7, 600, 5.0, 2, 20, 20, 10, 250);

    @Autowired
    SyntheticGraph synthetic;
    @Autowired
    Driver driver;
    @Autowired
    GapService gaps;
    @Autowired
    BusinessLeadService businessLeads;
    @Autowired
    cn.chainscout.company.CompanyService companies;

    @AfterEach
    void removeTheGeneratedGraph() {
        synthetic.delete();
    }

    @Test
    void theSameSpecGivesTheSameGraphAndDeletingItLeavesTheRealGraphAsItWas() {
        GraphCounts before = GraphCounts.of(driver);
        SyntheticGraph.Report first = synthetic.generate(SMALL);
        String firstSum = syntheticChecksum();
        synthetic.delete();
        assertThat(GraphCounts.of(driver)).isEqualTo(before);

        SyntheticGraph.Report second = synthetic.generate(SMALL);
        assertThat(syntheticChecksum()).isEqualTo(firstSum);
        assertThat(second.nodes()).isEqualTo(first.nodes());
        assertThat(second.relationships()).isEqualTo(first.relationships());

        synthetic.delete();
        synthetic.generate(new SyntheticSpec(8, 600, 5.0, 2, 20, 20, 10, 250));
        assertThat(syntheticChecksum()).as("another seed, another graph").isNotEqualTo(firstSum);
    }

    @Test
    void everyGeneratedNodeIsLabelledSyntheticAndSaysWhereItCameFrom() {
        SyntheticGraph.Report report = synthetic.generate(SMALL);
        assertThat(synthetic.count()).isEqualTo(report.nodes()).isEqualTo(1 + 5 + 2 + 40 + 600 + 3);
        assertThat(GraphCounts.count(driver, "MATCH (n) WHERE n.id STARTS WITH 'syn-' AND NOT n:Synthetic RETURN count(n)")).isZero();
        assertThat(GraphCounts.count(driver, "MATCH (n:Synthetic) WHERE n.source <> $s RETURN count(n)",
                java.util.Map.of("s", SyntheticGraph.SOURCE))).isZero();
        assertThat(GraphCounts.count(driver, "MATCH (:Synthetic)-[r]-() WHERE r.source IS NULL RETURN count(r)")).isZero();
        // a few hubs draw far more ties than the average company
        long hubTies = GraphCounts.count(driver, "MATCH (:Company {id: 'syn-c-0'})-[r:SUPPLIES|INVESTS_IN|PARTNERS_WITH]-() RETURN count(r)");
        assertThat(hubTies).isGreaterThan(5 * 10);
        assertThatThrownBy(() -> synthetic.generate(SMALL)).hasMessageContaining("already holds a synthetic graph");
    }

    @Test
    void theEnginesWorkOnTheGeneratedGraph() {
        synthetic.generate(SMALL);
        assertThat(gaps.diagnose(SyntheticGraph.chainId(0)).segments()).hasSize(20);
        assertThat(gaps.diagnose(SyntheticGraph.chainId(0)).gaps()).isNotEmpty();
        assertThat(businessLeads.leadsVia(SyntheticGraph.leadingHubId(0), 50)).isNotEmpty()
                .allSatisfy(l -> assertThat(l.companyId()).startsWith("syn-c-"));
    }

    @Test
    void aHubsPortraitHoldsItsFirstTiesAndSaysHowManyThereAre() {
        synthetic.generate(new SyntheticSpec(7, 6_000, 5.0, 2, 20, 20, 5, 2_000));
        String hub = SyntheticGraph.leadingHubId(0);
        long ties = GraphCounts.count(driver, "MATCH (:Company {id: $id})-[r:SUPPLIES|INVESTS_IN|PARTNERS_WITH|SUBSIDIARY_OF]-(:Company) RETURN count(r)",
                java.util.Map.of("id", hub));
        var portrait = companies.portrait(hub).orElseThrow();
        assertThat(ties).isGreaterThan(portrait.ties().size());
        assertThat(portrait.tieCount()).isEqualTo(ties);
        assertThat(portrait.tiesCut()).isTrue();
        assertThat(portrait.ties()).hasSize(300).isSortedAccordingTo(
                java.util.Comparator.comparing(cn.chainscout.company.CompanyPortrait.Tie::type));
    }

    /** Every generated node and outgoing relationship as a line, hashed: equal graphs, equal sums. */
    private String syntheticChecksum() {
        try (var session = driver.session()) {
            var lines = session.run("""
                    MATCH (n:Synthetic)
                    OPTIONAL MATCH (n)-[r]->(m)
                    RETURN n.id + '|' + n.name + '|' + coalesce(n.province, '') + '|'
                           + coalesce(type(r) + '>' + m.id, '') + '|' + coalesce(toString(r.main), '') + '|'
                           + coalesce(toString(r.rank), '') + '|' + coalesce(r.tier, '') AS line
                    ORDER BY line
                    """).list(r -> r.get("line").asString());
            return lines.size() + ":" + Integer.toHexString(lines.hashCode());
        }
    }
}
