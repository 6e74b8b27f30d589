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

    /** Which statement writes which file's rows, in order: what a row refers to is written before it. */
    private record Step(SeedFormat.FileSpec file, String statement) {
    }

    private static final List<Step> STEPS = List.of(
            new Step(SeedFormat.DISTRICT, SeedStatements.DISTRICT),
            new Step(SeedFormat.PARKS, SeedStatements.PARKS),
            new Step(SeedFormat.CHAINS, SeedStatements.CHAINS),
            new Step(SeedFormat.SEGMENTS, SeedStatements.SEGMENTS),
            new Step(SeedFormat.SEGMENTS, SeedStatements.SEGMENT_PARENTS),
            new Step(SeedFormat.FEEDS, SeedStatements.FEEDS),
            new Step(SeedFormat.POOLS, SeedStatements.POOLS),
            new Step(SeedFormat.UNITS, SeedStatements.UNITS),
            new Step(SeedFormat.RANKINGS, SeedStatements.RANKINGS),
            new Step(SeedFormat.TARGETS, SeedStatements.TARGETS),
            new Step(SeedFormat.COMPANIES, SeedStatements.COMPANIES),
            new Step(SeedFormat.COMPANIES, SeedStatements.COMPANY_PARENTS),
            new Step(SeedFormat.RANKED, SeedStatements.RANKED),
            new Step(SeedFormat.LOCATED_IN, SeedStatements.LOCATED_IN),
            new Step(SeedFormat.OPERATES_IN, SeedStatements.OPERATES_IN),
            new Step(SeedFormat.POOL_MEMBERS, SeedStatements.POOL_MEMBERS));

    private static void write(TransactionContext tx, Seed seed, String location) {
        STEPS.forEach(step -> run(tx, step.statement(), seed.of(step.file())));
        SeedStatements.TIES.forEach((type, statement) -> run(tx, statement,
                seed.of(SeedFormat.TIES).stream().filter(row -> type.equals(row.get("type"))).toList()));
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
