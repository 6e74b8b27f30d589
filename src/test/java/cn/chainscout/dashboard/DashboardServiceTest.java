package cn.chainscout.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import cn.chainscout.ChainScoutTest;
import cn.chainscout.GraphCounts;
import cn.chainscout.common.Problem;
import cn.chainscout.common.user.CurrentUser;
import cn.chainscout.common.user.Roles;
import cn.chainscout.seed.SeedLoader;
import org.springframework.security.test.context.support.WithMockUser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;

/** The plan dashboard on the seeded graph, the lead fixture and a few projects made for the test. */
@ChainScoutTest
@WithMockUser(username = "test-analyst", roles = "ANALYST") // values are entered by the investment staff
class DashboardServiceTest {

    @Autowired
    DashboardService dashboard;

    @Autowired
    SeedLoader loader;

    @Autowired
    Driver driver;

    private List<String> snapshotsBefore;

    @BeforeEach
    void noteTheSnapshots() {
        snapshotsBefore = ProjectFixture.snapshotIds(driver);
    }

    @AfterEach
    void removeWhatTheTestMade() {
        ProjectFixture.removeAll(driver);
        ProjectFixture.removeSnapshotsExcept(driver, snapshotsBefore);
        try (var session = driver.session()) {
            session.run("MATCH (v:TargetValue) WHERE v.source STARTS WITH 'test-dashboard' DETACH DELETE v").consume();
        }
    }

    @Test
    void everyTargetOfThePlanIsShownInThePlansGroupOrder() {
        List<TargetCard> cards = dashboard.dashboard();
        assertThat(cards).hasSize(31);
        assertThat(cards).extracting(TargetCard::group).containsSubsequence("千", "百", "十", "招商", "产业链", "专精特新", "园区", "人才");
        TargetCard tier = card(cards, "kpi-tier-100yi");
        assertThat(tier.name()).isEqualTo("百亿级企业10家以上");
        assertThat(tier.figure()).isEqualTo(10.0);
        assertThat(tier.unit()).isEqualTo("家");
        assertThat(tier.deadline()).isEqualTo(2026);
        assertThat(card(cards, "kpi-masters").origin()).isEqualTo(TargetCard.Origin.MANUAL);
        // no firm of the pharma chain has a public figure yet: entered by hand, and the card says why
        assertThat(card(cards, "kpi-chain-pharma-medical").origin()).isEqualTo(TargetCard.Origin.NO_GRAPH_DATA);
        assertThat(card(cards, "kpi-park-rank-province").lowerIsBetter()).isTrue();
    }

    @Test
    void firmTiersAndListingsAreCountedFromTheSeed() {
        // graph-seed/located-in.csv, tiers from sourced sizes: 比亚迪电子(长沙) 百亿; 澳优 50亿 (74 亿元, 2024);
        // 泰嘉, 长高电新 and 永杉锂业 10亿
        assertThat(dashboard.measure(Measure.TIER_100YI, "wangcheng")).isEqualTo(1);
        assertThat(dashboard.measure(Measure.TIER_50YI, "wangcheng")).isEqualTo(1);
        assertThat(dashboard.measure(Measure.TIER_10YI, "wangcheng")).isEqualTo(3);
        // local firms with a stock code of their own: 澳优 1717.HK, 泰嘉 002843.SZ, 康佳 000016.SZ,
        // 长高电新 002452.SZ, 大华 002236.SZ (利亚德's plant is no longer located: its only page named no original)
        assertThat(dashboard.measure(Measure.LISTED, "wangcheng")).isEqualTo(5);
        List<TargetCard> cards = dashboard.dashboard();
        assertThat(card(cards, "kpi-tier-100yi").value()).isEqualTo(1.0);
        assertThat(card(cards, "kpi-tier-100yi").origin()).isEqualTo(TargetCard.Origin.MEASURED);
        assertThat(card(cards, "kpi-tier-100yi").progress()).isEqualTo(0.1);
        assertThat(card(cards, "kpi-listed").value()).isEqualTo(5.0);
    }

