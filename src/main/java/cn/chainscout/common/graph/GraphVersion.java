package cn.chainscout.common.graph;

import org.neo4j.driver.Driver;
import org.neo4j.driver.SessionConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The graph's version: the id of the database's last committed transaction. Every write (the seed load,
 * an import or its rollback, a restore, and any write outside the app) moves it in the same commit, so no
 * writer can forget to bump it; it lives in the server, so two app instances on one Neo4j see the same.
 * Reading it is one small statement on the system database.
 */
@Component
public class GraphVersion {

    /** Returned when the version cannot be read: nothing is cached then. */
    public static final long UNKNOWN = -1;

    private static final Logger log = LoggerFactory.getLogger(GraphVersion.class);
    // the home database is the one the app's sessions use (they name no database)
    private static final String QUERY = "SHOW HOME DATABASE YIELD lastCommittedTxn";

    private final Driver driver;
    private volatile boolean warned;

    GraphVersion(Driver driver) {
        this.driver = driver;
    }

    /** The current version, or {@link #UNKNOWN} when the server does not tell it (then caches stay unused). */
    public long current() {
        try (var session = driver.session(SessionConfig.forDatabase("system"))) {
            return session.run(QUERY).single().get(0).asLong(UNKNOWN);
        } catch (RuntimeException e) {
            if (!warned) {
                warned = true;
                log.warn("The graph's version cannot be read ({}): gap and lead results are computed on every read", e.toString());
            }
            return UNKNOWN;
        }
    }
}
