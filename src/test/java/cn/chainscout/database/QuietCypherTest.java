package cn.chainscout.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import cn.chainscout.ChainScoutTest;
import cn.chainscout.chain.ChainOverview;
import cn.chainscout.chain.ChainService;
import cn.chainscout.dashboard.DashboardService;
import cn.chainscout.gap.GapService;
import cn.chainscout.lead.BusinessLeadService;
import cn.chainscout.lead.ChainLeadService;
import cn.chainscout.common.user.CurrentUser;
import cn.chainscout.common.user.Roles;
import cn.chainscout.dashboard.ProjectFixture;
import cn.chainscout.pipeline.LeadFilter;
import cn.chainscout.pipeline.PipelineService;
import cn.chainscout.security.UserAccounts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.neo4j.driver.Driver;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * Issue 18, item 6: the app's own Cypher draws no warning from Neo4j, at start or in normal use: the start's
 * work (schema, the dashboard trend, the accounts) and the pages' reads (chains, gaps, leads of every chain and
 * via the leading firms, the dashboard, the pipeline). Nothing is lowered or hidden: Neo4j's notifications reach
 * the log at WARN through Spring Data Neo4j's cypher loggers. The names a young graph does not hold yet (no
 * pipeline, no trend) exist from the start (db/tokens.cypher), so Neo4j has no "does not exist" to say.
 */
@ChainScoutTest
@ExtendWith(OutputCaptureExtension.class)
@WithMockUser(roles = "LEADER")
class QuietCypherTest {

    @Autowired
    ChainService chains;
    @Autowired
    GapService gaps;
    @Autowired
    ChainLeadService chainLeads;
    @Autowired
    BusinessLeadService businessLeads;
    @Autowired
    DashboardService dashboard;
    @Autowired
    PipelineService pipeline;
    @Autowired
    GraphSchema schema;
    @Autowired
    UserAccounts accounts;
    @Autowired
    Driver driver;

    @Test
    void theReadsOfEveryPageLogNoCypherWarning(CapturedOutput output) {
        readEveryPage();
        assertThat(cypherWarnings(output)).as("Cypher warnings in the log").isEmpty();
    }

    /** What a start does besides the pages: the schema, the accounts and the trend's record. */
    @Test
    void theStartsOwnQueriesLogNoCypherWarning(CapturedOutput output) {
        List<String> snapshots = ProjectFixture.snapshotIds(driver);
        try {
            schema.apply();
            CurrentUser.asSystem(accounts::list, Roles.ADMIN);
            CurrentUser.asSystem(dashboard::recordTrend, Roles.ADMIN);
        } finally {
            ProjectFixture.removeSnapshotsExcept(driver, snapshots);
        }
        assertThat(cypherWarnings(output)).as("Cypher warnings in the log").isEmpty();
    }

    @Test
    void noLoggerOfNeo4jsNotificationsIsLowered() {
        assertThat(LoggerFactory.getLogger("org.springframework.data.neo4j.cypher.unrecognized").isWarnEnabled()).isTrue();
        assertThat(LoggerFactory.getLogger("org.springframework.data.neo4j.cypher.deprecation").isWarnEnabled()).isTrue();
    }

    private void readEveryPage() {
        for (ChainOverview chain : chains.overview()) {
            gaps.diagnose(chain.id());
            chainLeads.leads(chain.id(), null, null, 20);
        }
        String district = chains.homeDistrictId().orElseThrow();
        businessLeads.leadsViaLeadingFirms(district, 20);
        dashboard.dashboard();
        pipeline.leads(LeadFilter.ALL);
    }

    private static List<String> cypherWarnings(CapturedOutput output) {
        return output.getAll().lines()
                // the console abbreviates the logger (o.s.data.neo4j.cypher.…, o.neo4j.driver.…)
                .filter(line -> line.contains("WARN") && (line.contains("neo4j.cypher") || line.contains("neo4j.driver")))
                .toList();
    }
}
