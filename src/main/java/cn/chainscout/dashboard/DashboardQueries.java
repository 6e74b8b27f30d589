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
            WHERE $district IS NULL OR d.id = $district
            WITH c, min(CASE l.tier WHEN '百亿' THEN 1 WHEN '50亿' THEN 2 WHEN '10亿' THEN 3 END) AS best
            RETURN count(CASE WHEN best = $band THEN 1 END) AS value
            """.replace("${local(c, l, d)}", Local.path("c:Company", "l", "", "d:District"));

    // listed = the local firm's own record carries a stock code (listing is a list of codes)
    private static final String LISTED_COUNT = """
            MATCH ${local(c, d)}
            WHERE ($district IS NULL OR d.id = $district) AND size(coalesce(c.listing, [])) > 0
            RETURN count(DISTINCT c) AS value
            """.replace("${local(c, d)}", Local.path("c:Company", "", "", "d:District"));

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
