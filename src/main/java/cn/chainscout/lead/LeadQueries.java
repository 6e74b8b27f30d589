package cn.chainscout.lead;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.neo4j.driver.Value;
import org.neo4j.driver.types.Node;
import org.neo4j.driver.types.Relationship;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Repository;

/** The lead feature's Cypher, in one place: it only gathers facts; {@link LeadScorer} judges them. */
@Repository
class LeadQueries {

    private static final String DISTRICT = """
            MATCH (d:District {id: $district})
            RETURN d.id AS id, d.name AS name, d.nameEn AS nameEn, d.province AS province
            """;

    // a firm in parks of two districts belongs to the first by id
    private static final String LOCAL_FIRM = """
            MATCH (c:Company {id: $company})-[:LOCATED_IN]->(:Park)-[:IN]->(d:District)
            RETURN d.id AS id, d.name AS name, d.nameEn AS nameEn, d.province AS province
            ORDER BY d.id LIMIT 1
            """;

    private static final String LEADING_FIRMS = """
            MATCH (c:Company)-[l:LOCATED_IN]->(:Park)-[:IN]->(:District {id: $district})
            WHERE l.leading
            RETURN DISTINCT c.id AS id ORDER BY id
            """;

    /*
     * 产业链招商 candidates, best first by an upper bound of their score that needs neither ties nor
     * penalties: the best gap + fit over their target segments, list strength (their best rank of any
     * year), reach. Sorting in the database means only the best few hundred come back, however many
     * companies operate in the gaps; ChainLeadService scores those in full.
     */
    private static final String CANDIDATE_BOUNDS = """
            MATCH (d:District {id: $district})
            UNWIND $segments AS seg
            MATCH (:Segment {id: seg.id})<-[o:OPERATES_IN]-(c:Company)
            WHERE NOT EXISTS { (c)-[:LOCATED_IN]->(:Park)-[:IN]->(d) }
              AND ($list IS NULL OR EXISTS { (c)-[:RANKED]->(:Ranking {list: $list}) })
            WITH c, max(seg.points + CASE WHEN coalesce(o.main, false) THEN $fitMain ELSE $fitSide END) AS gapFit
            WITH c, gapFit
                 + CASE WHEN c.province = $home THEN $reachHome WHEN c.province IN $region THEN $reachRegion ELSE 0.0 END
                 + reduce(best = 0.0, p IN COLLECT { MATCH (c)-[k:RANKED]->(r:Ranking)
                                                     RETURN coalesce($listWeights[r.list], 0.0)
                                                            * toFloat($listSize + 1 - k.rank) / $listSize AS p }
                          | CASE WHEN p > best THEN p ELSE best END) AS bound
            RETURN c.id AS id, bound
            ORDER BY bound DESC, id
            LIMIT $limit
            """;

    // group = linked by SUBSIDIARY_OF either way within three steps (parent, subsidiary, sibling);
    // the pipeline (:Lead)-[:TARGETS]-> and its status are named by value: until the pipeline exists,
    // static names make Neo4j warn on every call
    private static final String FACTS = """
            MATCH (d:District {id: $district})
            UNWIND $ids AS cid
            MATCH (c:Company {id: cid})
            RETURN c.id AS id, c.name AS name, c.nameEn AS nameEn, c.aliases AS aliases, c.province AS province,
                   c.country AS country,
                   EXISTS { (c)-[:LOCATED_IN]->(:Park)-[:IN]->(d) } AS local,
                   COLLECT { MATCH p = (c)-[:SUBSIDIARY_OF*1..3]-(g:Company)-[:LOCATED_IN]->(:Park)-[:IN]->(d)
                             WHERE g <> c
                             RETURN p ORDER BY length(p), g.id LIMIT 1 } AS groupPaths,
                   EXISTS { MATCH (l)-[t]->(c)
                            WHERE type(t) = 'TARGETS' AND 'Lead' IN labels(l)
                              AND NOT coalesce(l[$statusKey], '') IN $dropped } AS inPipeline,
                   COLLECT { MATCH (c)-[k:RANKED]->(r:Ranking)
                             RETURN {rankingId: r.id, list: r.list, year: r.year, rank: k.rank, name: r.name,
                                     nameEn: r.nameEn} ORDER BY r.id } AS ranks,
                   COLLECT { MATCH p = (c)-[o:OPERATES_IN]->(s:Segment)<-[:HAS_SEGMENT]-(ch:Chain)-[:IN]->(d)
                             RETURN {chainId: ch.id, segmentId: s.id, main: coalesce(o.main, false), path: p}
                             ORDER BY s.id } AS roles
            ORDER BY id
            """;

