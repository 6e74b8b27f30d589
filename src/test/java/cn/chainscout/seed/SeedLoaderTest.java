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
