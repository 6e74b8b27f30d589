package cn.chainscout.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

import cn.chainscout.ChainScoutTest;
import cn.chainscout.common.user.CurrentUser;
import cn.chainscout.common.user.Roles;
import cn.chainscout.dashboard.DashboardService;
import cn.chainscout.dashboard.ManualEntry;
import cn.chainscout.dashboard.ProjectFixture;
import cn.chainscout.importer.ImportResult;
import cn.chainscout.importer.ImportService;
import cn.chainscout.importer.SourceFile;
import cn.chainscout.pipeline.LeadEdit;
import cn.chainscout.pipeline.LeadKind;
import cn.chainscout.pipeline.LeadStage;
import cn.chainscout.pipeline.NewLead;
import cn.chainscout.pipeline.PipelineFixture;
import cn.chainscout.pipeline.PipelineService;
import cn.chainscout.project.Project;
import cn.chainscout.project.ProjectService;
import cn.chainscout.project.ProjectStage;
import cn.chainscout.security.UserAccounts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Every kind of change the issue names reaches the audit trail through the real services, with who
 * (the signed-in user), when (during the change) and what was there before and after: pipeline stage,
 * owner and notes, signing, project stage, dashboard entry, import commit and rollback, user changes.
 * (Backups and restores: {@code backup/BackupAuditTest}.)
 */
@ChainScoutTest
class AuditCoverageTest {

    private static final String USER = "audit-coverage-user";

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
    AuditTrail audit;
    @Autowired
    Driver driver;

    private String leadId;

    @AfterEach
    void cleanUp() {
        SecurityContextHolder.clearContext();
        if (leadId != null) {
            PipelineFixture.deleteLeadsOf(driver, List.of(leadId));
        }
        try (var session = driver.session()) {
            session.run("MATCH (v:TargetValue) WHERE v.source STARTS WITH 'test-dashboard audit' DETACH DELETE v").consume();
            session.run("MATCH (u:User {username: $u}) DETACH DELETE u", Map.of("u", USER)).consume();
        }
    }

    @Test
    void leadStageOwnerNotesSigningAndProjectStagesNameWhoWhenBeforeAndAfter() {
        ZonedDateTime start = ZonedDateTime.now().minusSeconds(1);
        actAs("审计员甲", Roles.ANALYST);
        var added = pipeline.add(new NewLead(LeadKind.DIRECTED, "lens-technology", null, null, null, null, "审计覆盖：定向招商"));
        assertThat(added.created()).as("a lead of this test's own, not one another test left open").isTrue();
        leadId = added.leadId();
        long v = version();
        assertEntry("pipeline.add", leadId, "审计员甲", start, "", "DIRECTED lens-technology: 审计覆盖：定向招商");

        pipeline.update(leadId, v, new LeadEdit("张三", null, null, null, "初次电话联系"));
        AuditEntry edit = assertEntry("pipeline.edit", leadId, "审计员甲", start, "owner=null; notes=null",
                "owner=张三; notes=初次电话联系");

        actAs("审计员乙", Roles.ANALYST);
        pipeline.update(leadId, version(), new LeadEdit("李四", null, null, null, "已约考察"));
        List<AuditEntry> edits = entries("pipeline.edit", leadId);
        assertThat(edits).hasSize(2);
        AuditEntry second = edits.getFirst();
        assertThat(second.id()).isNotEqualTo(edit.id());
        assertThat(second.actor()).isEqualTo("审计员乙");
        assertThat(second.before()).isEqualTo("owner=张三; notes=初次电话联系");
        assertThat(second.after()).isEqualTo("owner=李四; notes=已约考察");

        pipeline.move(leadId, version(), LeadStage.CONTACTED, null);
        assertEntry("pipeline.move", leadId, "审计员乙", start, "stage=IDENTIFIED", "stage=CONTACTED");
        pipeline.move(leadId, version(), LeadStage.NEGOTIATING, null);

        String projectId = pipeline.sign(leadId, version(), PipelineFixture.figures(12, 250, 25, 11_000));
        assertEntry("pipeline.sign", leadId, "审计员乙", start, "stage=NEGOTIATING", "stage=SIGNED");
        AuditEntry created = assertEntry("project.create", projectId, "审计员乙", start, "", null);
        assertThat(created.after()).contains("lead=" + leadId, "investmentYi=12.0", "landMu=250.0", "annualTaxWan=11000.0");

        actAs("审计员丙", Roles.ANALYST);
        Project p = projects.project(projectId).orElseThrow();
        Project started = projects.advance(projectId, p.version(), ProjectStage.STARTED, LocalDate.of(2026, 4, 1));
        assertEntry("project.stage", projectId, "审计员丙", start, "stage=SIGNED", "stage=STARTED; on=2026-04-01");
        projects.advance(projectId, started.version(), ProjectStage.PRODUCING, LocalDate.of(2026, 10, 1));
        assertThat(entries("project.stage", projectId)).extracting(AuditEntry::after)
                .containsExactly("stage=PRODUCING; on=2026-10-01", "stage=STARTED; on=2026-04-01");
        assertEntry("pipeline.land", leadId, "审计员丙", start, "stage=SIGNED", "stage=LANDED");
    }

