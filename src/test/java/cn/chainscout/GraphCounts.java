package cn.chainscout;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.neo4j.driver.Driver;

/**
 * Node and relationship counts and a checksum over every label, type and property:
 * "did anything in the graph change?" as one comparable value (load bookkeeping aside).
 */
public record GraphCounts(long nodes, long relationships, String checksum) {

    /**
     * The graph as its users mean it: SeedState (when the seed was loaded), ImportBatch (the log of
     * imports, kept after a rollback), AuditEntry (the trail of changes, never removed) and __Migration
     * (the schema migrations applied, committed before any load) are bookkeeping, so "a refused or undone change leaves the graph as it was" compares without them.
     */
    public static GraphCounts of(Driver driver) {
        return of(driver, "MATCH (n) WHERE NOT n:SeedState AND NOT n:ImportBatch AND NOT n:AuditEntry AND NOT n:__Migration RETURN labels(n) AS l, properties(n) AS p");
    }

    /** Every node, bookkeeping included: what a backup must give back. */
    public static GraphCounts ofEverything(Driver driver) {
        return of(driver, "MATCH (n) RETURN labels(n) AS l, properties(n) AS p");
    }

    private static GraphCounts of(Driver driver, String nodeQuery) {
        try (var session = driver.session()) {
            List<String> nodes = session.run(nodeQuery)
                    .list(r -> r.get("l").asList().toString() + new TreeMap<>(r.get("p").asMap()));
            List<String> rels = session.run("""
                    MATCH (a)-[r]->(b)
                    RETURN type(r) AS t, a.id AS a, b.id AS b, properties(r) AS p
                    """).list(r -> r.get("t").asString() + r.get("a") + r.get("b") + new TreeMap<>(r.get("p").asMap()));
            return new GraphCounts(nodes.size(), rels.size(), sha256(nodes) + "/" + sha256(rels));
        }
    }

    public static long count(Driver driver, String cypher, Map<String, Object> parameters) {
        try (var session = driver.session()) {
            return session.run(cypher, parameters).single().get(0).asLong();
        }
    }

    public static long count(Driver driver, String cypher) {
        return count(driver, cypher, Map.of());
    }

    private static String sha256(List<String> items) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            items.stream().sorted().forEach(s -> digest.update(s.getBytes(StandardCharsets.UTF_8)));
            return HexFormat.of().formatHex(digest.digest());
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
