package cn.chainscout.backtest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Repository;

/** The backtest's Cypher: names to match signings against (read only), and the saved runs. */
@Repository
class BacktestQueries {

    private static final String COMPANIES = """
            MATCH (c:Company)
            RETURN c.id AS id, c.name AS name, coalesce(c.aliases, []) AS aliases
            ORDER BY c.id
            """;

    private static final String CHAINS = """
            MATCH (ch:Chain)-[:IN]->(d:District)
            RETURN ch.id AS id, ch.name AS name, ch.nameEn AS nameEn, d.id AS district
            ORDER BY ch.position, ch.id
            """;

    private static final String LEAF_SEGMENTS = """
            MATCH (ch:Chain)-[:HAS_SEGMENT]->(s:Segment)
            WHERE NOT EXISTS { (:Segment)-[:PART_OF]->(s) }
            RETURN s.id AS id, s.name AS name, ch.id AS chain
            ORDER BY s.id
            """;

    private static final String SAVE = """
            CREATE (r:BacktestRun {id: $id, name: $name, createdAt: $createdAt, createdBy: $createdBy, json: $json})
            """;

    private static final String RUNS = """
            MATCH (r:BacktestRun)
            RETURN r.id AS id, r.name AS name, r.createdAt AS createdAt, r.createdBy AS createdBy
            ORDER BY r.createdAt DESC, r.id
            """;

    // a signing entity not yet local at the date (a plant set up for the project): the groups above it,
    // nearest first, that the lists could have named instead
    private static final String GROUPS_OF_NEW_PLANT = """
            MATCH (c:Company {id: $id})
            WHERE NOT EXISTS { MATCH (c)-[l:LOCATED_IN]->(:Park) WHERE ${located(l)} }
            MATCH p = (c)-[:SUBSIDIARY_OF*1..2]->(g:Company)
            WHERE ${heldAll(p)}
            WITH g, min(length(p)) AS steps
            RETURN g.id AS id, g.name AS name, coalesce(g.aliases, []) AS aliases ORDER BY steps, id
            """.replace("${located(l)}", cn.chainscout.gap.AsOf.located("l"))
            .replace("${heldAll(p)}", cn.chainscout.gap.AsOf.heldAll("p"));

    private static final String RUN = "MATCH (r:BacktestRun {id: $id}) RETURN r.json AS json";

    record CompanyName(String id, String name, List<String> aliases) {
    }

    record Chain(String id, String name, String nameEn, String district) {
    }

    record Segment(String id, String name, String chain) {
    }

    private final Neo4jClient client;

    BacktestQueries(Neo4jClient client) {
        this.client = client;
    }

    @SuppressWarnings("unchecked")
    List<CompanyName> companies() {
        List<CompanyName> result = new ArrayList<>();
        client.query(COMPANIES).fetch().all().forEach(r -> result.add(new CompanyName((String) r.get("id"),
                (String) r.get("name"), (List<String>) r.get("aliases"))));
        return result;
    }

    List<Chain> chains() {
        return client.query(CHAINS).fetch().all().stream().map(r -> new Chain((String) r.get("id"), (String) r.get("name"),
                (String) r.get("nameEn"), (String) r.get("district"))).toList();
    }

    List<Segment> leafSegments() {
        return client.query(LEAF_SEGMENTS).fetch().all().stream().map(r -> new Segment((String) r.get("id"),
                (String) r.get("name"), (String) r.get("chain"))).toList();
    }

    /** The groups of a signing entity that was not local at the date, nearest first; empty when it was or has none. */
    @SuppressWarnings("unchecked")
    List<CompanyName> groupsOfNewPlant(String companyId, cn.chainscout.gap.AsOf asOf) {
        Map<String, Object> p = new HashMap<>(asOf.parameters());
        p.put("id", companyId);
        return client.query(GROUPS_OF_NEW_PLANT).bindAll(p).fetch().all().stream().map(r -> new CompanyName(
                (String) r.get("id"), (String) r.get("name"), (List<String>) r.get("aliases"))).toList();
    }

    void save(String id, String name, String createdAt, String createdBy, String json) {
        Map<String, Object> p = new HashMap<>();
        p.put("id", id);
        p.put("name", name);
        p.put("createdAt", createdAt);
        p.put("createdBy", createdBy);
        p.put("json", json);
        client.query(SAVE).bindAll(p).run();
    }

    List<SavedRun> runs() {
        return client.query(RUNS).fetch().all().stream().map(r -> new SavedRun((String) r.get("id"), (String) r.get("name"),
                (String) r.get("createdAt"), (String) r.get("createdBy"))).toList();
    }

    Optional<String> run(String id) {
        return client.query(RUN).bind(id).to("id").fetchAs(String.class).mappedBy((t, r) -> r.get("json").asString()).one();
    }
}