    /*
     * Real ties from local firms to outside companies. A local entity is often a plant of a group
     * (长沙比亚迪电子 → 比亚迪电子（国际） → 比亚迪): the ties of its parents up to two SUBSIDIARY_OF steps
     * count through it, with the longer path they really are. Companies of the firm's own parent line
     * and local firms are not leads; the parents themselves come back as PARENT.
     */
    private static final String TIE_MATCHES = """
            MATCH (d:District {id: $district})<-[:IN]-(:Park)<-[li:LOCATED_IN]-(l:Company)
            WHERE $via IS NULL OR l.id IN $via
            WITH d, l, collect(li) AS lis
            WITH d, l, any(x IN lis WHERE x.leading) AS leading, [x IN lis WHERE x.tier IS NOT NULL | x.tier] AS tiers
            MATCH g = (l)-[:SUBSIDIARY_OF*0..2]->(grp:Company)
            CALL (grp) {
              MATCH p = (grp)<-[:SUPPLIES]-(x:Company) RETURN p, x, 'SUPPLIER' AS kind
              UNION ALL
              MATCH p = (grp)-[:SUPPLIES]->(x:Company) RETURN p, x, 'CUSTOMER' AS kind
              UNION ALL
              MATCH p = (grp)<-[:INVESTS_IN]-(x:Company) RETURN p, x, 'SHAREHOLDER' AS kind
              UNION ALL
              MATCH p = (grp)-[:INVESTS_IN]->(x:Company) RETURN p, x, 'HOLDING' AS kind
              UNION ALL
              MATCH p = (grp)<-[:SUBSIDIARY_OF]-(x:Company) RETURN p, x, 'HOLDING' AS kind
              UNION ALL
              MATCH p = (grp)-[:PARTNERS_WITH]-(x:Company) RETURN p, x, 'PARTNER' AS kind
              UNION ALL
              MATCH p = (grp)<-[:INVESTS_IN]-(:Company)-[:INVESTS_IN]->(x:Company) WHERE x <> grp
              RETURN p, x, 'SIBLING' AS kind
              UNION ALL
              MATCH p = (grp)-[:SUPPLIES]->(:Company)<-[:SUPPLIES]-(x:Company) WHERE x <> grp
              RETURN p, x, 'CO_SUPPLIER' AS kind
            }
            WITH d, l, leading, tiers, g, grp, p, x, kind
            WHERE ($candidates IS NULL OR x.id IN $candidates)
              AND NOT x IN nodes(g) AND NOT EXISTS { (x)-[:LOCATED_IN]->(:Park)-[:IN]->(d) }
            """;

    private static final String PARENT_MATCHES = """
            MATCH (d:District {id: $district})<-[:IN]-(:Park)<-[li:LOCATED_IN]-(l:Company)
            WHERE $via IS NULL OR l.id IN $via
            WITH d, l, collect(li) AS lis
            WITH d, l, any(x IN lis WHERE x.leading) AS leading, [x IN lis WHERE x.tier IS NOT NULL | x.tier] AS tiers
            MATCH g = (l)-[:SUBSIDIARY_OF*1..2]->(x:Company)
            WHERE ($candidates IS NULL OR x.id IN $candidates)
              AND NOT EXISTS { (x)-[:LOCATED_IN]->(:Park)-[:IN]->(d) }
            """;

