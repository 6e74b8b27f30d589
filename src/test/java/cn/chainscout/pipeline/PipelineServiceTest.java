package cn.chainscout.pipeline;

import static cn.chainscout.pipeline.PipelineFixture.figures;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import cn.chainscout.ChainScoutTest;
import cn.chainscout.GraphCounts;
import cn.chainscout.common.UserError;
import cn.chainscout.common.i18n.TranslationProvider;
import cn.chainscout.project.Project;
import cn.chainscout.project.ProjectService;
import cn.chainscout.project.ProjectStage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;

/** The pipeline on the real seeded graph: adding, moving, editing, locking, signing and landing. */
@ChainScoutTest
class PipelineServiceTest {

    // 蓝思科技 makes cover glass (盖板玻璃), a gap of the smart-terminal chain in the seed
    private static final NewLead COVER_GLASS = new NewLead(LeadKind.CHAIN, "lens-technology", "st-cover-glass", null,
            "smart-terminal", 12.5, "蓝思科技主营盖板玻璃，可补本地缺链");

    @Autowired
    PipelineService pipeline;

    @Autowired
    ProjectService projects;

    @Autowired
    Driver driver;

    private PipelineFixture fixture;
    private GraphCounts before;

    @BeforeEach
    void start() {
        fixture = new PipelineFixture(driver);
        before = GraphCounts.of(driver);
        PipelineFixture.actAs("王科长");
    }

    @AfterEach
    void cleanUp() {
        PipelineFixture.actAsNobody();
        fixture.deleteAll();
        assertThat(GraphCounts.of(driver)).as("the test left the graph as it found it").isEqualTo(before);
    }

    @Test
    void addingTheSameTargetForTheSameReasonTwiceGivesOneLead() {
        Shortlisted first = pipeline.add(COVER_GLASS);
        fixture.track(first.leadId());
        Shortlisted second = pipeline.add(COVER_GLASS);
        assertThat(first.created()).isTrue();
        assertThat(second.created()).isFalse();
        assertThat(second.leadId()).isEqualTo(first.leadId());
        assertThat(GraphCounts.count(driver, "MATCH (l:Lead)-[:TARGETS]->(:Company {id: 'lens-technology'}) RETURN count(l)")).isEqualTo(1);

        LeadDetails lead = pipeline.lead(first.leadId()).orElseThrow();
        assertThat(lead.lead().stage()).isEqualTo(LeadStage.IDENTIFIED);
        assertThat(lead.lead().segmentName()).isEqualTo("盖板玻璃");
        assertThat(lead.lead().chainName()).isEqualTo("智能终端");
        assertThat(lead.lead().createdBy()).isEqualTo("王科长");
        assertThat(lead.history()).singleElement().satisfies(e -> {
            assertThat(e.action()).isEqualTo("CREATE");
            assertThat(e.to()).isEqualTo("IDENTIFIED");
            assertThat(e.actor()).isEqualTo("王科长");
        });
        // the same company for another reason is another lead
        String directed = fixture.track(pipeline.add(new NewLead(LeadKind.DIRECTED, "lens-technology", null, null, null, 99.0,
                "区领导带队拜访后定向跟进")).leadId());
        assertThat(directed).isNotEqualTo(first.leadId());
        assertThat(pipeline.lead(directed).orElseThrow().lead().score()).as("定向招商 has no score").isNull();
        assertThat(pipeline.leadsOfCompany("lens-technology").leads()).hasSize(2);
    }

