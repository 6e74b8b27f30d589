package cn.chainscout.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import cn.chainscout.ChainScoutTest;
import cn.chainscout.GraphCounts;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The app's start applied db/migrations/ in order and recorded each one; a second start applies nothing; an
 * applied migration that was edited, or a record this version does not know, stops the start with one line.
 */
@ChainScoutTest
class GraphMigrationsTest {

    @Autowired
    Driver driver;

    @Test
    void theStartRecordedEveryMigrationInOrderAndASecondStartAppliesNothing() {
        GraphMigrations migrations = new GraphMigrations(driver);
        assertThat(migrations.migrations()).extracting(GraphMigrations.Migration::version)
                .startsWith("V001", "V002", "V003").isSorted();
        assertThat(migrations.recorded().keySet()).containsExactlyElementsOf(
                migrations.migrations().stream().map(GraphMigrations.Migration::version).toList());
        assertThat(migrations.recorded().get("V001").description()).isEqualTo("constraints");
        assertThat(GraphCounts.count(driver, """
                MATCH (m:__Migration) WHERE m.appliedAt IS NULL OR m.checksum IS NULL OR NOT m.source STARTS WITH 'db/migrations/V'
                RETURN count(m)""")).isZero();

        GraphCounts before = GraphCounts.ofEverything(driver);
        assertThat(new GraphSchema(driver).apply()).isEmpty();
        assertThat(GraphCounts.ofEverything(driver)).isEqualTo(before);
        // V003's index is what the importer's exact-name lookup uses
        assertThat(GraphCounts.count(driver, "SHOW INDEXES YIELD name WHERE name = 'company_name' RETURN count(*)")).isOne();
    }

    @Test
    void anAppliedMigrationThatWasEditedStopsTheStartWithOneLine() {
        String recorded = checksum("V002");
        setChecksum("V002", "0123456789abcdef");
        try {
            assertThatThrownBy(() -> new GraphSchema(driver).apply())
                    .isInstanceOf(MigrationException.class)
                    .hasMessageStartingWith("V002__indexes.cypher: changed after it was applied")
                    .hasMessageContaining("new migration")
                    .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
        } finally {
            setChecksum("V002", recorded);
        }
        assertThat(new GraphSchema(driver).apply()).isEmpty();
    }

    @Test
    void aGraphMigratedByANewerVersionIsRefused() {
        try (var session = driver.session()) {
            session.run("CREATE (:__Migration {version: 'V999', description: 'from the future', checksum: 'x', source: 'test'})").consume();
        }
        try {
            assertThatThrownBy(() -> new GraphSchema(driver).apply())
                    .isInstanceOf(MigrationException.class)
                    .hasMessageStartingWith("V999__from_the_future.cypher: recorded as applied in the graph but unknown");
        } finally {
            try (var session = driver.session()) {
                session.run("MATCH (m:__Migration {version: 'V999'}) DELETE m").consume();
            }
        }
    }

    @Test
    void aMigrationMixingSchemaAndDataIsRefusedBeforeAnythingRuns() {
        GraphCounts before = GraphCounts.ofEverything(driver);
        assertThatThrownBy(() -> new GraphMigrations(driver, "db/test-migrations/mixed").apply())
                .isInstanceOf(MigrationException.class)
                .hasMessageStartingWith("V001__mixed.cypher: mixes schema and data statements");
        assertThat(GraphCounts.ofEverything(driver)).isEqualTo(before);
    }

    private String checksum(String version) {
        try (var session = driver.session()) {
            return session.run("MATCH (m:__Migration {version: $v}) RETURN m.checksum", Map.of("v", version)).single().get(0).asString();
        }
    }

    private void setChecksum(String version, String checksum) {
        try (var session = driver.session()) {
            session.run("MATCH (m:__Migration {version: $v}) SET m.checksum = $c", Map.of("v", version, "c", checksum)).consume();
        }
    }
}
