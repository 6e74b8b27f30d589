package cn.chainscout.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import cn.chainscout.ChainScoutTest;
import cn.chainscout.audit.AuditEntry;
import cn.chainscout.audit.AuditFilter;
import cn.chainscout.audit.AuditTrail;
import cn.chainscout.common.user.CurrentUser;
import cn.chainscout.common.user.Roles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;

/** The pipeline's changes reach the audit trail with who, what and before → after (issue: accounts, roles and audit). */
@ChainScoutTest
class PipelineAuditTest {

    @Autowired
    PipelineService pipeline;
    @Autowired
    AuditTrail audit;
    @Autowired
    Driver driver;

    private final List<String> leads = new ArrayList<>();

    @AfterEach
    void deleteTheLeads() {
        PipelineFixture.actAsNobody();
        PipelineFixture.deleteLeadsOf(driver, leads);
    }

    @Test
    void aShortlistedLeadAndItsStageMoveAreInTheTrailWithWhoAndBeforeAndAfter() {
        PipelineFixture.actAs("审计测试员");
        String id = pipeline.add(new NewLead(LeadKind.DIRECTED, "lens-technology", null, null, null, null, "审计测试：定向招商")).leadId();
        leads.add(id);
        long version = pipeline.lead(id).orElseThrow().lead().version();
        pipeline.move(id, version, LeadStage.CONTACTED, null);

        List<AuditEntry> trail = CurrentUser.asSystem(() -> audit.search(
                new AuditFilter("审计测试员", "Lead", null, null, null), 0, 50), Roles.ADMIN).stream()
                .filter(e -> id.equals(e.entityId())).toList();
        assertThat(trail).extracting(AuditEntry::action).containsExactlyInAnyOrder("pipeline.add", "pipeline.move");
        AuditEntry move = trail.stream().filter(e -> e.action().equals("pipeline.move")).findFirst().orElseThrow();
        assertThat(move.before()).isEqualTo("stage=IDENTIFIED");
        assertThat(move.after()).isEqualTo("stage=CONTACTED");
        assertThat(move.actor()).isEqualTo("审计测试员");
    }
}