    @Test
    void shortlistingACompanyAlreadyBeingWorkedForAnotherGapFindsItsOpenLead() {
        String first = fixture.track(pipeline.add(COVER_GLASS).leadId());
        Shortlisted again = pipeline.add(new NewLead(LeadKind.CHAIN, "lens-technology", "st-structural-parts", null,
                "smart-terminal", 18.0, "精密结构件为缺链"));
        assertThat(again.created()).as("「已在备选中」, not a second card on the board").isFalse();
        assertThat(again.leadId()).isEqualTo(first);
        assertThat(pipeline.openLeadsByCompany()).containsEntry("lens-technology", first);
        assertThat(GraphCounts.count(driver, "MATCH (l:Lead)-[:TARGETS]->(:Company {id: 'lens-technology'}) RETURN count(l)")).isEqualTo(1);

        // once that lead is given up, the company can be shortlisted again
        long version = pipeline.lead(first).orElseThrow().lead().version();
        pipeline.move(first, version, LeadStage.DROPPED, "对方无意向");
        Shortlisted later = pipeline.add(COVER_GLASS);
        fixture.track(later.leadId());
        assertThat(later.created()).isTrue();
    }

    @Test
    void everyMoveOfTheTableWorksAndIsRecorded() {
        for (StageMoves.Move move : StageMoves.MOVES) {
            String id = fixture.track(pipeline.add(COVER_GLASS).leadId());
            long version = walkTo(id, move.from());
            LocalDate day = LocalDate.now(PipelineService.ZONE);
            switch (move.how()) {
                case BY_HAND -> pipeline.move(id, version, move.to(), move.to() == LeadStage.DROPPED ? "对方暂无投资计划" : null);
                case SIGNING_FORM -> pipeline.sign(id, version, figures(10, 200, 20, 10_000));
                case PROJECT_PRODUCING -> produce(id);
            }
            LeadDetails after = pipeline.lead(id).orElseThrow();
            assertThat(after.lead().stage()).as("%s → %s", move.from(), move.to()).isEqualTo(move.to());
            HistoryEntry last = after.history().stream().filter(e -> "stage".equals(e.field())).findFirst().orElseThrow();
            assertThat(last.from()).isEqualTo(move.from().name());
            assertThat(last.to()).isEqualTo(move.to().name());
            assertThat(last.actor()).isEqualTo("王科长");
            assertThat(last.at().toLocalDate()).isBetween(day.minusDays(1), day.plusDays(1));
            fixture.deleteAll();
        }
    }

    @Test
    void movesOutsideTheTableAreRefusedWithAMessageAndChangeNothing() {
        TranslationProvider text = new TranslationProvider();
        for (LeadStage from : LeadStage.values()) {
            String id = fixture.track(pipeline.add(COVER_GLASS).leadId());
            long version = walkTo(id, from);
            GraphCounts at = GraphCounts.of(driver);
            for (LeadStage to : LeadStage.values()) {
                if (StageMoves.find(from, to).isPresent()) {
                    continue;
                }
                assertThatThrownBy(() -> pipeline.move(id, version, to, "理由"))
                        .as("%s → %s", from, to).isInstanceOfSatisfying(UserError.class, e -> {
                            assertThat(e.key()).isEqualTo("pipeline.error.move");
                            assertThat(text.getTranslation(e.key(), Locale.CHINA, e.args()))
                                    .startsWith("不能从「" + from.zh() + "」改为「" + to.zh() + "」");
                            // the same refusal read on an English page names the stages in English
                            assertThat(text.getTranslation(e.key(), Locale.ENGLISH, e.args()))
                                    .startsWith("Cannot move from \"" + text.getTranslation("pipeline.stage." + from.name(),
                                            Locale.ENGLISH) + "\"").doesNotContainPattern("\\p{IsHan}");
                        });
            }
            assertThat(GraphCounts.of(driver)).isEqualTo(at);
            fixture.deleteAll();
        }
        // signing and landing have their own way, and say so
        String id = fixture.track(pipeline.add(COVER_GLASS).leadId());
        long version = walkTo(id, LeadStage.NEGOTIATING);
        assertThatThrownBy(() -> pipeline.move(id, version, LeadStage.SIGNED, null))
                .isInstanceOfSatisfying(UserError.class, e -> assertThat(e.key()).isEqualTo("pipeline.error.signWithForm"));
        String signed = pipeline.sign(id, version, figures(10, 200, 20, 10_000));
        assertThat(signed).isNotNull();
        long now = pipeline.lead(id).orElseThrow().lead().version();
        assertThatThrownBy(() -> pipeline.move(id, now, LeadStage.LANDED, null))
                .isInstanceOfSatisfying(UserError.class, e -> assertThat(e.key()).isEqualTo("pipeline.error.landByProject"));
    }