    @Test
    void aChainsOutputIsSummedFromItsFirmsPublicFiguresWithTheirYearsAndTheFirmsLeftOut() {
        List<TargetCard> cards = dashboard.dashboard();
        // graph-seed/located-in.csv: 永杉锂业 20 (2022 营收), 泰嘉 18.45 (2023 营收), 长高电新 17.6 (2024 营收)
        TargetCard materials = card(cards, "kpi-chain-new-materials");
        assertThat(materials.origin()).isEqualTo(TargetCard.Origin.MEASURED);
        assertThat(materials.value()).isCloseTo(56.05, org.assertj.core.data.Offset.offset(0.001));
        assertThat(materials.basis().sized()).isEqualTo(3);
        assertThat(materials.basis().earliestYear()).isEqualTo(2022);
        assertThat(materials.basis().latestYear()).isEqualTo(2024);
        assertThat(materials.basis().kinds()).containsExactly("营收");
        assertThat(materials.basis().withoutFigure()).as("the chain's firms without a figure are counted").isPositive();
        // 比亚迪电子(长沙) 100 亿元 产值 2024; 富士康's Flex plant left in 2019 and is not a local firm
        TargetCard terminals = card(cards, "kpi-chain-smart-terminal");
        assertThat(terminals.value()).isEqualTo(100.0);
        assertThat(terminals.basis().kinds()).containsExactly("产值");
        assertThat(terminals.acceptsEntry()).as("an official statistic may still be entered").isTrue();
        TargetCard pharma = card(cards, "kpi-chain-pharma-medical");
        assertThat(pharma.value()).isNull();
        assertThat(pharma.basis().sized()).isZero();
        assertThat(pharma.basis().firms()).isPositive();
        // the tier counts say what they rest on: 5 firms with a tier, figures of 2022–2024
        TargetCard tier = card(cards, "kpi-tier-10yi");
        assertThat(tier.basis().sized()).isEqualTo(5);
        assertThat(tier.basis().latestYear()).isEqualTo(2024);
        assertThat(tier.basis().withoutFigure()).isPositive();
        assertThat(card(cards, "kpi-masters").basis()).isNull();
    }

    @Test
    void anOfficialChainOutputEnteredByHandWinsOverTheGraphsSum() {
        TargetCard entered = dashboard.enter("kpi-chain-food",
                new ManualEntry(210.0, dashboard.today(), "test-dashboard 区统计局 食品产业产值"));
        assertThat(entered.origin()).isEqualTo(TargetCard.Origin.MANUAL);
        assertThat(entered.value()).isEqualTo(210.0);
        assertThat(entered.basis().sized()).as("the graph's figures are still named beside it").isEqualTo(1);
    }

    @Test
    void eachTierIsItsOwnRungOfTheLadder() {
        loader.load("classpath:lead-fixture/", false);
        // lead-fixture/located-in.csv: 甲电子 百亿; 己乳业 50亿; 乙电池, 丁结构件, 戊芯片 10亿; 丙结构件 unknown
        assertThat(dashboard.measure(Measure.TIER_100YI, "fx-district")).isEqualTo(1);
        assertThat(dashboard.measure(Measure.TIER_50YI, "fx-district")).isEqualTo(1);
        assertThat(dashboard.measure(Measure.TIER_10YI, "fx-district")).isEqualTo(3);
        assertThat(dashboard.measure(Measure.LISTED, "fx-district")).isZero();
    }

    @Test
    void projectsCountInEveryBandTheirInvestmentReaches() {
        Map<Measure, Long> before = projectCounts();
        ProjectFixture.sign(driver, "a", 120, "SIGNED", "lens-technology");
        ProjectFixture.sign(driver, "b", 60, "STARTED", "lens-technology");
        ProjectFixture.sign(driver, "c", 12, "PRODUCING", "lens-technology");
        ProjectFixture.sign(driver, "d", 10, "SIGNED", "lens-technology");
        ProjectFixture.sign(driver, "e", 1, "SIGNED", "lens-technology");
        ProjectFixture.sign(driver, "f", 0.8, "SIGNED", "lens-technology");
        Map<Measure, Long> after = projectCounts();
        assertThat(after.get(Measure.SIGNED_100YI) - before.get(Measure.SIGNED_100YI)).isEqualTo(1);
        assertThat(after.get(Measure.SIGNED_50YI) - before.get(Measure.SIGNED_50YI)).isEqualTo(2);
        assertThat(after.get(Measure.SIGNED_10YI) - before.get(Measure.SIGNED_10YI)).isEqualTo(4);
        assertThat(after.get(Measure.PROJECTS_OVER_1YI) - before.get(Measure.PROJECTS_OVER_1YI)).isEqualTo(5);
    }

