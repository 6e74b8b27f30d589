package cn.chainscout.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import cn.chainscout.ChainScoutTest;
import cn.chainscout.GraphCounts;
import cn.chainscout.TestUser;
import cn.chainscout.audit.AuditFilter;
import cn.chainscout.audit.AuditTrail;
import cn.chainscout.backup.BackupService;
import cn.chainscout.common.user.Roles;
import cn.chainscout.dashboard.DashboardService;
import cn.chainscout.dashboard.ManualEntry;
import cn.chainscout.importer.ImportService;
import cn.chainscout.importer.SourceFile;
import cn.chainscout.pipeline.LeadEdit;
import cn.chainscout.pipeline.LeadKind;
import cn.chainscout.pipeline.LeadStage;
import cn.chainscout.pipeline.NewLead;
import cn.chainscout.pipeline.PipelineFixture;
import cn.chainscout.pipeline.PipelineService;
import cn.chainscout.project.ProjectService;
import cn.chainscout.project.ProjectStage;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * Each role is refused, by the service itself (not a hidden button), every change that is not its
 * work: a LEADER changes nothing, an ANALYST does no data administration, an ADMIN without ANALYST
 * does not work the pipeline. Refusals come before any work (even with arguments a real call could
 * not have) and leave the whole graph, audit trail included, unchanged.
 */
@ChainScoutTest
class ServiceWriteRolesTest {

    private static final NewLead LEAD = new NewLead(LeadKind.DIRECTED, "lens-technology", null, null, null, null, "角色测试");
    private static final SourceFile LIST = new SourceFile("roles.csv",
            "排名,公司名称,营业收入（百万美元）\n1,沃尔玛,\"680,985\"\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));

    @Autowired
    PipelineService pipeline;
    @Autowired
    ProjectService projects;
    @Autowired
    DashboardService dashboard;
    @Autowired
    ImportService imports;
    @Autowired
    UserAccounts accounts;
    @Autowired
    BackupService backups;
    @Autowired
    AuditTrail audit;
    @Autowired
    Driver driver;

    private Map<String, ThrowingCallable> pipelineWork() {
        return Map.of(
                "pipeline.add", () -> pipeline.add(LEAD),
                "pipeline.update", () -> pipeline.update("any-lead", 0, new LeadEdit("某人", null, null, null, "备注")),
                "pipeline.move", () -> pipeline.move("any-lead", 0, LeadStage.CONTACTED, null),
                "pipeline.sign", () -> pipeline.sign("any-lead", 0, PipelineFixture.figures(10, 200, 20, 10_000)),
                "projects.create", () -> projects.create("any-lead", "某公司", PipelineFixture.figures(10, 200, 20, 10_000)),
                "projects.advance", () -> projects.advance("any-project", 0, ProjectStage.STARTED, LocalDate.of(2026, 4, 1)),
                "dashboard.enter", () -> dashboard.enter("kpi-masters", new ManualEntry(1.0, LocalDate.of(2026, 1, 1), "角色测试")));
    }

    private Map<String, ThrowingCallable> adminWork() {
        return Map.ofEntries(
                Map.entry("imports.analyse", () -> imports.analyse(List.of(LIST))),
                Map.entry("imports.importFiles", () -> imports.importFiles(List.of(LIST), "FORTUNE_GLOBAL_500", 2025, true, (d, t) -> { })),
                Map.entry("imports.commit", () -> imports.commit(null, Map.of(), (d, t) -> { })),
                Map.entry("imports.rollback", () -> imports.rollback("any-batch")),
                Map.entry("imports.batches", () -> imports.batches()),
                Map.entry("accounts.list", () -> accounts.list()),
                Map.entry("accounts.create", () -> accounts.create("role-test-user", Set.of(Roles.ADMIN))),
                Map.entry("accounts.update", () -> accounts.update(TestUser.ANALYST.username(), 0, Set.of(Roles.ADMIN), true)),
                Map.entry("accounts.resetPassword", () -> accounts.resetPassword(TestUser.ANALYST.username())),
                Map.entry("audit.search", () -> audit.search(AuditFilter.any(), 0, 10)),
                Map.entry("backups.backup", () -> backups.backup(new ByteArrayOutputStream())),
                Map.entry("backups.restore", () -> backups.restore(new ByteArrayInputStream(new byte[0]), "x.jsonl.gz")));
    }

    @Test
    @WithMockUser(username = "role-test-leader", roles = Roles.LEADER)
    void aLeaderIsRefusedEveryChange() {
        assertAllRefused(pipelineWork());
        assertAllRefused(adminWork());
        assertThat(dashboard.dashboard()).as("but reads the dashboard").isNotEmpty();
    }

    @Test
    @WithMockUser(username = "role-test-analyst", roles = Roles.ANALYST)
    void anAnalystIsRefusedImportsRollbacksUsersAuditAndBackup() {
        assertAllRefused(adminWork());
    }

    @Test
    @WithMockUser(username = "role-test-admin", roles = Roles.ADMIN)
    void anAdminWithoutTheAnalystRoleIsRefusedPipelineProjectAndDashboardChanges() {
        assertAllRefused(pipelineWork());
    }

    private void assertAllRefused(Map<String, ThrowingCallable> work) {
        GraphCounts before = GraphCounts.ofEverything(driver);
        work.forEach((name, call) -> assertThatThrownBy(call).as(name).isInstanceOf(AccessDeniedException.class));
        assertThat(GraphCounts.ofEverything(driver)).as("nothing written, not even an audit entry").isEqualTo(before);
    }
}