    @Test
    void droppingNeedsAReasonAndADroppedLeadCanBeProposedAgain() {
        String id = fixture.track(pipeline.add(COVER_GLASS).leadId());
        GraphCounts at = GraphCounts.of(driver);
        assertThatThrownBy(() -> pipeline.move(id, 0, LeadStage.DROPPED, "  "))
                .isInstanceOfSatisfying(UserError.class, e -> {
                    assertThat(e.key()).isEqualTo("pipeline.error.required");
                    assertThat(e.args()).containsExactly("dropReason");
                });
        assertThat(GraphCounts.of(driver)).isEqualTo(at);
        pipeline.move(id, 0, LeadStage.DROPPED, "对方决定在华南建厂");
        LeadCard dropped = pipeline.lead(id).orElseThrow().lead();
        assertThat(dropped.dropReason()).isEqualTo("对方决定在华南建厂");
        // dropped: the same target and reason may be proposed afresh, and then the old one cannot reopen
        Shortlisted again = pipeline.add(COVER_GLASS);
        fixture.track(again.leadId());
        assertThat(again.created()).isTrue();
        assertThatThrownBy(() -> pipeline.move(id, dropped.version(), LeadStage.IDENTIFIED, null))
                .isInstanceOfSatisfying(UserError.class, e -> assertThat(e.key()).isEqualTo("pipeline.error.alreadyOpen"));
    }

    @Test
    void theSecondOfTwoUsersEditingTheSameVersionIsToldAndTheFirstKeepsTheirChange() {
        String id = fixture.track(pipeline.add(COVER_GLASS).leadId());
        long seen = pipeline.lead(id).orElseThrow().lead().version();
        String unit = pipeline.units().getFirst().name();

        PipelineFixture.actAs("张三");
        long saved = pipeline.update(id, seen, new LeadEdit("张三", unit, "电话联系投资总监", LocalDate.of(2026, 12, 20), "初步有意向"));
        assertThat(saved).isEqualTo(seen + 1);

        PipelineFixture.actAs("李四");
        GraphCounts at = GraphCounts.of(driver);
        assertThatThrownBy(() -> pipeline.update(id, seen, new LeadEdit("李四", null, "发函邀请考察", null, "李四的备注")))
                .isInstanceOfSatisfying(UserError.class, e -> {
                    assertThat(e.key()).isEqualTo("pipeline.error.stale");
                    assertThat(new TranslationProvider().getTranslation(e.key(), Locale.CHINA, e.args()))
                            .contains("已被他人修改，请刷新后重试", "张三");
                });
        assertThatThrownBy(() -> pipeline.move(id, seen, LeadStage.CONTACTED, null))
                .isInstanceOfSatisfying(UserError.class, e -> assertThat(e.key()).isEqualTo("pipeline.error.stale"));
        assertThat(GraphCounts.of(driver)).isEqualTo(at);

        LeadDetails lead = pipeline.lead(id).orElseThrow();
        assertThat(lead.lead().owner()).isEqualTo("张三");
        assertThat(lead.lead().unit()).isEqualTo(unit);
        assertThat(lead.lead().nextStep()).isEqualTo("电话联系投资总监");
        assertThat(lead.lead().notes()).isEqualTo("初步有意向");
        assertThat(lead.lead().updatedBy()).isEqualTo("张三");
        assertThat(lead.history()).filteredOn(e -> e.action().equals("EDIT")).extracting(HistoryEntry::field)
                .containsExactlyInAnyOrder("owner", "unit", "nextStep", "nextStepDate", "notes");
        assertThat(lead.history()).extracting(HistoryEntry::actor).doesNotContain("李四");

        // after a refresh, 李四's change goes through on the current version
        pipeline.update(id, lead.lead().version(), new LeadEdit("张三", unit, "发函邀请考察", null, "初步有意向"));
        assertThat(pipeline.lead(id).orElseThrow().history().getFirst()).satisfies(e -> {
            assertThat(e.actor()).isEqualTo("李四");
            assertThat(e.from()).isEqualTo("电话联系投资总监");
            assertThat(e.to()).isEqualTo("发函邀请考察");
        });
    }

