package cn.chainscout.database;

import java.nio.file.Path;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.PositiveOrZero;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of the Neo4j the app starts itself when no {@code spring.neo4j.uri} is configured.
 *
 * @param boltPort  Bolt port on 127.0.0.1; 0 picks a free port (tests)
 * @param dataDir   where the database files live; reused by the next start
 * @param ephemeral true: a fresh temporary directory, deleted at shutdown (tests)
 * @param pageCache Neo4j page cache size, e.g. 256m
 * @param password  Bolt password of user neo4j; unset: generated at first start and kept in the data directory
 */
@Validated
@ConfigurationProperties("chainscout.neo4j.embedded")
public record EmbeddedNeo4jProperties(
        @DefaultValue("7687") @PositiveOrZero @Max(65535) int boltPort,
        @DefaultValue("./data") Path dataDir,
        @DefaultValue("false") boolean ephemeral,
        @DefaultValue("256m") String pageCache,
        String password) {
}
