package cn.chainscout.database;

import java.util.List;

import org.neo4j.driver.Driver;
import org.neo4j.driver.exceptions.SecurityException;
import org.neo4j.driver.exceptions.ServiceUnavailableException;

/**
 * The graph's schema and data migrations at start: checks the connection, then applies the migrations of
 * {@code db/migrations/} the graph has not recorded ({@link GraphMigrations}); a second call applies nothing.
 * Plain class so it also runs against a Neo4j container without Spring.
 */
public final class GraphSchema {

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
        return migrations.apply();
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
}
