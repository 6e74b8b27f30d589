package cn.chainscout.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;

import cn.chainscout.SecondTier;
import cn.chainscout.TestNeo4j;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.exceptions.AuthenticationException;

/** The embedded database's Bolt password across restarts: kept, reused, replaced by a configured one. */
@SecondTier
class EmbeddedPasswordTest {

    @TempDir
    Path data;

    @Test
    void theGeneratedPasswordIsReusedByTheNextStartAndAConfiguredOneReplacesIt() {
        EmbeddedNeo4jConfiguration configuration = new EmbeddedNeo4jConfiguration();
        String generated = startAndStop(configuration, null);
        assertThat(startAndStop(configuration, null)).isEqualTo(generated);
        String configured = "configured-password-1";
        var neo4j = configuration.embeddedNeo4j(properties(configured));
        try {
            signsIn(neo4j, configured);
            try (Driver old = GraphDatabase.driver(neo4j.boltUri(), AuthTokens.basic("neo4j", generated))) {
                assertThatThrownBy(old::verifyConnectivity).isInstanceOf(AuthenticationException.class);
            }
        } finally {
            neo4j.stop();
        }
        assertThatThrownBy(() -> configuration.embeddedNeo4j(properties("short")))
                .hasMessage("chainscout.neo4j.embedded.password: at least 8 characters");
    }

    private String startAndStop(EmbeddedNeo4jConfiguration configuration, String password) {
        var neo4j = configuration.embeddedNeo4j(properties(password));
        try {
            signsIn(neo4j, neo4j.password());
            return neo4j.password();
        } finally {
            neo4j.stop();
        }
    }

    private static void signsIn(EmbeddedNeo4jConfiguration.EmbeddedNeo4j neo4j, String password) {
        try (Driver driver = GraphDatabase.driver(neo4j.boltUri(), AuthTokens.basic("neo4j", password))) {
            driver.verifyConnectivity();
        }
        assertThat(Files.exists(neo4j.dataDir())).isTrue();
    }

    private EmbeddedNeo4jProperties properties(String password) {
        return new EmbeddedNeo4jProperties(TestNeo4j.freePort(), data, false, "32m", password);
    }
}