    // the project is made by the fixture (any size, any stage); PipelineServiceTest signs through the pipeline
    @Test
    void signingAProjectMovesTheSignedProjectTargetsAndTheirTrend() {
        List<TargetCard> start = dashboard.dashboard();
        GraphCounts before = GraphCounts.of(driver);
        double signed = card(start, "kpi-signed-10yi").value();
        double introduced = card(start, "kpi-projects-over-1yi").value();

        ProjectFixture.sign(driver, "moves", 15, "SIGNED", "lens-technology");
        List<TargetCard> after = dashboard.dashboard();
        assertThat(card(after, "kpi-signed-10yi").value()).isEqualTo(signed + 1);
        assertThat(card(after, "kpi-projects-over-1yi").value()).isEqualTo(introduced + 1);
        assertThat(card(after, "kpi-signed-50yi").value()).isEqualTo(card(start, "kpi-signed-50yi").value());
        assertThat(card(after, "kpi-signed-10yi").trend().getLast().value()).isEqualTo(signed + 1);
        assertThat(card(after, "kpi-signed-10yi").trend().getLast().on()).isEqualTo(dashboard.today());

        ProjectFixture.removeAll(driver);
        assertThat(card(dashboard.dashboard(), "kpi-signed-10yi").value()).isEqualTo(signed);
        assertThat(GraphCounts.of(driver)).as("opening the dashboard wrote nothing").isEqualTo(before);
    }

    @Test
    @WithMockUser(username = "test-leader", roles = "LEADER")
    void aLeaderOpeningTheDashboardWritesNothingEvenWhenAValueChanged() {
        GraphCounts before = GraphCounts.of(driver);
        double signed = card(dashboard.dashboard(), "kpi-signed-10yi").value();
        ProjectFixture.sign(driver, "read", 15, "SIGNED", "lens-technology");
        GraphCounts withProject = GraphCounts.of(driver);
        List<TargetCard> cards = dashboard.dashboard();
        assertThat(card(cards, "kpi-signed-10yi").value()).isEqualTo(signed + 1);
        // today's point is drawn live, not stored
        assertThat(card(cards, "kpi-signed-10yi").trend().getLast()).isEqualTo(new TrendPoint(dashboard.today(), signed + 1));
        assertThat(GraphCounts.of(driver)).isEqualTo(withProject).isNotEqualTo(before);
        assertThatThrownBy(() -> dashboard.recordTrend())
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
    }

    @Test
    void theRecorderStoresAChangedValueOnceADayAndNothingWhenItDidNotChange() {
        double signed = card(dashboard.dashboard(), "kpi-signed-10yi").value();
        // yesterday's point, as the recorder left it
        try (var session = driver.session()) {
            session.run("""
                    MATCH (t:Target {id: 'kpi-signed-10yi'})
                    MERGE (s:TargetSnapshot {id: t.id + '@' + toString($on)})
                    SET s.on = $on, s.value = $value, s.measure = t.measure, s.source = 'test-dashboard'
                    MERGE (t)-[:HAS_SNAPSHOT]->(s)""", Map.of("on", dashboard.today().minusDays(1), "value", signed)).consume();
        }
        record();
        assertThat(record()).as("nothing changed").isZero();
        assertThat(storedToday("kpi-signed-10yi")).as("the same as yesterday: no point for today").isEmpty();

        ProjectFixture.sign(driver, "recorded", 15, "SIGNED", "lens-technology");
        // 签约10亿元以上 and 投资过亿元 changed (a 15 亿元 project is below the 50 and 100 亿 bands)
        assertThat(record()).isEqualTo(2);
        assertThat(storedToday("kpi-signed-10yi")).contains(signed + 1);
        assertThat(record()).as("stored once").isZero();

        // back to yesterday's value on the same day: today's point goes again
        ProjectFixture.removeAll(driver);
        assertThat(record()).isEqualTo(2);
        assertThat(storedToday("kpi-signed-10yi")).isEmpty();
        assertThat(card(dashboard.dashboard(), "kpi-signed-10yi").trend().getLast())
                .isEqualTo(new TrendPoint(dashboard.today().minusDays(1), signed));
    }

