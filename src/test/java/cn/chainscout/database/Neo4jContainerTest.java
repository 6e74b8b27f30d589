package cn.chainscout.database;

import static org.assertj.core.api.Assertions.assertThat;

import cn.chainscout.GraphCounts;
import cn.chainscout.seed.SeedLoader;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.neo4j.Neo4jContainer;

/**
 * The same schema and seed against a Neo4j server of the embedded version, in a container.
 * Skipped (not failed) where no Docker engine runs.
 */
@Testcontainers(disabledWithoutDocker = true)
class Neo4jContainerTest {

    @Container
    static final Neo4jContainer neo4j = new Neo4jContainer("neo4j:2025.12.1").withoutAuthentication();

    @Test
    void schemaAndSeedLoadOnANeo4jServer() {
        try (Driver driver = GraphDatabase.driver(neo4j.getBoltUrl(), AuthTokens.none())) {
            new GraphSchema(driver).apply();
            SeedLoader loader = new SeedLoader(driver);
            assertThat(loader.load("classpath:graph-seed/", false).rows()).isGreaterThan(100);
            GraphCounts first = GraphCounts.of(driver);
            loader.load("classpath:graph-seed/", true);
            assertThat(GraphCounts.of(driver)).isEqualTo(first);
            assertThat(GraphCounts.count(driver, """
                    CALL db.index.fulltext.queryNodes('company_search', '"比亚迪"') YIELD node
                    WHERE node.name CONTAINS '比亚迪电子' RETURN count(node)
                    """)).isPositive();
        }
    }
}
