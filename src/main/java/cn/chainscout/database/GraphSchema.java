package cn.chainscout.database;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import org.neo4j.driver.Driver;
import org.neo4j.driver.exceptions.SecurityException;
import org.neo4j.driver.exceptions.ServiceUnavailableException;

/**
 * The graph's schema and data migrations at start: checks the connection, applies the migrations of
 * {@code db/migrations/} the graph has not recorded ({@link GraphMigrations}; a second call applies nothing),
 * then {@code db/tokens.cypher}, a repeatable step: the labels, relationship types and property keys the
 * app's queries name before any node holds them (a young graph has no pipeline, no trend), so Neo4j does not
 * warn that they "do not exist". It is not a numbered migration because it grows with each new query and
 * only creates names. Plain class so it also runs against a Neo4j container without Spring.
 */
public final class GraphSchema {

    private static final String TOKENS_FILE = "/db/tokens.cypher";

    private final Driver driver;
    private final GraphMigrations migrations;

    public GraphSchema(Driver driver) {
        this(driver, new GraphMigrations(driver));
    }

    public GraphSchema(Driver driver, GraphMigrations migrations) {
        this.driver = driver;
        this.migrations = migrations;
    }

    /** @return the versions applied now (empty when the graph was up to date) */
    public List<String> apply() {
        checkConnectivity();
        List<String> applied = migrations.apply();
        try (var session = driver.session()) {
            for (String statement : statements(TOKENS_FILE)) {
                session.run(statement).consume();
            }
        }
        return applied;
    }

    /** Unreachable or refusing server: one line naming the setting, not a stack trace. */
    private void checkConnectivity() {
        try {
            driver.verifyConnectivity();
        } catch (ServiceUnavailableException e) {
            throw new StartupConfigurationException("spring.neo4j.uri", "cannot reach Neo4j (" + e.getMessage() + ")", e);
        } catch (SecurityException e) {
            throw new StartupConfigurationException("spring.neo4j.authentication",
                    "Neo4j refused the credentials (" + e.getMessage() + ")", e);
        }
    }

    private static List<String> statements(String file) {
        try (InputStream in = GraphSchema.class.getResourceAsStream(file)) {
            if (in == null) {
                throw new IllegalStateException(file + " is missing from the classpath");
            }
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            String withoutComments = text.lines().filter(l -> !l.strip().startsWith("//"))
                    .reduce("", (a, b) -> a + b + "\n");
            return Arrays.stream(withoutComments.split(";"))
                    .map(String::strip)
                    .filter(s -> !s.isEmpty())
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
