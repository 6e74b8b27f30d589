package cn.chainscout.seed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

import cn.chainscout.ChainScoutTest;
import cn.chainscout.GraphCounts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;

/** The loader against the shared embedded Neo4j, which the app seeded from graph-seed/ at start. */
@ChainScoutTest
class SeedLoaderTest {

    @Autowired
    Driver driver;

    @Autowired
    SeedLoader loader;

    @Test
    void theStartLoadedTheSeedAndRecordedIt() {
        assertThat(GraphCounts.count(driver, "MATCH (c:Chain) RETURN count(c)")).isGreaterThanOrEqualTo(4);
        assertThat(GraphCounts.count(driver, "MATCH (s:SeedState {id: 'classpath:graph-seed/'}) WHERE s.checksum IS NOT NULL RETURN count(s)"))
                .isEqualTo(1);
    }

    @Test
    void anUnchangedSeedIsNotLoadedAgainAtTheNextStart() {
        assertThat(loader.load("classpath:graph-seed/", false).skipped()).isTrue();
    }

    @Test
    void loadingTheSeedAgainChangesNoCountsAndNoProperty() {
        GraphCounts before = GraphCounts.of(driver);
        SeedLoader.Outcome outcome = loader.load("classpath:graph-seed/", true);
        assertThat(outcome.skipped()).isFalse();
        assertThat(outcome.rows()).isGreaterThan(100);
        assertThat(GraphCounts.of(driver)).isEqualTo(before);
    }

    @Test
    void theNewColumnsAreWrittenAndAParentColumnMakesATieAndLoadingTwiceChangesNothing(@TempDir Path seed) throws IOException {
        SeedValidatorTest.copyFixture(seed);
        Files.writeString(seed.resolve("companies/groups.csv"), """
                id,name,name_en,aliases,province,country,ownership,listing,source,city,plant_provinces,revenue_yi,revenue_year,kind,parent_id
                fixture-group,测试集团,,,广东省,中国,民营,,test fixture,深圳市,湖南省|广东省,120,2024,holding,
                fixture-plant,测试集团长沙工厂,,,湖南省,中国,民营,,test fixture,长沙市,,,,manufacturer,fixture-group
                """);
        Files.writeString(seed.resolve("located-in.csv"), """
                company_id,park_id,leading,tier,since,source,confidence,since_event,size_yi,size_year,size_kind
                fixture-plant,fixture-park,true,10亿,2021-11-04,test fixture,reported,签约,12.5,2024,营收
                """);
        try {
            loader.load("file:" + seed + "/", true);
            GraphCounts once = GraphCounts.of(driver);
            loader.load("file:" + seed + "/", true);
            assertThat(GraphCounts.of(driver)).isEqualTo(once);
            assertThat(GraphCounts.count(driver, """
                    MATCH (:Company {id: 'fixture-plant', kind: 'manufacturer'})-[l:LOCATED_IN]->(:Park {id: 'fixture-park'})
                    WHERE l.since = 2021 AND l.sinceDate = '2021-11-04' AND l.sizeYi = 12.5 AND l.sinceEvent = '签约'
                    RETURN count(l)""")).isEqualTo(1);
            assertThat(GraphCounts.count(driver, """
                    MATCH (:Company {id: 'fixture-plant'})-[t:SUBSIDIARY_OF]->(g:Company {id: 'fixture-group'})
                    WHERE g.plantProvinces = ['湖南省', '广东省'] AND g.revenueYi = 120.0 AND g.city = '深圳市'
                    RETURN count(t)""")).isEqualTo(1);
        } finally {
            try (var session = driver.session()) {
                session.run("MATCH (n) WHERE n.id STARTS WITH 'fixture-' OR n.id = $loc DETACH DELETE n",
                        java.util.Map.of("loc", "file:" + seed + "/")).consume();
            }
        }
    }

    @Test
    void anInvalidSeedIsRefusedWithFileAndLineAndWritesNothing(@TempDir Path seed) throws IOException {
        SeedValidatorTest.copyFixture(seed);
        // valid rows first, a dangling reference last: a loader writing as it reads would leave the first rows behind
        Files.writeString(seed.resolve("located-in.csv"), "fixture-b,no-such-park,false,,,test fixture,reported\n",
                StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        GraphCounts before = GraphCounts.of(driver);

        assertThatThrownBy(() -> loader.load("file:" + seed + "/", true))
                .isInstanceOf(SeedException.class)
                .hasMessageContaining(seed.getFileName() + "/located-in.csv:3: column 'park_id' names unknown park 'no-such-park'");

        assertThat(GraphCounts.of(driver)).isEqualTo(before);
        assertThat(GraphCounts.count(driver, "MATCH (n) WHERE n.id STARTS WITH 'fixture-' RETURN count(n)")).isZero();
    }

    @Test
    void aFailureHalfWayThroughWritingRollsBackEverything(@TempDir Path seed) throws IOException {
        SeedValidatorTest.copyFixture(seed);
        // passes validation, but Neo4j refuses to index an id this long: the district, park, chain and
        // segments before it are already written in the transaction when it fails
        String hugeId = "fixture-" + "x".repeat(40_000);
        Files.writeString(seed.resolve("companies/fixture.csv"), hugeId + ",测试丙公司,,,,,,,test fixture\n",
                StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        GraphCounts before = GraphCounts.of(driver);

        assertThatThrownBy(() -> loader.load("file:" + seed + "/", true)).isNotInstanceOf(SeedException.class);

        assertThat(GraphCounts.of(driver)).isEqualTo(before);
        assertThat(GraphCounts.count(driver, "MATCH (n) WHERE n.id STARTS WITH 'fixture-' RETURN count(n)")).isZero();
    }
}
