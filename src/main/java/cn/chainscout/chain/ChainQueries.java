package cn.chainscout.chain;

import java.util.LinkedHashMap;
import java.util.List;

import org.neo4j.driver.Value;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Repository;

/** The chain feature's Cypher, in one place. */
@Repository
class ChainQueries {

    // a local firm belongs to a chain when it operates in one of the chain's segments
    private static final String OVERVIEW = """
            MATCH (ch:Chain)
            RETURN ch.id AS id, ch.name AS name, ch.nameEn AS nameEn, coalesce(ch.main, false) AS main,
                   ch.outputTargetYi AS outputTargetYi,
                   COUNT { (ch)-[:HAS_SEGMENT]->(:Segment) } AS segmentCount,
                   COLLECT { MATCH (ch)-[:HAS_SEGMENT]->(:Segment)<-[:OPERATES_IN]-(c:Company)-[l:LOCATED_IN]->(p:Park)
                             WITH DISTINCT c, l, p
                             RETURN {id: c.id, name: c.name, nameEn: c.nameEn, leading: coalesce(l.leading, false),
                                     tier: l.tier, parkName: p.name}
                             ORDER BY l.leading DESC,
                                      CASE l.tier WHEN '百亿' THEN 0 WHEN '50亿' THEN 1 WHEN '10亿' THEN 2 ELSE 3 END,
                                      c.name } AS firms
            ORDER BY ch.position, ch.name
            """;

    private final Neo4jClient client;

    ChainQueries(Neo4jClient client) {
        this.client = client;
    }

    List<ChainOverview> overview() {
        return List.copyOf(client.query(OVERVIEW).fetchAs(ChainOverview.class).mappedBy((types, r) ->
                new ChainOverview(r.get("id").asString(), r.get("name").asString(), r.get("nameEn").asString(null),
                        r.get("main").asBoolean(), r.get("outputTargetYi").isNull() ? null : r.get("outputTargetYi").asDouble(),
                        r.get("segmentCount").asLong(),
                        distinct(r.get("firms").asList(f -> new ChainOverview.LocalFirm(f.get("id").asString(),
                                f.get("name").asString(), str(f, "nameEn"), f.get("leading").asBoolean(),
                                str(f, "tier"), str(f, "parkName")))))).all());
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