    private static final String TIES = TIE_MATCHES + """
            RETURN l.id AS via, l.name AS viaName, l.nameEn AS viaNameEn, l.aliases AS viaAliases, leading, tiers,
                   x.id AS candidate, kind, length(g) AS hops, length(g) + length(p) AS length,
                   grp AS anchor, CASE WHEN length(p) = 2 THEN nodes(p)[1] END AS middle,
                   nodes(g) + tail(nodes(p)) AS nodes, relationships(g) + relationships(p) AS rels
            """ + "UNION ALL\n" + PARENT_MATCHES + """
            RETURN l.id AS via, l.name AS viaName, l.nameEn AS viaNameEn, l.aliases AS viaAliases, leading, tiers,
                   x.id AS candidate, 'PARENT' AS kind, length(g) - 1 AS hops, length(g) AS length,
                   x AS anchor, null AS middle, nodes(g) AS nodes, relationships(g) AS rels
            """;

    // the same ties without their paths: what a business lead's bound needs, cheap to send by the ten thousand
    private static final String TIE_BOUNDS = TIE_MATCHES + """
            RETURN l.id AS via, leading, tiers, x.id AS candidate, kind, length(g) + length(p) AS length,
                   any(r IN relationships(g) + relationships(p) WHERE r.confidence = 'unverified') AS unverified
            """ + "UNION ALL\n" + PARENT_MATCHES + """
            RETURN l.id AS via, leading, tiers, x.id AS candidate, 'PARENT' AS kind, length(g) AS length,
                   any(r IN relationships(g) WHERE r.confidence = 'unverified') AS unverified
            """;

    // every ranked company's best list strength of any year: a few thousand rows even with years of lists
    private static final String STRENGTHS = """
            MATCH (r:Ranking)<-[k:RANKED]-(c:Company)
            RETURN c.id AS id, max(coalesce($listWeights[r.list], 0.0) * toFloat($listSize + 1 - k.rank) / $listSize) AS strength
            """;

    /** Lead statuses that no longer count as "in the pipeline". */
    static final List<String> DROPPED = List.of("已放弃", "DROPPED");

    record District(String id, String name, String nameEn, String province) {
    }

    /** A company's facts plus where it operates in the district's chains, each with its path. */
    record Facts(CandidateFacts candidate, List<Role> roles, EvidencePath groupPath) {
    }

    record Role(String chainId, String segmentId, boolean main, EvidencePath path) {
    }

    /** A candidate and the most its chain lead can score before ties and penalties. */
    record Bound(String companyId, double bound) {
    }

    /** A tie without its path: enough to score what the tie itself is worth. */
    record TieBound(String viaId, String candidateId, TieKind kind, int length, boolean unverified, String viaTier,
                    boolean viaLeading) {
    }

    private final Neo4jClient client;

    LeadQueries(Neo4jClient client) {
        this.client = client;
    }

    Optional<District> district(String districtId) {
        return client.query(DISTRICT).bind(districtId).to("district").fetchAs(District.class)
                .mappedBy((types, r) -> district(r)).one();
    }

    Optional<District> districtOfLocalFirm(String companyId) {
        return client.query(LOCAL_FIRM).bind(companyId).to("company").fetchAs(District.class)
                .mappedBy((types, r) -> district(r)).one();
    }

    List<String> leadingFirms(String districtId) {
        return List.copyOf(client.query(LEADING_FIRMS).bind(districtId).to("district").fetchAs(String.class)
                .mappedBy((types, r) -> r.get("id").asString()).all());
    }

