package cn.chainscout.seed;

import java.util.List;
import java.util.Map;

import org.neo4j.driver.Driver;
import org.neo4j.driver.TransactionContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Validates a seed location and writes it in one transaction: an invalid seed, or any failure while
 * writing, leaves the database exactly as it was. Plain class so tests can run it on any Neo4j.
 */
public final class SeedLoader {

    private static final Logger log = LoggerFactory.getLogger(SeedLoader.class);

    /** What a load did: skipped (same files as last time) or the number of rows written. */
    public record Outcome(boolean skipped, int rows, String checksum) {
    }

    private final Driver driver;

    public SeedLoader(Driver driver) {
        this.driver = driver;
    }

    /**
     * @param location {@code classpath:graph-seed/} or {@code file:/path/to/graph-seed/}
     * @param force    load even if the same files were loaded before
     * @throws SeedException listing every problem, before anything is written
     */
    public Outcome load(String location, boolean force) {
        SeedReader.Result read = new SeedReader().read(location);
        Seed seed = new SeedValidator().validate(read);
        try (var session = driver.session()) {
            if (!force) {
                String loaded = session.executeRead(tx -> {
                    var result = tx.run(SeedStatements.SEED_STATE, Map.of("location", location));
                    return result.hasNext() ? result.next().get("checksum").asString(null) : null;
                });
                if (seed.checksum().equals(loaded)) {
                    log.info("Seed {} unchanged since last start (checksum {}), not reloaded", location, shortSum(seed));
                    return new Outcome(true, 0, seed.checksum());
                }
            }
            long started = System.nanoTime();
            session.executeWriteWithoutResult(tx -> write(tx, seed, location));
            log.info("Seed {} loaded: {} rows in {} ms", location, seed.rowCount(), (System.nanoTime() - started) / 1_000_000);
            return new Outcome(false, seed.rowCount(), seed.checksum());
        }
    }

    private static void write(TransactionContext tx, Seed seed, String location) {
        run(tx, SeedStatements.DISTRICT, seed.of(SeedFormat.DISTRICT));
        run(tx, SeedStatements.PARKS, seed.of(SeedFormat.PARKS));
        run(tx, SeedStatements.CHAINS, seed.of(SeedFormat.CHAINS));
        run(tx, SeedStatements.SEGMENTS, seed.of(SeedFormat.SEGMENTS));
        run(tx, SeedStatements.SEGMENT_PARENTS, seed.of(SeedFormat.SEGMENTS));
        run(tx, SeedStatements.FEEDS, seed.of(SeedFormat.FEEDS));
        run(tx, SeedStatements.POOLS, seed.of(SeedFormat.POOLS));
        run(tx, SeedStatements.RANKINGS, seed.of(SeedFormat.RANKINGS));
        run(tx, SeedStatements.TARGETS, seed.of(SeedFormat.TARGETS));
        run(tx, SeedStatements.COMPANIES, seed.of(SeedFormat.COMPANIES));
        run(tx, SeedStatements.RANKED, seed.of(SeedFormat.RANKED));
        run(tx, SeedStatements.LOCATED_IN, seed.of(SeedFormat.LOCATED_IN));
        run(tx, SeedStatements.OPERATES_IN, seed.of(SeedFormat.OPERATES_IN));
        SeedStatements.TIES.forEach((type, statement) -> run(tx, statement,
                seed.of(SeedFormat.TIES).stream().filter(row -> type.equals(row.get("type"))).toList()));
        run(tx, SeedStatements.POOL_MEMBERS, seed.of(SeedFormat.POOL_MEMBERS));
        tx.run(SeedStatements.SAVE_SEED_STATE,
                Map.of("location", location, "checksum", seed.checksum(), "rows", seed.rowCount())).consume();
    }

    private static void run(TransactionContext tx, String statement, List<Map<String, Object>> rows) {
        if (!rows.isEmpty()) {
            tx.run(statement, Map.of("rows", rows)).consume();
        }
    }

    private static String shortSum(Seed seed) {
        return seed.checksum().substring(0, 12);
    }
}
