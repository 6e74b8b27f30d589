package cn.chainscout.lead;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;

import cn.chainscout.ChainScoutTest;
import cn.chainscout.gap.GapService;
import cn.chainscout.gap.GapStatus;
import cn.chainscout.importer.ImportResult;
import cn.chainscout.importer.ImportService;
import cn.chainscout.importer.SourceFile;
import cn.chainscout.seed.SeedLoader;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * Today's gap diagnoses and lead lists are kept per graph version (GraphReadCache): a page shown twice
 * does not compute them twice, and any write is seen by the next read, whether the app's own import and
 * rollback or a write straight into the database.
 */
@ChainScoutTest
@WithMockUser(username = "test-fresh-reads", roles = {"ADMIN", "LEADER"})
class FreshReadsTest {

    @Autowired
    SeedLoader loader;
    @Autowired
    GapService gaps;
    @Autowired
    ChainLeadService chainLeads;
    @Autowired
    ImportService imports;
    @Autowired
    Driver driver;

    @BeforeEach
    void loadFixture() {
        loader.load("classpath:lead-fixture/", false);
    }

    @Test
    void aListImportShowsOnTheNextLeadListAndItsRollbackTakesItAway() {
        List<Lead> before = chainLeads.leads("fx-phone", null, "CHINA_TOP_500", 10);
        // nothing written between two reads: the list is not computed again
        assertThat(chainLeads.leads("fx-phone", null, "CHINA_TOP_500", 10)).isSameAs(before);
        assertThat(before).extracting(Lead::companyId).doesNotContain("fx-i");

        String csv = "排名,企业名称,营业收入（万元）\n300,寅芯片,3000000\n";
        ImportResult result = imports.importFiles(List.of(new SourceFile("fresh-reads.csv", csv.getBytes(StandardCharsets.UTF_8))),
                "CHINA_TOP_500", 2019, true, (done, total) -> { });
        try {
            assertThat(chainLeads.leads("fx-phone", null, "CHINA_TOP_500", 10)).extracting(Lead::companyId).contains("fx-i");
        } finally {
            imports.rollback(result.batchId());
        }
        assertThat(chainLeads.leads("fx-phone", null, "CHINA_TOP_500", 10)).isEqualTo(before);
    }

    @Test
    void aPlacementWrittenStraightIntoTheDatabaseChangesTheNextDiagnosisAndLeads() {
        assertThat(gaps.diagnose("fx-phone").segment("fx-glass").orElseThrow().status()).isEqualTo(GapStatus.MISSING);
        assertThat(chainLeads.leads("fx-phone", null, null, 10)).extracting(Lead::companyId).contains("fx-g2");
        // 辛玻璃 opens a plant in the fixture park, written by hand (no app writer involved)
        try (var session = driver.session()) {
            session.run("MATCH (c:Company {id: 'fx-g2'}), (p:Park {id: 'fx-park'}) CREATE (c)-[:LOCATED_IN {source: 'test-fresh-reads'}]->(p)")
                    .consume();
        }
        try {
            assertThat(gaps.diagnose("fx-phone").segment("fx-glass").orElseThrow().status()).isNotEqualTo(GapStatus.MISSING);
            assertThat(chainLeads.leads("fx-phone", null, null, 10)).extracting(Lead::companyId).doesNotContain("fx-g2");
        } finally {
            try (var session = driver.session()) {
                session.run("MATCH (:Company {id: 'fx-g2'})-[l:LOCATED_IN {source: 'test-fresh-reads'}]->() DELETE l").consume();
            }
        }
        assertThat(gaps.diagnose("fx-phone").segment("fx-glass").orElseThrow().status()).isEqualTo(GapStatus.MISSING);
    }
}