    /**
     * @param points gap points of each target segment (gap weight × severity)
     * @param limit  how many candidates to read, best bound first
     */
    List<Bound> candidateBounds(District district, Map<String, Double> points, String list, ScoringProperties w, int limit) {
        List<Map<String, Object>> segments = points.entrySet().stream()
                .map(e -> Map.<String, Object>of("id", e.getKey(), "points", Math.max(0, e.getValue()))).toList();
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("district", district.id());
        parameters.put("segments", segments);
        parameters.put("list", list);
        // a negative weight cannot raise a score: 0 keeps the bound an upper bound
        parameters.put("fitMain", Math.max(0, w.fitMain()));
        parameters.put("fitSide", Math.max(0, w.fitSide()));
        parameters.put("home", district.province());
        parameters.put("reachHome", Math.max(0, w.reachHome()));
        parameters.put("reachRegion", Math.max(0, w.reachRegion()));
        parameters.put("region", w.regionProvinces());
        parameters.put("listWeights", listWeights(w));
        parameters.put("listSize", w.listSize());
        parameters.put("limit", limit);
        return List.copyOf(client.query(CANDIDATE_BOUNDS).bindAll(parameters).fetchAs(Bound.class)
                .mappedBy((types, r) -> new Bound(r.get("id").asString(), r.get("bound").asDouble())).all());
    }

    /** The most list strength each ranked company can have (its best rank of any year), by company id. */
    Map<String, Double> strengths(ScoringProperties w) {
        Map<String, Double> strengths = new HashMap<>();
        client.query(STRENGTHS).bindAll(Map.of("listWeights", listWeights(w), "listSize", w.listSize())).fetch().all()
                .forEach(r -> strengths.put((String) r.get("id"), ((Number) r.get("strength")).doubleValue()));
        return strengths;
    }

    // a negative weight cannot raise a score: 0 keeps a bound an upper bound
    private static Map<String, Double> listWeights(ScoringProperties w) {
        return Map.of("FORTUNE_GLOBAL_500", Math.max(0, w.fortuneGlobal500()),
                "CHINA_TOP_500", Math.max(0, w.chinaTop500()), "CHINA_PRIVATE_500", Math.max(0, w.chinaPrivate500()));
    }

    /** The ties of the given local firms, without paths. */
    List<TieBound> tieBounds(String districtId, List<String> viaIds) {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("district", districtId);
        parameters.put("via", viaIds);
        parameters.put("candidates", null);
        return List.copyOf(client.query(TIE_BOUNDS).bindAll(parameters).fetchAs(TieBound.class).mappedBy((types, r) ->
                new TieBound(r.get("via").asString(), r.get("candidate").asString(), TieKind.valueOf(r.get("kind").asString()),
                        r.get("length").asInt(), r.get("unverified").asBoolean(false), bestTier(r.get("tiers")),
                        r.get("leading").asBoolean(false))).all());
    }

    Map<String, Facts> facts(String districtId, List<String> companyIds) {
        Map<String, Facts> result = new HashMap<>();
        client.query(FACTS).bindAll(Map.of("district", districtId, "ids", companyIds, "statusKey", "stage",
                        "dropped", DROPPED)).fetchAs(Facts.class)
                .mappedBy((types, r) -> {
                    List<Value> groupPaths = r.get("groupPaths").asList(v -> v);
                    CandidateFacts c = new CandidateFacts(r.get("id").asString(), r.get("name").asString(),
                            r.get("nameEn").asString(null), strings(r.get("aliases")), r.get("province").asString(null),
                            r.get("country").asString(null),
                            r.get("ranks").asList(k -> new RankFact(k.get("rankingId").asString(), k.get("list").asString(),
                                    k.get("year").asLong(), k.get("rank").asLong(), k.get("name").asString(null),
                                    k.get("nameEn").asString(null))),
                            r.get("local").asBoolean(), !groupPaths.isEmpty() && !r.get("local").asBoolean(),
                            r.get("inPipeline").asBoolean());
                    List<Role> roles = r.get("roles").asList(v -> new Role(v.get("chainId").asString(),
                            v.get("segmentId").asString(), v.get("main").asBoolean(),
                            path("SEGMENT", v.get("path"))));
                    return new Facts(c, roles, groupPaths.isEmpty() ? null : path("GROUP_LOCAL", groupPaths.getFirst()));
                }).all().forEach(f -> result.put(f.candidate().id(), f));
        return result;
    }