    @Test
    void twoUsersSavingAtTheSameMomentOneWinsTheOtherIsToldNothingIsMixed() throws Exception {
        String id = fixture.track(pipeline.add(COVER_GLASS).leadId());
        List<String> outcomes = atOnce(who -> {
            pipeline.update(id, 0, new LeadEdit(who, null, who + "的下一步", null, who + "的备注"));
            return "saved";
        });
        assertThat(outcomes).containsExactlyInAnyOrder("saved", "pipeline.error.stale [" + pipeline.lead(id).orElseThrow().lead().owner() + "]");
        LeadCard lead = pipeline.lead(id).orElseThrow().lead();
        assertThat(lead.version()).isEqualTo(1);
        // every field is the winner's: no half of one and half of the other
        assertThat(lead.nextStep()).isEqualTo(lead.owner() + "的下一步");
        assertThat(lead.notes()).isEqualTo(lead.owner() + "的备注");
    }

    @Test
    void twoUsersAdvancingTheSameProjectAtOnceOneWinsTheOtherIsToldWho() throws Exception {
        String id = fixture.track(pipeline.add(COVER_GLASS).leadId());
        String projectId = pipeline.sign(id, walkTo(id, LeadStage.NEGOTIATING), figures(12, 250, 25, 11_000));
        List<String> outcomes = atOnce(who -> {
            projects.advance(projectId, 0, ProjectStage.STARTED, LocalDate.of(2026, 11, who.equals("张三") ? 1 : 2));
            return "moved by " + who;
        });
        Project project = projects.project(projectId).orElseThrow();
        String winner = project.startedOn().getDayOfMonth() == 1 ? "张三" : "李四";
        // the loser is told who changed it; the project holds the winner's date and moved once
        assertThat(outcomes).containsExactlyInAnyOrder("moved by " + winner, "project.error.stale [" + winner + "]");
        assertThat(project.version()).isEqualTo(1);
        assertThat(pipeline.lead(id).orElseThrow().history()).filteredOn(h -> h.action().equals("PROJECT")).hasSize(1);
    }

