package cn.chainscout.dashboard;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import cn.chainscout.common.graph.Local;
import org.neo4j.driver.Value;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Repository;

/** The dashboard's Cypher, in one place: the targets, the firm counts, entries and snapshots (projects: ProjectService). */
@Repository
class DashboardQueries {

    private static final String TARGETS = """
            MATCH (t:Target)
            WHERE $id IS NULL OR t.id = $id
            RETURN t.id AS id, t.group AS group, t.name AS name, t.nameEn AS nameEn, t.figure AS figure,
                   t.unit AS unit, t.deadline AS deadline, t.measure AS measure,
                   COLLECT { MATCH (t)-[:HAS_VALUE]->(v:TargetValue)
                             RETURN v {.value, .asOf, .source, .enteredBy, .enteredAt}
                             ORDER BY v.asOf, v.enteredAt } AS entries,
                   COLLECT { MATCH (t)-[:HAS_SNAPSHOT]->(s:TargetSnapshot)
                             RETURN s {.on, .value} ORDER BY s.on } AS snapshots
            ORDER BY t.id
            """;

    // local firm = located in a park of the district; a firm in two parks counts once, at its best tier
    private static final String TIER_COUNT = """
            MATCH ${local(c, l, d)}
            WHERE ($district IS NULL OR d.id = $district) AND l.until IS NULL
            WITH c, min(CASE l.tier WHEN '百亿' THEN 1 WHEN '50亿' THEN 2 WHEN '10亿' THEN 3 END) AS best
            RETURN count(CASE WHEN best = $band THEN 1 END) AS value
            """.replace("${local(c, l, d)}", Local.path("c:Company", "l", "", "d:District"));

    // listed = the local firm's own record carries a stock code (listing is a list of codes)
    private static final String LISTED_COUNT = """
            MATCH ${local(c, d)}
            WHERE ($district IS NULL OR d.id = $district) AND size(coalesce(c.listing, [])) > 0
            RETURN count(DISTINCT c) AS value
            """.replace("${local(c, d)}", Local.path("c:Company", "", "", "d:District"));

    // what the tier counts rest on: the district's firms, those with a tier, and the years of their figures
    private static final String TIER_BASIS = """
            MATCH ${local(c, l, d)}
            WHERE ($district IS NULL OR d.id = $district) AND l.until IS NULL
            WITH c, [x IN collect(l) WHERE x.tier IS NOT NULL] AS tiered
            WITH c, tiered, [x IN tiered WHERE x.sizeYear IS NOT NULL | toInteger(x.sizeYear)] AS years
            RETURN count(c) AS firms, sum(CASE WHEN size(tiered) > 0 THEN 1 ELSE 0 END) AS sized,
                   min(reduce(m = null, y IN years | CASE WHEN m IS NULL OR y < m THEN y ELSE m END)) AS earliest,
                   max(reduce(m = null, y IN years | CASE WHEN m IS NULL OR y > m THEN y ELSE m END)) AS latest,
                   collect([x IN tiered WHERE x.sizeKind IS NOT NULL | x.sizeKind]) AS kindLists
            """.replace("${local(c, l, d)}", Local.path("c:Company", "l", "", "d:District"));

    // a chain's output as the graph knows it: each local firm whose main business is in the chain, with its
    // largest sized figure (a firm in two parks counts once); firms without a figure are counted, not guessed
    private static final String CHAIN_OUTPUT = """
            MATCH (:Chain {id: $chain})-[:HAS_SEGMENT]->(:Segment)<-[o:OPERATES_IN]-(c:Company)
            WHERE o.main
            MATCH ${local(c, l, d)}
            WHERE ($district IS NULL OR d.id = $district) AND l.until IS NULL
            WITH DISTINCT c, l
            WITH c, [x IN collect(l) WHERE x.sizeYi IS NOT NULL] AS sized
            WITH c, CASE WHEN size(sized) = 0 THEN null
                         ELSE reduce(b = sized[0], x IN sized | CASE WHEN x.sizeYi > b.sizeYi THEN x ELSE b END) END AS s
            RETURN count(c) AS firms, count(s) AS sized, sum(toFloat(s.sizeYi)) AS total,
                   min(toInteger(s.sizeYear)) AS earliest, max(toInteger(s.sizeYear)) AS latest,
                   collect(DISTINCT s.sizeKind) AS kinds
            """.replace("${local(c, l, d)}", Local.path("c", "l", "", "d:District"));

    private static final String ADD_ENTRY = """
            MATCH (t:Target {id: $id})
            CREATE (t)-[:HAS_VALUE]->(:TargetValue {id: randomUUID(), value: $value, asOf: $asOf, source: $source,
                                                   enteredBy: $by, enteredAt: localdatetime($at)})
            RETURN count(*) AS written
            """;

    // one snapshot per target and day: the id makes MERGE safe when two app instances record at once
    private static final String WRITE_SNAPSHOT = """
            MATCH (t:Target {id: $id})
            MERGE (s:TargetSnapshot {id: $id + '@' + toString($on)})
            ON CREATE SET s.on = $on
            SET s.value = $value, s.measure = t.measure, s.source = 'graph measure ' + t.measure
            MERGE (t)-[:HAS_SNAPSHOT]->(s)
            """;