    /**
     * @param viaIds       the local firms to start from, null for every local firm of the district
     * @param candidateIds the outside companies to keep, null for all
     */
    List<TieFact> ties(String districtId, List<String> viaIds, List<String> candidateIds) {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("district", districtId);
        parameters.put("via", viaIds);
        parameters.put("candidates", candidateIds);
        return List.copyOf(client.query(TIES).bindAll(parameters).fetchAs(TieFact.class).mappedBy((types, r) -> {
            String tier = bestTier(r.get("tiers"));
            Node anchor = r.get("anchor").asNode();
            Value middleValue = r.get("middle");
            Node middle = middleValue.isNull() ? null : middleValue.asNode();
            String viaName = r.get("viaName").asString();
            return new TieFact(r.get("via").asString(), viaName, r.get("viaNameEn").asString(null),
                    LeadExplainer.shortName(viaName, strings(r.get("viaAliases"))), tier, r.get("leading").asBoolean(false),
                    r.get("candidate").asString(), TieKind.valueOf(r.get("kind").asString()), r.get("hops").asInt(),
                    r.get("length").asInt(),
                    r.get("rels").asList(Value::asRelationship).stream()
                            .anyMatch(rel -> "unverified".equals(rel.get("confidence").asString(null))),
                    shortName(anchor), anchor.get("nameEn").asString(null),
                    middle == null ? null : shortName(middle), middle == null ? null : middle.get("nameEn").asString(null),
                    path("TIE", r.get("nodes").asList(Value::asNode), r.get("rels").asList(Value::asRelationship)));
        }).all());
    }

    static EvidencePath path(String kind, Value pathValue) {
        var p = pathValue.asPath();
        List<Node> nodes = new ArrayList<>();
        p.nodes().forEach(nodes::add);
        List<Relationship> rels = new ArrayList<>();
        p.relationships().forEach(rels::add);
        return path(kind, nodes, rels);
    }

    static EvidencePath path(String kind, List<Node> nodes, List<Relationship> rels) {
        Map<String, String> ids = new HashMap<>();
        List<EvidencePath.Node> outNodes = new ArrayList<>();
        for (Node n : nodes) {
            String id = n.get("id").asString(n.elementId());
            ids.put(n.elementId(), id);
            outNodes.add(new EvidencePath.Node(id, n.get("name").asString(null), n.get("nameEn").asString(null),
                    n.labels().iterator().hasNext() ? n.labels().iterator().next() : null));
        }
        List<EvidencePath.Relationship> outRels = rels.stream().map(rel -> new EvidencePath.Relationship(
                ids.get(rel.startNodeElementId()), ids.get(rel.endNodeElementId()), rel.type(),
                rel.get("confidence").asString(null))).toList();
        return new EvidencePath(kind, List.copyOf(outNodes), outRels);
    }

    private static String bestTier(Value tiers) {
        String best = null;
        for (String t : tiers.asList(Value::asString)) {
            if (cn.chainscout.gap.GapProperties.tierRank(t) > cn.chainscout.gap.GapProperties.tierRank(best)) {
                best = t;
            }
        }
        return best;
    }

    private static District district(org.neo4j.driver.Record r) {
        return new District(r.get("id").asString(), r.get("name").asString(null), r.get("nameEn").asString(null),
                r.get("province").asString(null));
    }

    private static String shortName(Node n) {
        return LeadExplainer.shortName(n.get("name").asString(""), strings(n.get("aliases")));
    }

    private static List<String> strings(Value v) {
        return v == null || v.isNull() ? List.of() : v.asList(Value::asString);
    }
}