    @Test
    void badInputIsRefusedNamingTheFieldAndTheGraphStaysAsItWas() {
        GraphCounts at = GraphCounts.of(driver);
        Map<NewLead, String> bad = Map.of(
                new NewLead(LeadKind.DIRECTED, "no-such-company", null, null, null, null, "理由"), "pipeline.error.unknown.company",
                new NewLead(LeadKind.CHAIN, "lens-technology", "no-such-segment", null, null, 1.0, "理由"), "pipeline.error.unknown.segment",
                new NewLead(LeadKind.BUSINESS, "lens-technology", null, "no-such-firm", null, 1.0, "理由"), "pipeline.error.unknown.via",
                new NewLead(LeadKind.DIRECTED, "lens-technology", null, null, null, null, " "), "pipeline.error.required",
                new NewLead(LeadKind.DIRECTED, "lens-technology", null, null, null, null, "长".repeat(501)), "pipeline.error.tooLong",
                new NewLead(LeadKind.DIRECTED, " ", null, null, null, null, "理由"), "pipeline.error.required");
        bad.forEach((lead, key) -> assertThatThrownBy(() -> pipeline.add(lead)).as(key)
                .isInstanceOfSatisfying(UserError.class, e -> assertThat(e.key()).isEqualTo(key)));
        assertThat(GraphCounts.of(driver)).isEqualTo(at);

        String id = fixture.track(pipeline.add(COVER_GLASS).leadId());
        GraphCounts withLead = GraphCounts.of(driver);
        assertThatThrownBy(() -> pipeline.update(id, 0, new LeadEdit(null, "不存在的局", null, null, null)))
                .isInstanceOfSatisfying(UserError.class, e -> assertThat(e.key()).isEqualTo("pipeline.error.unknown.unit"));
        assertThatThrownBy(() -> pipeline.update(id, 0, new LeadEdit(null, null, null, null, "注".repeat(2001))))
                .isInstanceOfSatisfying(UserError.class, e -> assertThat(e.args()).startsWith("notes"));
        assertThatThrownBy(() -> pipeline.update("no-such-lead", 0, new LeadEdit("张三", null, null, null, null)))
                .isInstanceOfSatisfying(UserError.class, e -> assertThat(e.key()).isEqualTo("pipeline.error.notFound"));
        long version = walkTo(id, LeadStage.NEGOTIATING);
        GraphCounts negotiating = GraphCounts.of(driver);
        Map<String, cn.chainscout.project.ProjectFigures> badFigures = Map.of(
                "investmentYi", figures(-1, 100, 8, 4000),
                "landMu", figures(4, 0, 8, 4000),
                "annualOutputYi", figures(4, 100, Double.NaN, 4000),
                "annualTaxWan", figures(4, 100, 8, -5));
        badFigures.forEach((field, f) -> assertThatThrownBy(() -> pipeline.sign(id, version, f)).as(field)
                .isInstanceOfSatisfying(UserError.class, e -> {
                    assertThat(e.key()).isEqualTo("project.error.positive");
                    assertThat(e.args()).containsExactly(field);
                }));
        assertThatThrownBy(() -> pipeline.sign(id, version, new cn.chainscout.project.ProjectFigures(null, 4.0, 100.0, 8.0, 4000.0, null)))
                .isInstanceOfSatisfying(UserError.class, e -> assertThat(e.args()).containsExactly("signedOn"));
        assertThat(GraphCounts.of(driver)).isEqualTo(negotiating);
        assertThat(withLead.nodes()).isLessThan(negotiating.nodes());
    }

    @Test
    void signingCreatesTheProjectWhichStartsProducesAndLandsTheLead() {
        String id = fixture.track(pipeline.add(COVER_GLASS).leadId());
        long version = walkTo(id, LeadStage.NEGOTIATING);
        String projectId = pipeline.sign(id, version, figures(12, 250, 25, 11_000));
        Project project = projects.project(projectId).orElseThrow();
        assertThat(project.stage()).isEqualTo(ProjectStage.SIGNED);
        assertThat(project.name()).isEqualTo("蓝思科技股份有限公司项目");
        assertThat(project.leadId()).isEqualTo(id);
        // 12 亿元 = 120,000 万元 / 250 亩 = 480 ≥ 400; 11,000 / 250 = 44 ≥ 40; 250,000 / 250 = 1,000 ≥ 800
        assertThat(project.mu().measure("investment").perMuWan()).isEqualTo(480.0);
        assertThat(project.mu().passes()).isTrue();
        assertThat(pipeline.lead(id).orElseThrow().project().id()).isEqualTo(projectId);

        GraphCounts signed = GraphCounts.of(driver);
        assertThatThrownBy(() -> projects.advance(projectId, 0, ProjectStage.STARTED, LocalDate.of(2026, 2, 1)))
                .isInstanceOfSatisfying(UserError.class, e -> assertThat(e.key()).isEqualTo("project.error.startBeforeSign"));
        assertThatThrownBy(() -> projects.advance(projectId, 0, ProjectStage.PRODUCING, LocalDate.of(2026, 5, 1)))
                .isInstanceOfSatisfying(UserError.class, e -> assertThat(e.key()).isEqualTo("project.error.move"));
        assertThatThrownBy(() -> projects.advance(projectId, 7, ProjectStage.STARTED, LocalDate.of(2026, 4, 1)))
                .isInstanceOfSatisfying(UserError.class, e -> assertThat(e.key()).isEqualTo("project.error.stale"));
        assertThat(GraphCounts.of(driver)).isEqualTo(signed);

        Project started = projects.advance(projectId, 0, ProjectStage.STARTED, LocalDate.of(2026, 4, 1));
        assertThat(started.startedOn()).isEqualTo(LocalDate.of(2026, 4, 1));
        assertThat(pipeline.lead(id).orElseThrow().lead().stage()).as("started is not landed").isEqualTo(LeadStage.SIGNED);
        assertThatThrownBy(() -> projects.advance(projectId, 1, ProjectStage.PRODUCING, LocalDate.of(2026, 3, 31)))
                .isInstanceOfSatisfying(UserError.class, e -> assertThat(e.key()).isEqualTo("project.error.productionBeforeStart"));
        projects.advance(projectId, 1, ProjectStage.PRODUCING, LocalDate.of(2026, 10, 1));

        LeadDetails landed = pipeline.lead(id).orElseThrow();
        assertThat(landed.lead().stage()).isEqualTo(LeadStage.LANDED);
        assertThat(landed.project().stage()).isEqualTo(ProjectStage.PRODUCING);
        assertThat(landed.history()).extracting(HistoryEntry::action).contains("SIGN", "PROJECT", "LAND");
    }