    private static final String DELETE_SNAPSHOT = """
            MATCH (s:TargetSnapshot {id: $id + '@' + toString($on)}) DETACH DELETE s
            """;

    record TargetRow(String id, String group, String name, String nameEn, double figure, String unit, Integer deadline,
                     String measure, List<Entry> entries, List<TrendPoint> snapshots) {
    }

    record Entry(double value, LocalDate asOf, String source, String enteredBy, LocalDateTime enteredAt) {
    }

    private final Neo4jClient client;

    DashboardQueries(Neo4jClient client) {
        this.client = client;
    }

    List<TargetRow> targets() {
        return targets(null);
    }

    Optional<TargetRow> target(String id) {
        return targets(id).stream().findFirst();
    }

    private List<TargetRow> targets(String id) {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("id", id);
        return List.copyOf(client.query(TARGETS).bindAll(parameters).fetchAs(TargetRow.class).mappedBy((types, r) ->
                new TargetRow(r.get("id").asString(), r.get("group").asString(), r.get("name").asString(),
                        r.get("nameEn").asString(null), r.get("figure").asDouble(), r.get("unit").asString(null),
                        r.get("deadline").isNull() ? null : r.get("deadline").asInt(), r.get("measure").asString(),
                        r.get("entries").asList(DashboardQueries::entry),
                        r.get("snapshots").asList(s -> new TrendPoint(s.get("on").asLocalDate(), s.get("value").asDouble()))))
                .all());
    }

    private static Entry entry(Value v) {
        return new Entry(v.get("value").asDouble(), v.get("asOf").asLocalDate(), v.get("source").asString(),
                v.get("enteredBy").asString(null), v.get("enteredAt").asLocalDateTime());
    }

    long count(Measure measure, String districtId) {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("district", districtId);
        String cypher = switch (measure) {
            case TIER_100YI -> band(parameters, 1);
            case TIER_50YI -> band(parameters, 2);
            case TIER_10YI -> band(parameters, 3);
            case LISTED -> LISTED_COUNT;
            // one rule for projects: the project feature's (DashboardService asks it)
            case SIGNED_100YI, SIGNED_50YI, SIGNED_10YI, PROJECTS_OVER_1YI ->
                    throw new IllegalArgumentException(measure + " is counted by ProjectService.bandCounts");
        };
        return client.query(cypher).bindAll(parameters).fetchAs(Long.class).mappedBy((types, r) -> r.get("value").asLong())
                .one().orElse(0L);
    }

    /** A chain's output summed from its local firms' sized figures (亿元), with what the sum rests on. */
    record Sized(double total, Basis basis) {
    }

    Sized chainOutput(String chainId, String districtId) {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("chain", chainId);
        parameters.put("district", districtId);
        return client.query(CHAIN_OUTPUT).bindAll(parameters).fetchAs(Sized.class).mappedBy((types, r) ->
                new Sized(r.get("total").isNull() ? 0 : r.get("total").asDouble(), new Basis(r.get("firms").asLong(),
                        r.get("sized").asLong(), year(r.get("earliest")), year(r.get("latest")),
                        r.get("kinds").asList(Value::asString)))).one()
                .orElse(new Sized(0, new Basis(0, 0, null, null, List.of())));
    }

    /** What the tier counts rest on: the district's local firms and how many have a tier. */
    Basis tierBasis(String districtId) {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("district", districtId);
        return client.query(TIER_BASIS).bindAll(parameters).fetchAs(Basis.class).mappedBy((types, r) ->
                new Basis(r.get("firms").asLong(), r.get("sized").asLong(), year(r.get("earliest")), year(r.get("latest")),
                        r.get("kindLists").asList(v -> v.asList(Value::asString)).stream().flatMap(List::stream)
                                .distinct().sorted().toList())).one()
                .orElse(new Basis(0, 0, null, null, List.of()));
    }

    private static Integer year(Value v) {
        return v.isNull() ? null : v.asInt();
    }

    private static String band(Map<String, Object> parameters, int band) {
        parameters.put("band", band);
        return TIER_COUNT;
    }

    boolean addEntry(String targetId, ManualEntry entry, String source, String by, LocalDateTime at) {
        return client.query(ADD_ENTRY).bindAll(Map.of("id", targetId, "value", entry.value(), "asOf", entry.asOf(),
                        "source", source, "by", by, "at", at.toString()))
                .fetchAs(Long.class).mappedBy((types, r) -> r.get("written").asLong()).one().orElse(0L) > 0;
    }

    void writeSnapshot(String targetId, LocalDate on, double value) {
        client.query(WRITE_SNAPSHOT).bindAll(Map.of("id", targetId, "on", on, "value", value)).run();
    }

    void deleteSnapshot(String targetId, LocalDate on) {
        client.query(DELETE_SNAPSHOT).bindAll(Map.of("id", targetId, "on", on)).run();
    }
}
