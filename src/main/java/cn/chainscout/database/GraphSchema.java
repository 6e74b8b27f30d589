package cn.chainscout.database;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import org.neo4j.driver.Driver;
import org.neo4j.driver.exceptions.ServiceUnavailableException;
import org.neo4j.driver.exceptions.SecurityException;

/**
 * Applies {@code db/schema.cypher} (constraints and the company full-text index) idempotently, then
 * {@code db/tokens.cypher}: the labels, relationship types and property keys the app's queries name
 * before any node holds them (a young graph has no pipeline, no trend), so Neo4j does not warn that
 * they "do not exist". Plain class so it also runs against a Neo4j container without Spring.
 */
public final class GraphSchema {

    private static final String SCHEMA_FILE = "/db/schema.cypher";
    private static final String TOKENS_FILE = "/db/tokens.cypher";

    private final Driver driver;

    public GraphSchema(Driver driver) {
        this.driver = driver;
    }

    public void apply() {
        checkConnectivity();
        try (var session = driver.session()) {
            for (String statement : statements()) {
                session.run(statement).consume();
            }
            for (String statement : statements(TOKENS_FILE)) {
                session.run(statement).consume();
            }
            session.run("CALL db.awaitIndexes(300)").consume();
        }
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

    static List<String> statements() {
        return statements(SCHEMA_FILE);
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
