package cn.chainscout.company;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import cn.chainscout.common.graph.Local;
import org.neo4j.driver.Value;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Repository;

/** The company feature's Cypher, in one place. */
@Repository
class CompanyQueries {

    private static final String SEARCH = """
            CALL db.index.fulltext.queryNodes('company_search', $query) YIELD node, score
            RETURN node.id AS id, node.name AS name, node.nameEn AS nameEn, node.aliases AS aliases,
                   node.province AS province, node.country AS country,
                   ${local(node)} AS local
            ORDER BY local DESC, score DESC, size(node.name), node.id
            LIMIT $limit
            """.replace("${local(node)}", Local.anywhere("node"));

    private static final String LIST = """
            MATCH (c:Company)
            RETURN c.id AS id, c.name AS name, c.nameEn AS nameEn, c.aliases AS aliases,
                   c.province AS province, c.country AS country,
                   ${local(c)} AS local
            ORDER BY local DESC, c.name
            SKIP $offset LIMIT $limit
            """.replace("${local(c)}", Local.anywhere("c"));

    private static final String COUNT = "MATCH (c:Company) RETURN count(c) AS n";

    private static final String PORTRAIT = """
            MATCH (c:Company {id: $id})
            RETURN c {.id, .name, .nameEn, .aliases, .province, .country, .ownership, .listing, .source} AS company,
              COLLECT { MATCH ${local(c, l, p)}
                        OPTIONAL MATCH (p)-[:PART_OF]->(parent:Park)
                        RETURN {parkId: p.id, parkName: p.name, parkNameEn: p.nameEn, parentName: parent.name,
                                parentNameEn: parent.nameEn, leading: l.leading,
                                tier: l.tier, since: l.since, source: l.source, confidence: l.confidence} } AS parks,
              COLLECT { MATCH (c)-[o:OPERATES_IN]->(s:Segment)<-[:HAS_SEGMENT]-(ch:Chain)
                        RETURN {segmentId: s.id, segmentName: s.name, segmentNameEn: s.nameEn, chainName: ch.name,
                                chainNameEn: ch.nameEn, main: o.main, products: o.products, source: o.source,
                                confidence: o.confidence}
                        ORDER BY o.main DESC, ch.position, s.name } AS segments,
              COLLECT { MATCH (c)-[k:RANKED]->(r:Ranking)
                        RETURN {rankingId: r.id, rankingName: r.name, rankingNameEn: r.nameEn, year: r.year,
                                rank: k.rank, revenue: k.revenue, revenueUnit: r.revenueUnit, source: k.source}
                        ORDER BY r.year DESC, r.list } AS rankings,
              COLLECT { MATCH (c)-[t:SUPPLIES|PARTNERS_WITH|INVESTS_IN|SUBSIDIARY_OF]-(o:Company)
                        RETURN {type: type(t), outgoing: startNode(t) = c, otherId: o.id, otherName: o.name,
                                otherNameEn: o.nameEn, products: t.products, share: t.share, source: t.source,
                                confidence: t.confidence}
                        ORDER BY type(t), o.name LIMIT $maxTies } AS ties,
              COUNT { (c)-[:SUPPLIES|PARTNERS_WITH|INVESTS_IN|SUBSIDIARY_OF]-(:Company) } AS tieCount
            """.replace("${local(c, l, p)}", Local.path("c", "l", "p", null));

    /** A hub of a large registry has tens of thousands of ties: the portrait shows this many, and says how many there are. */
    static final int MAX_TIES = 300;

    private final Neo4jClient client;

    CompanyQueries(Neo4jClient client) {
        this.client = client;
    }

    List<CompanyHit> search(String luceneQuery, int limit) {
        return hits(client.query(SEARCH).bindAll(Map.of("query", luceneQuery, "limit", limit)).fetchAs(CompanyHit.class)
                .mappedBy((types, r) -> hit(r)).all());
    }

    List<CompanyHit> list(int offset, int limit) {
        return hits(client.query(LIST).bindAll(Map.of("offset", offset, "limit", limit)).fetchAs(CompanyHit.class)
                .mappedBy((types, r) -> hit(r)).all());
    }

    long count() {
        return client.query(COUNT).fetchAs(Long.class).one().orElse(0L);
    }

    Optional<CompanyPortrait> portrait(String id) {
        return client.query(PORTRAIT).bindAll(Map.of("id", id, "maxTies", MAX_TIES)).fetchAs(CompanyPortrait.class).mappedBy((types, r) -> {
            Value c = r.get("company");
            return new CompanyPortrait(c.get("id").asString(), c.get("name").asString(), str(c, "nameEn"),
                    strings(c.get("aliases")), str(c, "province"), str(c, "country"), str(c, "ownership"),
                    strings(c.get("listing")), str(c, "source"),
                    r.get("parks").asList(p -> new CompanyPortrait.Presence(p.get("parkId").asString(),
                            p.get("parkName").asString(), str(p, "parkNameEn"), str(p, "parentName"), str(p, "parentNameEn"),
                            p.get("leading").asBoolean(false),
                            str(p, "tier"), p.get("since").isNull() ? null : p.get("since").asLong(),
                            str(p, "source"), str(p, "confidence"))),
                    r.get("segments").asList(s -> new CompanyPortrait.SegmentRole(s.get("segmentId").asString(),
                            s.get("segmentName").asString(), str(s, "segmentNameEn"), s.get("chainName").asString(),
                            str(s, "chainNameEn"), s.get("main").asBoolean(false), strings(s.get("products")),
                            str(s, "source"), str(s, "confidence"))),
                    r.get("rankings").asList(k -> new CompanyPortrait.RankEntry(k.get("rankingId").asString(),
                            k.get("rankingName").asString(), str(k, "rankingNameEn"), k.get("year").asLong(),
                            k.get("rank").asLong(), k.get("revenue").isNull() ? null : k.get("revenue").asDouble(),
                            str(k, "revenueUnit"), str(k, "source"))),
                    r.get("ties").asList(t -> new CompanyPortrait.Tie(t.get("type").asString(),
                            t.get("outgoing").asBoolean(), t.get("otherId").asString(), t.get("otherName").asString(),
                            str(t, "otherNameEn"), strings(t.get("products")),
                            t.get("share").isNull() ? null : t.get("share").asDouble(), str(t, "source"),
                            str(t, "confidence"))), r.get("tieCount").asLong());
        }).one();
    }

    private static CompanyHit hit(org.neo4j.driver.Record r) {
        return new CompanyHit(r.get("id").asString(), r.get("name").asString(), r.get("nameEn").asString(null),
                strings(r.get("aliases")), r.get("province").asString(null), r.get("country").asString(null),
                r.get("local").asBoolean());
    }

    private static List<CompanyHit> hits(Collection<CompanyHit> hits) {
        return List.copyOf(hits);
    }

    private static String str(Value map, String key) {
        Value v = map.get(key);
        return v == null || v.isNull() ? null : v.asString();
    }

    private static List<String> strings(Value v) {
        return v == null || v.isNull() ? List.of() : v.asList(Value::asString);
    }
}