    private int record() {
        return CurrentUser.asSystem(dashboard::recordTrend, Roles.ADMIN);
    }

    private java.util.Optional<Double> storedToday(String targetId) {
        try (var session = driver.session()) {
            return session.run("MATCH (:Target {id: $id})-[:HAS_SNAPSHOT]->(s:TargetSnapshot {on: $today}) RETURN s.value AS value",
                    Map.of("id", targetId, "today", dashboard.today())).list(r -> r.get("value").asDouble()).stream().findFirst();
        }
    }

    @Test
    void aValidEntryShowsWithItsDateSourceAndAuthorAndJoinsTheTrend() {
        TargetCard entered = dashboard.enter("kpi-masters",
                new ManualEntry(850.0, dashboard.today().minusMonths(2), "test-dashboard 区人社局 9月报"));
        dashboard.enter("kpi-masters", new ManualEntry(1020.0, dashboard.today(), "test-dashboard 区人社局 11月报"));
        assertThat(entered.value()).isEqualTo(850.0);
        TargetCard card = card(dashboard.dashboard(), "kpi-masters");
        assertThat(card.value()).isEqualTo(1020.0);
        assertThat(card.asOf()).isEqualTo(dashboard.today());
        assertThat(card.source()).isEqualTo("test-dashboard 区人社局 11月报");
        assertThat(card.enteredBy()).isEqualTo("test-analyst");
        assertThat(card.enteredAt()).isNotNull();
        assertThat(card.trend()).extracting(TrendPoint::value).containsExactly(850.0, 1020.0);
        assertThat(card.progress()).isEqualTo(1020.0 / 2000);
    }

    @Test
    void aBadEntryIsRefusedWithMessagesNamingTheFieldsAndTheGraphIsUnchanged() {
        dashboard.dashboard();
        GraphCounts before = GraphCounts.of(driver);
        assertThatThrownBy(() -> dashboard.enter("kpi-masters", new ManualEntry(-5.0, dashboard.today().plusDays(1), "")))
                .isInstanceOfSatisfying(InvalidEntryException.class, e -> assertThat(e.problems())
                        .extracting(Problem::field).containsExactly("value", "asOf", "source"));
        assertThatThrownBy(() -> dashboard.enter("kpi-tier-100yi", new ManualEntry(5.0, dashboard.today(), "test-dashboard")))
                .isInstanceOfSatisfying(InvalidEntryException.class, e -> assertThat(e.problems())
                        .extracting(Problem::messageKey).containsExactly("dashboard.error.measured"));
        assertThatThrownBy(() -> dashboard.enter("kpi-park-hightech-share", new ManualEntry(120.0, dashboard.today(), "test-dashboard")))
                .isInstanceOfSatisfying(InvalidEntryException.class, e -> assertThat(e.problems())
                        .extracting(Problem::messageKey).containsExactly("dashboard.error.percentOver100"));
        assertThatThrownBy(() -> dashboard.enter("no-such-target", new ManualEntry(1.0, dashboard.today(), "test-dashboard")))
                .isInstanceOf(cn.chainscout.common.NotFoundException.class);
        assertThat(GraphCounts.of(driver)).isEqualTo(before);
    }

    private Map<Measure, Long> projectCounts() {
        return Map.of(Measure.SIGNED_100YI, dashboard.measure(Measure.SIGNED_100YI, null),
                Measure.SIGNED_50YI, dashboard.measure(Measure.SIGNED_50YI, null),
                Measure.SIGNED_10YI, dashboard.measure(Measure.SIGNED_10YI, null),
                Measure.PROJECTS_OVER_1YI, dashboard.measure(Measure.PROJECTS_OVER_1YI, null));
    }

    private static TargetCard card(List<TargetCard> cards, String id) {
        return cards.stream().filter(c -> c.id().equals(id)).findFirst().orElseThrow();
    }
}
