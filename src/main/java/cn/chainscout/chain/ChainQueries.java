package cn.chainscout.chain;

import java.util.LinkedHashMap;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

import cn.chainscout.common.graph.Local;
import org.neo4j.driver.Value;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Repository;

/** The chain feature's Cypher, in one place. */
@Repository
class ChainQueries {

    // a local firm belongs to a chain when it operates in one of the chain's segments
    private static final String OVERVIEW = """
            MATCH (ch:Chain)-[:IN]->(d:District)
            WHERE $districtId IS NULL OR d.id = $districtId
            RETURN ch.id AS id, ch.name AS name, ch.nameEn AS nameEn, d.id AS districtId, coalesce(ch.main, false) AS main,
                   ch.outputTargetYi AS outputTargetYi,
                   COUNT { (ch)-[:HAS_SEGMENT]->(:Segment) } AS segmentCount,
                   COLLECT { MATCH (ch)-[:HAS_SEGMENT]->(:Segment)<-[:OPERATES_IN]-${local(c, l, p)}
                             WITH DISTINCT c, l, p
                             RETURN {id: c.id, name: c.name, nameEn: c.nameEn, leading: coalesce(l.leading, false),
                                     tier: l.tier, parkName: p.name}
                             ORDER BY l.leading DESC,
                                      CASE l.tier WHEN '百亿' THEN 0 WHEN '50亿' THEN 1 WHEN '10亿' THEN 2 ELSE 3 END,
                                      c.name } AS firms
            ORDER BY ch.position, ch.name
            """.replace("${local(c, l, p)}", Local.path("c:Company", "l", "p", null));

    // local = located in a park of the chain's own district
    private static final String MAP_SEGMENTS = """
            MATCH (ch:Chain {id: $chainId})-[:IN]->(d:District)
            MATCH (ch)-[:HAS_SEGMENT]->(s:Segment)
            OPTIONAL MATCH (s)-[:PART_OF]->(parent:Segment)
            RETURN ch.name AS chainName, ch.nameEn AS chainNameEn, s.id AS id, s.name AS name, s.nameEn AS nameEn,
                   s.stage AS stage, coalesce(s.key, false) AS key, parent.id AS parentId,
                   EXISTS { (s)<-[:PART_OF]-(:Segment) } AS group,
                   COLLECT { MATCH (s)<-[:OPERATES_IN]-${local(c, d)}
                             RETURN DISTINCT c.name ORDER BY c.name } AS localFirms
            ORDER BY s.id
            """.replace("${local(c, d)}", Local.path("c:Company", "", "", "d"));

    private static final String MAP_FEEDS = """
            MATCH (ch:Chain {id: $chainId})-[:HAS_SEGMENT]->(a:Segment)-[:FEEDS]->(b:Segment)<-[:HAS_SEGMENT]-(ch)
            RETURN a.id AS fromId, b.id AS toId ORDER BY fromId, toId
            """;

    private static final String CHAIN_OF = """
            MATCH (ch:Chain)-[:HAS_SEGMENT]->(:Segment {id: $segmentId}) RETURN ch.id AS id LIMIT 1
            """;

    private final Neo4jClient client;

    ChainQueries(Neo4jClient client) {
        this.client = client;
    }

    List<ChainOverview> overview(String districtId) {
        return List.copyOf(client.query(OVERVIEW).bindAll(Collections.singletonMap("districtId", districtId)).fetchAs(ChainOverview.class).mappedBy((types, r) ->
                new ChainOverview(r.get("id").asString(), r.get("name").asString(), r.get("nameEn").asString(null),
                        r.get("districtId").asString(),
                        r.get("main").asBoolean(), r.get("outputTargetYi").isNull() ? null : r.get("outputTargetYi").asDouble(),
                        r.get("segmentCount").asLong(),
                        distinct(r.get("firms").asList(f -> new ChainOverview.LocalFirm(f.get("id").asString(),
                                f.get("name").asString(), str(f, "nameEn"), f.get("leading").asBoolean(),
                                str(f, "tier"), str(f, "parkName")))))).all());
    }

    Optional<ChainMap> chainMap(String chainId) {
        List<org.neo4j.driver.Record> rows = List.copyOf(client.query(MAP_SEGMENTS).bind(chainId).to("chainId")
                .fetchAs(org.neo4j.driver.Record.class).mappedBy((types, r) -> r).all());
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        List<ChainMap.SegmentNode> segments = rows.stream().map(r -> new ChainMap.SegmentNode(r.get("id").asString(),
                r.get("name").asString(), r.get("nameEn").asString(null), r.get("stage").asString(),
                r.get("key").asBoolean(), r.get("parentId").asString(null), r.get("group").asBoolean(),
                r.get("localFirms").asList(org.neo4j.driver.Value::asString))).toList();
        List<ChainMap.Feed> feeds = List.copyOf(client.query(MAP_FEEDS).bind(chainId).to("chainId")
                .fetchAs(ChainMap.Feed.class)
                .mappedBy((types, r) -> new ChainMap.Feed(r.get("fromId").asString(), r.get("toId").asString())).all());
        var first = rows.getFirst();
        return Optional.of(new ChainMap(chainId, first.get("chainName").asString(), first.get("chainNameEn").asString(null),
                segments, feeds));
    }

    Optional<String> chainOf(String segmentId) {
        return client.query(CHAIN_OF).bind(segmentId).to("segmentId").fetchAs(String.class).one();
    }

    /** A firm in two parks would be listed twice; once is enough on the home page. */
    private static List<ChainOverview.LocalFirm> distinct(List<ChainOverview.LocalFirm> firms) {
        var seen = new LinkedHashMap<String, ChainOverview.LocalFirm>();
        firms.forEach(f -> seen.putIfAbsent(f.id(), f));
        return List.copyOf(seen.values());
    }

    private static String str(Value map, String key) {
        Value v = map.get(key);
        return v == null || v.isNull() ? null : v.asString();
    }
}
