package cn.chainscout.backtest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import cn.chainscout.ChainScoutTest;
import cn.chainscout.GraphCounts;
import cn.chainscout.SecondTier;
import cn.chainscout.seed.SeedLoader;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * The backtest on five signings in the lead fixture's district whose ranks a person can work out
 * (backtest-fixture/README.md); bad files are refused by row and column and write nothing.
 */
@SecondTier
@ChainScoutTest
class BacktestTest {

    @Autowired
    SeedLoader loader;
    @Autowired
    BacktestService backtests;
    @Autowired
    Driver driver;

    @BeforeEach
    void loadFixture() {
        loader.load("classpath:lead-fixture/", false);
    }

    @AfterEach
    void removeRuns() {
        try (var session = driver.session()) {
            session.run("MATCH (r:BacktestRun) WHERE r.name STARTS WITH 'fixture' DETACH DELETE r").consume();
        }
    }

    private static byte[] fixture() throws IOException {
        return Files.readAllBytes(Path.of("src/test/resources/backtest-fixture/signings.csv"));
    }

    @Test
    @WithMockUser(username = "analyst-a", roles = "ANALYST")
    void eachSigningGetsItsRanksInTheListsOfAYearBeforeAndHitsPerChain() throws IOException {
        BacktestRun run = backtests.run("fixture run", fixture(), null);
        assertThat(run.asOfRule()).isEqualTo("one year before each signing");
        assertThat(run.results()).extracting(BacktestRun.Result::company, BacktestRun.Result::asOf,
                        BacktestRun.Result::chainRank, BacktestRun.Result::segmentRank, BacktestRun.Result::businessRank,
                        BacktestRun.Result::expansionRank)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("辛玻璃", "2021-06-01", 2, 1, null, null), // only a co-supplier: no business lead
                        org.assertj.core.groups.Tuple.tuple("丑电池", "2021-03-01", 1, null, 3, null), // after the glass makers 甲电子 buys from
                        org.assertj.core.groups.Tuple.tuple("某某新能源", "2021-05-20", null, null, null, null),
                        org.assertj.core.groups.Tuple.tuple("巳集团", "2022-01-01", null, null, null, 1),
                        org.assertj.core.groups.Tuple.tuple("辰乳清", "2020-01-10", 1, 1, 1, null));
        assertThat(run.results()).extracting(BacktestRun.Result::segmentId)
                .containsExactly("fx-glass", null, "fx-battery", "fx-battery", "fx-whey");
        assertThat(run.summaries()).extracting(BacktestRun.Summary::chainId, BacktestRun.Summary::expansion,
                        BacktestRun.Summary::signings, BacktestRun.Summary::known, BacktestRun.Summary::hit20,
                        BacktestRun.Summary::hit50)
                .contains(org.assertj.core.groups.Tuple.tuple("fx-phone", false, 3, 2, 2, 2),
                        org.assertj.core.groups.Tuple.tuple("fx-phone", true, 1, 1, 1, 1),
                        org.assertj.core.groups.Tuple.tuple("fx-food", false, 1, 1, 1, 1));
        assertThat(run.notes()).singleElement().asString()
                .startsWith("row 4, column 'company': '某某新能源' (某某新能源科技有限公司) is not in the graph");
        // the run is saved, with who started it, and reads back the same
        assertThat(backtests.run(run.id())).isEqualTo(run);
        assertThat(run.createdBy()).isEqualTo("analyst-a");
        assertThat(BacktestReport.text(run)).contains("fx-phone\tnew\t3\t2\t2\t2");
    }

    @Test
    @WithMockUser(roles = "ADMIN")
    void oneDateForAllSigningsUsesTheListsOfThatDay() throws IOException {
        // at the end of 2018 甲电子 was not there yet (2019), nor the case makers 丙 and 丁 (2020): only the key glass
        // and case segments were missing, each worth 4.5; 15.0 each for 丙, 丁 and 辛 (all in 湖南: 3), by id, then 庚
        // 14.5 (2.5 for 广东); 丑电池 had no local customer, so there was no list through 甲电子
        BacktestRun run = backtests.run("fixture 2018", fixture(), LocalDate.of(2018, 12, 31));
        assertThat(run.asOfRule()).isEqualTo("2018-12-31");
        assertThat(run.results().getFirst().chainRank()).isEqualTo(3);
        assertThat(run.results().get(1).businessRank()).isNull();
    }

    @Test
    @WithMockUser(roles = "ANALYST")
    void badFilesAreRefusedByRowAndColumnAndWriteNothing() throws IOException {
        GraphCounts before = GraphCounts.of(driver);
        String header = "company,date,chain\n";
        assertThatThrownBy(() -> backtests.run("fixture bad", (header + "辛玻璃,2099-01-01,fx-phone\n").getBytes(StandardCharsets.UTF_8), null))
                .isInstanceOf(BacktestException.class).hasMessageContaining("row 2, column 'date': 2099-01-01 is in the future");
        assertThatThrownBy(() -> backtests.run("fixture bad", "company,chain\n辛玻璃,fx-phone\n".getBytes(StandardCharsets.UTF_8), null))
                .isInstanceOf(BacktestException.class).hasMessageContaining("row 1, column 'date': missing");
        assertThatThrownBy(() -> backtests.run("fixture bad", (header + "辛玻璃,2022-01-01,fx-phone\n丑电池,2022-13-01,fx-phone\n")
                .getBytes(StandardCharsets.UTF_8), null))
                .isInstanceOf(BacktestException.class).hasMessageContaining("row 3, column 'date': '2022-13-01' is not a date");
        assertThatThrownBy(() -> backtests.run("fixture bad", (header + "辛玻璃,2022-01-01,fx-phone\n丑电池,2022-01-01,测试终端链\n")
                .getBytes(Charset.forName("GBK")), null))
                .isInstanceOf(BacktestException.class).hasMessageContaining("row 2, column 'company': not UTF-8 text");
        assertThat(GraphCounts.of(driver)).isEqualTo(before);
    }

    @Test
    @WithMockUser(roles = "LEADER")
    void aLeaderReadsSavedRunsButCannotStartOne() throws IOException {
        assertThatThrownBy(() -> backtests.run("fixture leader", fixture(), null)).isInstanceOf(AccessDeniedException.class);
        assertThat(backtests.runs()).isNotNull();
    }

    @Test
    @WithMockUser(roles = "ANALYST")
    void aPlantThatHadNotArrivedIsMatchedThroughItsGroup() throws IOException {
        // 丑电池 sets up a plant in 甲区 that opens in 2022-03; a year before, the lists could only name 丑电池 itself
        try (var session = driver.session()) {
            session.run("""
                    MATCH (g:Company {id: 'fx-h'}), (p:Park {id: 'fx-park'})
                    CREATE (c:Company {id: 'fx-h-plant', name: '丑电池甲区工厂'})-[:SUBSIDIARY_OF]->(g),
                           (c)-[:LOCATED_IN {sinceDate: '2022-03'}]->(p)
                    """).consume();
        }
        try {
            String csv = "company,date,chain,source\n丑电池甲区工厂,2022-03-01,fx-phone,test fixture\n";
            BacktestRun run = backtests.run("fixture plant", csv.getBytes(StandardCharsets.UTF_8), null);
            BacktestRun.Result plant = run.results().getFirst();
            assertThat(plant.chainRank()).isEqualTo(1);
            assertThat(plant.matchedThrough()).isEqualTo("丑电池");
            assertThat(BacktestReport.text(run)).contains("matched through its group 丑电池");
            // the original signings are matched by themselves
            assertThat(backtests.run("fixture run", fixture(), null).results())
                    .allSatisfy(r -> assertThat(r.matchedThrough()).isNull());
        } finally {
            try (var session = driver.session()) {
                session.run("MATCH (c:Company {id: 'fx-h-plant'}) DETACH DELETE c").consume();
            }
        }
    }
}
