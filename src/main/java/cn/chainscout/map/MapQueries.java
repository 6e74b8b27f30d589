package cn.chainscout.map;

import java.util.Collections;
import java.util.List;

import cn.chainscout.common.graph.Local;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Repository;

/** The cluster map's Cypher: the district's chains, leaf segments, FEEDS, parks and local firms. */
@Repository
class MapQueries {

    // where companies are: headquarters city and the provinces of their plants (全国分布)
    private static final String PLACES = """
            MATCH (c:Company) WHERE c.id IN $ids
            RETURN c.id AS id, c.city AS city, coalesce(c.plantProvinces, []) AS plantProvinces
            """;

    private static final String CHAINS = """
            MATCH (ch:Chain)-[:IN]->(d:District)
            WHERE $district IS NULL OR d.id = $district
            RETURN ch.id AS id, ch.name AS name, ch.nameEn AS nameEn ORDER BY ch.position, ch.name
            """;

    // leaf segments only: the gap diagnosis is about leaves, groups only hold them
    private static final String SEGMENTS = """
            MATCH (ch:Chain)-[:IN]->(d:District)
            WHERE $district IS NULL OR d.id = $district
            MATCH (ch)-[:HAS_SEGMENT]->(s:Segment)
            WHERE NOT EXISTS { (:Segment)-[:PART_OF]->(s) }
            RETURN ch.id AS chainId, s.id AS id, s.name AS name, s.nameEn AS nameEn, s.stage AS stage
            ORDER BY ch.position, s.stage, s.id
            """;

    private static final String FEEDS = """
            MATCH (ch:Chain)-[:IN]->(d:District)
            WHERE $district IS NULL OR d.id = $district
            MATCH (ch)-[:HAS_SEGMENT]->(a:Segment)-[:FEEDS]->(b:Segment)<-[:HAS_SEGMENT]-(ch)
            RETURN DISTINCT a.id AS fromId, b.id AS toId ORDER BY fromId, toId
            """;

    private static final String PARKS = """
            MATCH (p:Park)-[:IN]->(d:District)
            WHERE $district IS NULL OR d.id = $district
            OPTIONAL MATCH (p)-[:PART_OF]->(parent:Park)
            RETURN p.id AS id, p.name AS name, p.nameEn AS nameEn, parent.id AS parentId ORDER BY p.id
            """;

    // a firm in two parks is one node; its parks include the zones those parks are part of
    private static final String FIRMS = """
            MATCH ${local(c, l, p, d)}
            WHERE $district IS NULL OR d.id = $district
            OPTIONAL MATCH (p)-[:PART_OF]->(zone:Park)
            WITH c, d, collect(l) AS ls, collect(DISTINCT p.id) + collect(DISTINCT zone.id) AS parks
            RETURN c.id AS id, c.name AS name, c.nameEn AS nameEn, coalesce(c.aliases, []) AS aliases, parks,
                   any(x IN ls WHERE x.leading) AS leading,
                   [x IN ls WHERE x.tier IS NOT NULL | x.tier] AS tiers,
                   COLLECT { MATCH (c)-[:OPERATES_IN]->(s:Segment)<-[:HAS_SEGMENT]-(ch:Chain)-[:IN]->(d)
                             RETURN DISTINCT s.id + ' ' + ch.id AS pair ORDER BY pair } AS segments
            ORDER BY c.id
            """.replace("${local(c, l, p, d)}", Local.path("c:Company", "l", "p", "d:District"));

    record ChainRow(String id, String name, String nameEn) {
    }

    record SegmentRow(String chainId, String id, String name, String nameEn, String stage) {
    }

    record FeedRow(String fromId, String toId) {
    }

    record ParkRow(String id, String name, String nameEn, String parentId) {
    }

    /** @param segments the segments it operates in (leaves or groups) → their chain */
    record FirmRow(String id, String name, String nameEn, List<String> aliases, List<String> parks, boolean leading,
                   List<String> tiers, java.util.Map<String, String> segments) {
    }

    private final Neo4jClient client;

    MapQueries(Neo4jClient client) {
        this.client = client;
    }

    record PlaceRow(String id, String city, List<String> plantProvinces) {
    }

    List<PlaceRow> places(java.util.Collection<String> companyIds) {
        return List.copyOf(client.query(PLACES).bindAll(Collections.singletonMap("ids", List.copyOf(companyIds)))
                .fetchAs(PlaceRow.class)
                .mappedBy((t, r) -> new PlaceRow(r.get("id").asString(), r.get("city").asString(null),
                        r.get("plantProvinces").asList(org.neo4j.driver.Value::asString))).all());
    }

    List<ChainRow> chains(String district) {
        return List.copyOf(client.query(CHAINS).bindAll(Collections.singletonMap("district", district)).fetchAs(ChainRow.class)
                .mappedBy((t, r) -> new ChainRow(r.get("id").asString(), r.get("name").asString(), r.get("nameEn").asString(null)))
                .all());
    }

    List<SegmentRow> segments(String district) {
        return List.copyOf(client.query(SEGMENTS).bindAll(Collections.singletonMap("district", district)).fetchAs(SegmentRow.class)
                .mappedBy((t, r) -> new SegmentRow(r.get("chainId").asString(), r.get("id").asString(), r.get("name").asString(),
                        r.get("nameEn").asString(null), r.get("stage").asString(null)))
                .all());
    }

    List<FeedRow> feeds(String district) {
        return List.copyOf(client.query(FEEDS).bindAll(Collections.singletonMap("district", district)).fetchAs(FeedRow.class)
                .mappedBy((t, r) -> new FeedRow(r.get("fromId").asString(), r.get("toId").asString())).all());
    }

    List<ParkRow> parks(String district) {
        return List.copyOf(client.query(PARKS).bindAll(Collections.singletonMap("district", district)).fetchAs(ParkRow.class)
                .mappedBy((t, r) -> new ParkRow(r.get("id").asString(), r.get("name").asString(), r.get("nameEn").asString(null),
                        r.get("parentId").asString(null)))
                .all());
    }

    List<FirmRow> firms(String district) {
        return List.copyOf(client.query(FIRMS).bindAll(Collections.singletonMap("district", district)).fetchAs(FirmRow.class)
                .mappedBy((t, r) -> new FirmRow(r.get("id").asString(), r.get("name").asString(), r.get("nameEn").asString(null),
                        r.get("aliases").asList(org.neo4j.driver.Value::asString),
                        r.get("parks").asList(org.neo4j.driver.Value::asString), r.get("leading").asBoolean(),
                        r.get("tiers").asList(org.neo4j.driver.Value::asString),
                        r.get("segments").asList(org.neo4j.driver.Value::asString).stream().map(p -> p.split(" ", 2))
                                .collect(java.util.stream.Collectors.toMap(p -> p[0], p -> p[1], (a, b) -> a,
                                        java.util.LinkedHashMap::new))))
                .all());
    }
}