    @Test
    void projectsCountInEveryBandTheyReachFromSigningOn() {
        Map<String, Long> base = bands();
        List<String> companies;
        try (var session = driver.session()) {
            companies = session.run("MATCH (c:Company) WHERE NOT EXISTS { (:Lead)-[:TARGETS]->(c) } RETURN c.id AS id ORDER BY id LIMIT 5")
                    .list(r -> r.get("id").asString());
        }
        double[] investments = {120, 60, 12, 3, 0.5};
        for (int i = 0; i < investments.length; i++) {
            String id = fixture.track(pipeline.add(new NewLead(LeadKind.DIRECTED, companies.get(i), null, null, null, null,
                    "测试项目 " + i)).leadId());
            long version = walkTo(id, LeadStage.NEGOTIATING);
            String projectId = pipeline.sign(id, version, figures(investments[i], 100, 10, 5000));
            if (i == 0) {
                projects.advance(projectId, 0, ProjectStage.STARTED, LocalDate.of(2026, 4, 1));
            }
        }
        Map<String, Long> now = bands();
        assertThat(now.get("signed-projects-100yi") - base.get("signed-projects-100yi")).isEqualTo(1);
        assertThat(now.get("signed-projects-50yi") - base.get("signed-projects-50yi")).isEqualTo(2);
        assertThat(now.get("signed-projects-10yi") - base.get("signed-projects-10yi")).isEqualTo(3);
        assertThat(now.get("projects-over-1yi") - base.get("projects-over-1yi")).isEqualTo(4);
        assertThat(projects.bandCounts()).filteredOn(b -> b.measure().equals("signed-projects-50yi"))
                .singleElement().satisfies(b -> assertThat(b.target()).isEqualTo(6.0));
    }

    @Test
    void theFiltersFindLeadsByUnitOwnerChainStageAndOverdueNextStep() {
        String id = fixture.track(pipeline.add(COVER_GLASS).leadId());
        String other = fixture.track(pipeline.add(new NewLead(LeadKind.DIRECTED, "byd-electronics-changsha", null, null, null, null,
                "扩产配套")).leadId());
        LocalDate yesterday = LocalDate.now(PipelineService.ZONE).minusDays(1);
        pipeline.update(id, 0, new LeadEdit("王小明", "望城经开区经济合作局", "回访", yesterday, null));
        pipeline.update(other, 0, new LeadEdit("李四", "区商务局", "回访", yesterday.plusDays(30), null));

        assertThat(ids(new LeadFilter("望城经开区经济合作局", null, null, null, false))).contains(id).doesNotContain(other);
        assertThat(ids(new LeadFilter(null, "小明", null, null, false))).contains(id).doesNotContain(other);
        assertThat(ids(new LeadFilter(null, null, "smart-terminal", null, false))).contains(id).doesNotContain(other);
        assertThat(ids(new LeadFilter(null, null, null, LeadStage.IDENTIFIED, false))).contains(id, other);
        assertThat(ids(new LeadFilter(null, null, null, LeadStage.CONTACTED, false))).doesNotContain(id, other);
        assertThat(ids(new LeadFilter(null, null, null, null, true))).contains(id).doesNotContain(other);
        assertThat(pipeline.lead(id).orElseThrow().lead().overdue()).isTrue();
        // a dropped lead is no longer overdue
        pipeline.move(id, 1, LeadStage.DROPPED, "对方暂缓投资");
        assertThat(ids(new LeadFilter(null, null, null, null, true))).doesNotContain(id);
    }