    @Test
    void aDashboardEntryNamesWhoWhenAndTheValue() {
        List<String> snapshots = ProjectFixture.snapshotIds(driver);
        try {
            ZonedDateTime start = ZonedDateTime.now().minusSeconds(1);
            actAs("审计员丁", Roles.ANALYST);
            dashboard.enter("kpi-masters", new ManualEntry(777.0, dashboard.today(), "test-dashboard audit 区人社局"));
            assertEntry("dashboard.entry", "kpi-masters", "审计员丁", start, "",
                    "value=777.0; asOf=" + dashboard.today() + "; source=test-dashboard audit 区人社局");
            // a correction names the value it replaces
            dashboard.enter("kpi-masters", new ManualEntry(801.0, dashboard.today(), "test-dashboard audit 区人社局更正"));
            assertEntry("dashboard.entry", "kpi-masters", "审计员丁", start,
                    "value=777.0; asOf=" + dashboard.today() + "; source=test-dashboard audit 区人社局",
                    "value=801.0; asOf=" + dashboard.today() + "; source=test-dashboard audit 区人社局更正");
        } finally {
            ProjectFixture.removeSnapshotsExcept(driver, snapshots);
        }
    }

    @Test
    void anImportAndItsRollbackNameWhoWhenBeforeAndAfter() {
        ZonedDateTime start = ZonedDateTime.now().minusSeconds(1);
        actAs("数据员甲", Roles.ADMIN);
        SourceFile topTwo = new SourceFile("audit-fortune-2025-top2.csv",
                "排名,公司名称,营业收入（百万美元）\n1,沃尔玛,\"680,985\"\n2,亚马逊,\"637,959\"\n".getBytes(StandardCharsets.UTF_8));
        ImportResult result = imports.importFiles(List.of(topTwo), "FORTUNE_GLOBAL_500", 2025, true, (d, t) -> { });
        try {
            assertThat(result.batchId()).isNotNull();
            assertEntry("import.commit", result.batchId(), "数据员甲", start, "",
                    "ranking=fortune-global-500-2025; rows=2; ranked=2; created=" + result.created() + "; aliases="
                            + result.aliases() + "; unchanged=0");
        } finally {
            actAs("数据员乙", Roles.ADMIN);
            imports.rollback(result.batchId());
        }
        assertEntry("import.rollback", result.batchId(), "数据员乙", start, "status=ACTIVE", "status=rolled back");
    }

    @Test
    void accountCreationRoleChangesPasswordResetAndChangeNameWhoWhenBeforeAndAfter() {
        ZonedDateTime start = ZonedDateTime.now().minusSeconds(1);
        actAs("管理员甲", Roles.ADMIN);
        accounts.create(USER, Set.of(Roles.LEADER));
        assertEntry("user.create", USER, "管理员甲", start, "", "roles=[LEADER], enabled=true");

        long version = accounts.list().stream().filter(a -> a.username().equals(USER)).findFirst().orElseThrow().version();
        accounts.update(USER, version, Set.of(Roles.LEADER, Roles.ANALYST), false);
        assertEntry("user.update", USER, "管理员甲", start, "roles=[LEADER], enabled=true",
                "roles=[LEADER, ANALYST], enabled=false");

        String oneTime = accounts.resetPassword(USER);
        assertEntry("user.resetPassword", USER, "管理员甲", start, "", "one-time password set");

        version = accounts.list().stream().filter(a -> a.username().equals(USER)).findFirst().orElseThrow().version();
        accounts.update(USER, version, Set.of(Roles.LEADER), true);
        SecurityContextHolder.clearContext(); // the sign-in page: nobody signed in yet
        accounts.changeOneTimePassword(USER, oneTime, "a-new-own-password-42", "127.0.0.9");
        assertEntry("user.changePassword", USER, USER, start, "one-time password", "own password");
    }

    // --- helpers ---

    private long version() {
        return pipeline.lead(leadId).orElseThrow().lead().version();
    }

    private static void actAs(String name, String... roles) {
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(name, null,
                Arrays.stream(roles).map(r -> new SimpleGrantedAuthority("ROLE_" + r)).toList()));
    }

    /** The entries of one action on one entity, newest first, read as an admin would on 审计日志. */
    private List<AuditEntry> entries(String action, String entityId) {
        var previous = SecurityContextHolder.getContext();
        try {
            return CurrentUser.asSystem(() -> audit.search(new AuditFilter(null, null, action, null, null), 0, 500), Roles.ADMIN)
                    .stream().filter(e -> e.action().equals(action) && entityId.equals(e.entityId())).toList();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    /** The newest entry of that action on that entity: by whom, since {@code start}, before → after (null: not checked). */
    private AuditEntry assertEntry(String action, String entityId, String actor, ZonedDateTime start, String before, String after) {
        List<AuditEntry> found = entries(action, entityId);
        assertThat(found).as("%s on %s is in the audit trail", action, entityId).isNotEmpty();
        AuditEntry entry = found.getFirst();
        assertThat(entry.actor()).as("who").isEqualTo(actor);
        assertThat(entry.at()).as("when").isAfter(start).isBefore(ZonedDateTime.now().plusSeconds(1));
        assertThat(entry.before()).as("before").isEqualTo(before);
        if (after != null) {
            assertThat(entry.after()).as("after").isEqualTo(after);
        }
        return entry;
    }
}
