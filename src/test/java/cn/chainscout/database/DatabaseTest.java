package cn.chainscout.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;

import cn.chainscout.ChainScoutTest;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.AuthToken;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.exceptions.AuthenticationException;
import org.springframework.beans.factory.annotation.Autowired;

@ChainScoutTest
class DatabaseTest {

    @Autowired
    Driver driver;

    @Autowired
    EmbeddedNeo4jConfiguration.EmbeddedNeo4j embedded;

    @Test
    void theAppTalksToItsEmbeddedNeo4jOverBoltOnLoopback() {
        assertThat(embedded.boltUri()).startsWith("bolt://127.0.0.1:");
        try (var session = driver.session()) {
            String edition = session.run("CALL dbms.components() YIELD name, edition WHERE name = 'Neo4j Kernel' RETURN edition").single().get(0).asString();
            assertThat(edition).isEqualToIgnoringCase("community");
        }
    }

    @Test
    void boltRefusesADriverWithoutCredentialsOrWithAWrongPassword() throws Exception {
        for (AuthToken token : List.of(AuthTokens.none(), AuthTokens.basic("neo4j", "wrong-password"),
                AuthTokens.basic("neo4j", ""))) {
            try (Driver stranger = GraphDatabase.driver(embedded.boltUri(), token)) {
                assertThatThrownBy(stranger::verifyConnectivity).as(token.toString())
                        .isInstanceOf(AuthenticationException.class);
            }
        }
        try (Driver app = GraphDatabase.driver(embedded.boltUri(), AuthTokens.basic("neo4j", embedded.password()))) {
            app.verifyConnectivity();
        }
        Path kept = embedded.dataDir().resolve(EmbeddedNeo4jConfiguration.PASSWORD_FILE);
        assertThat(Files.readString(kept).strip()).isEqualTo(embedded.password()).hasSizeGreaterThanOrEqualTo(24);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(kept))).isEqualTo("rw-------");
    }

    @Test
    void everyNodeKindHasAUniqueIdConstraint() {
        try (var session = driver.session()) {
            List<String> labels = session.run("""
                    SHOW CONSTRAINTS YIELD type, labelsOrTypes, properties
                    WHERE type = 'UNIQUENESS' AND properties = ['id']
                    RETURN labelsOrTypes[0] AS label
                    """).list(r -> r.get("label").asString());
            assertThat(labels).contains("District", "Park", "Chain", "Segment", "Company", "Ranking", "Pool",
                    "Target", "Lead", "Project");
        }
    }

    @Test
    void companySearchIsAFullTextIndexWithTheCjkAnalyzer() {
        try (var session = driver.session()) {
            Map<String, Object> index = session.run("""
                    SHOW FULLTEXT INDEXES YIELD name, labelsOrTypes, properties, options, state
                    WHERE name = 'company_search' RETURN labelsOrTypes, properties, options, state
                    """).single().asMap();
            assertThat(index.get("state")).isEqualTo("ONLINE");
            assertThat(index.get("properties")).asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.LIST).containsExactly("name", "nameEn", "aliasText", "listingText");
            assertThat(index.get("options").toString()).contains("fulltext.analyzer=cjk");
        }
    }

    @Test
    void applyingTheSchemaAgainChangesNothing() {
        long before = countSchema();
        new GraphSchema(driver).apply();
        assertThat(countSchema()).isEqualTo(before);
    }

    private long countSchema() {
        try (var session = driver.session()) {
            return session.run("SHOW CONSTRAINTS YIELD name RETURN count(*)").single().get(0).asLong()
                    + session.run("SHOW INDEXES YIELD name RETURN count(*)").single().get(0).asLong();
        }
    }
}