    @Test
    void theResponsibleUnitsAreThePlansWithTheirSource() {
        assertThat(pipeline.units()).extracting(Choice::name)
                .contains("区商务局", "区工信局", "区科技局", "望城经开区经济合作局", "望城经开区高新办", "滨水新城");
        assertThat(pipeline.units()).allSatisfy(u -> assertThat(u.note()).startsWith("plan 望政办函〔2022〕34号"));
    }

    @Test
    void theMonthlyExportIsReadyForTheMeetingWithTheSignedProjectsFigures() throws Exception {
        String id = fixture.track(pipeline.add(COVER_GLASS).leadId());
        pipeline.update(id, 0, new LeadEdit("王科长", "区商务局", "电话联系", LocalDate.of(2020, 1, 20), "有意向"));
        String signed = fixture.track(pipeline.add(new NewLead(LeadKind.DIRECTED, "goertek", null, null, null, null,
                "定向招商：声学器件")).leadId());
        pipeline.sign(signed, walkTo(signed, LeadStage.NEGOTIATING), figures(15, 200, 20, 10_000));
        List<LeadCard> shown = pipeline.leads(LeadFilter.ALL).stream().filter(l -> l.id().equals(id) || l.id().equals(signed)).toList();
        try (var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(pipeline.exportXlsx(shown)))) {
            var sheet = book.getSheet("项目推进");
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("望城区招商项目推进月调度表");
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue())
                    .contains("截至 " + LocalDate.now(PipelineService.ZONE), "共 2 条", "逾期 1 条", "亿元", "亩");
            var header = sheet.getRow(2);
            List<String> names = new java.util.ArrayList<>();
            header.forEach(c -> names.add(c.getStringCellValue()));
            assertThat(names).containsSubsequence("目标企业", "填补环节", "阶段", "责任单位", "负责人", "下一步", "下一步日期",
                    "是否逾期", "投资额（亿元）", "用地（亩）", "签约日期");
            assertThat(book.getFontAt(header.getCell(1).getCellStyle().getFontIndex()).getBold()).isTrue();
            assertThat(sheet.getPaneInformation().getHorizontalSplitTopRow()).as("title and header stay on screen").isEqualTo((short) 3);
            assertThat(sheet.getColumnWidth(names.indexOf("推荐理由"))).as("the reason is readable").isGreaterThan(30 * 256);
            assertThat(sheet.getLastRowNum()).isEqualTo(2 + shown.size());
            for (int r = 3; r <= sheet.getLastRowNum(); r++) {
                var row = sheet.getRow(r);
                String company = row.getCell(names.indexOf("目标企业")).getStringCellValue();
                if (company.startsWith("蓝思")) {
                    assertThat(row.getCell(names.indexOf("填补环节")).getStringCellValue()).isEqualTo("盖板玻璃");
                    assertThat(row.getCell(names.indexOf("阶段")).getStringCellValue()).isEqualTo("已识别");
                    assertThat(row.getCell(names.indexOf("责任单位")).getStringCellValue()).isEqualTo("区商务局");
                    assertThat(row.getCell(names.indexOf("下一步日期")).getStringCellValue()).isEqualTo("2020-01-20");
                    assertThat(row.getCell(names.indexOf("是否逾期")).getStringCellValue()).isEqualTo("逾期");
                } else {
                    assertThat(row.getCell(names.indexOf("阶段")).getStringCellValue()).isEqualTo("已签约");
                    assertThat(row.getCell(names.indexOf("投资额（亿元）")).getNumericCellValue()).isEqualTo(15.0);
                    assertThat(row.getCell(names.indexOf("用地（亩）")).getNumericCellValue()).isEqualTo(200.0);
                    assertThat(row.getCell(names.indexOf("签约日期")).getStringCellValue()).matches("\\d{4}-\\d{2}-\\d{2}");
                }
            }
        }
    }

    private List<String> ids(LeadFilter filter) {
        return pipeline.leads(filter).stream().map(LeadCard::id).toList();
    }

    private Map<String, Long> bands() {
        Map<String, Long> out = new java.util.HashMap<>();
        projects.bandCounts().forEach(b -> out.put(b.measure(), b.count()));
        return out;
    }

    /**
     * 张三 and 李四 do the same thing at the same moment, each on a thread of its own (the common pool
     * may have one on a small machine); each outcome is what the work returned, or the refusal's key and arguments.
     */
    private static List<String> atOnce(java.util.function.Function<String, String> work) {
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService two = Executors.newFixedThreadPool(2);
        List<CompletableFuture<String>> outcomes = new ArrayList<>();
        for (String who : List.of("张三", "李四")) {
            outcomes.add(CompletableFuture.supplyAsync(() -> {
                PipelineFixture.actAs(who);
                try {
                    go.await();
                    return work.apply(who);
                } catch (UserError e) {
                    return e.key() + " " + List.of(e.args());
                } catch (InterruptedException e) {
                    throw new IllegalStateException(e);
                } finally {
                    PipelineFixture.actAsNobody();
                }
            }, two));
        }
        go.countDown();
        try {
            return outcomes.stream().map(CompletableFuture::join).toList();
        } finally {
            two.shutdown();
        }
    }

    /** Brings a new lead to a stage along allowed moves; returns its version there. */
    private long walkTo(String id, LeadStage target) {
        List<StageMoves.Move> path = path(target);
        long version = pipeline.lead(id).orElseThrow().lead().version();
        for (StageMoves.Move m : path) {
            switch (m.how()) {
                case BY_HAND -> pipeline.move(id, version, m.to(), "路径上的放弃");
                case SIGNING_FORM -> pipeline.sign(id, version, figures(10, 200, 20, 10_000));
                case PROJECT_PRODUCING -> produce(id);
            }
            version = pipeline.lead(id).orElseThrow().lead().version();
        }
        return version;
    }

    private void produce(String leadId) {
        Project p = projects.projectOfLead(leadId).orElseThrow();
        Project started = projects.advance(p.id(), p.version(), ProjectStage.STARTED, LocalDate.of(2026, 4, 1));
        projects.advance(p.id(), started.version(), ProjectStage.PRODUCING, LocalDate.of(2026, 10, 1));
    }

    /** The shortest way from 已识别 to a stage, in the table's moves. */
    private static List<StageMoves.Move> path(LeadStage target) {
        Map<LeadStage, StageMoves.Move> via = new EnumMap<>(LeadStage.class);
        ArrayDeque<LeadStage> queue = new ArrayDeque<>(List.of(LeadStage.IDENTIFIED));
        while (!queue.isEmpty()) {
            LeadStage s = queue.poll();
            for (StageMoves.Move m : StageMoves.from(s)) {
                if (m.to() != LeadStage.IDENTIFIED && !via.containsKey(m.to())) {
                    via.put(m.to(), m);
                    queue.add(m.to());
                }
            }
        }
        List<StageMoves.Move> path = new ArrayList<>();
        for (LeadStage s = target; s != LeadStage.IDENTIFIED; s = via.get(s).from()) {
            path.addFirst(via.get(s));
        }
        return path;
    }
}
