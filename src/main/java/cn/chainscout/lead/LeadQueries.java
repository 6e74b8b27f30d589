package cn.chainscout.lead;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import cn.chainscout.common.graph.Local;
import cn.chainscout.gap.AsOf;
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
            RETURN d.id AS id, d.name AS name, d.nameEn AS nameEn, d.province AS province, d.city AS city
            """;

    // a firm in parks of two districts belongs to the first by id
    private static final String LOCAL_FIRM = """
            MATCH ${local(c, l, d)}
            WHERE ${located(l)}
            RETURN d.id AS id, d.name AS name, d.nameEn AS nameEn, d.province AS province, d.city AS city
            ORDER BY d.id LIMIT 1
            """.replace("${local(c, l, d)}", Local.path("c:Company {id: $company}", "l", "", "d:District"))
            .replace("${located(l)}", AsOf.located("l"));

    private static final String LEADING_FIRMS = """
            MATCH ${local(c, l, d)}
            WHERE l.leading AND ${located(l)}
            RETURN DISTINCT c.id AS id ORDER BY id
            """.replace("${local(c, l, d)}", Local.path("c:Company", "l", "", ":District {id: $district}"))
            .replace("${located(l)}", AsOf.located("l"));

    /*
     * 产业链招商 candidates, best first by an upper bound of their score that needs neither ties nor
     * penalties: the best gap + fit over their target segments, list strength (their best rank of any
     * year), reach. Sorting in the database means only the best few hundred come back, however many
     * companies operate in the gaps; ChainLeadService scores those in full.
     */
    // the most list strength company `c` can have: its best rank on any list, any year
    private static final String BEST_STRENGTH = """
            reduce(top = 0.0, rp IN COLLECT { MATCH (c)-[rk:RANKED]->(rr:Ranking)
                                              WHERE $asOfYear IS NULL OR rr.year <= $asOfYear
                                              RETURN coalesce($listWeights[rr.list], 0.0) * toFloat($listSize + 1 - rk.rank) / $listSize AS rp }
                   | CASE WHEN rp > top THEN rp ELSE top END)""".strip();

    // the most a business lead to `c` can get besides its tie: list strength, the best gap points of
    // its segments ($points: gap segment → points), reach
    private static final String BUSINESS_REST = (BEST_STRENGTH + """

            + reduce(top = 0.0, gp IN COLLECT { MATCH (c)-[:OPERATES_IN]->(gs:Segment) RETURN coalesce($points[gs.id], 0.0) AS gp }
                     | CASE WHEN gp > top THEN gp ELSE top END)
            + $restMax""").strip();

    // $strengths: each ranked company's best list strength (STRENGTHS), looked up instead of a
    // subquery on each of the hundreds of thousands of operators
    // a placement below the share floor, or a company of a kind that builds no plants, is never a chain
    // lead: left out here as in the scoring; proximity, size, expansion and ties are bounded by their maxima
    private static final String CANDIDATE_BOUNDS = """
            MATCH (d:District {id: $district})
            UNWIND $segments AS seg
            MATCH (:Segment {id: seg.id})<-[o:OPERATES_IN]-(c:Company)
            WITH d, c, seg, o, CASE WHEN o.share IS NOT NULL THEN o.share
                                    WHEN coalesce(o.main, false) THEN $mainShare ELSE $sideShare END AS share
            WHERE share >= $fitFloor AND ${held(o)}
            WITH d, c, max(seg.points + $fitWeight * share) AS gapFit
            WHERE NOT coalesce(c.kind, '') IN $excludedKinds
              AND NOT ${localTo(c, d)}
              AND ($list IS NULL OR EXISTS { MATCH (c)-[:RANKED]->(r:Ranking {list: $list})
                                             WHERE $asOfYear IS NULL OR r.year <= $asOfYear })
            WITH c.id AS id, gapFit + $proximityMax + $restMax + coalesce($strengths[c.id], 0.0) AS bound
            RETURN id, bound
            ORDER BY bound DESC, id
            LIMIT $limit
            """.replace("${held(o)}", AsOf.held("o")).replace("${localTo(c, d)}", AsOf.localTo("c", "d"));

    // every ranked company's best list strength of any year: a few thousand rows even with years of lists
    private static final String STRENGTHS = """
            MATCH (:Ranking)<-[:RANKED]-(c:Company)
            WITH DISTINCT c
            RETURN c.id AS id, ${strength(c)} AS strength
            """.replace("${strength(c)}", BEST_STRENGTH);

    // group = linked by SUBSIDIARY_OF either way within three steps (parent, subsidiary, sibling);
    // the pipeline (:Lead)-[:TARGETS]-> and its status are named by value: until the pipeline exists,
    // static names make Neo4j warn on every call
    private static final String FACTS = """
            MATCH (d:District {id: $district})
            UNWIND $ids AS cid
            MATCH (c:Company {id: cid})
            RETURN c.id AS id, c.name AS name, c.nameEn AS nameEn, c.aliases AS aliases, c.province AS province,
                   c.country AS country, c.city AS city, c.kind AS kind, c.plantProvinces AS plantProvinces,
                   c.revenueYi AS revenueYi, c.revenueYear AS revenueYear,
                   ${localTo(c, d)} AS local,
                   COLLECT { MATCH p = (c)-[:SUBSIDIARY_OF*1..3]-${local(g, lg, d)}
                             WHERE g <> c AND ${located(lg)} AND ${heldAll(p)}
                             RETURN p ORDER BY length(p), g.id LIMIT 1 } AS groupPaths,
                   COLLECT { MATCH q = (c)<-[:SUBSIDIARY_OF*1..2]-(:Company)-[so:OPERATES_IN]->(ss:Segment)
                             WHERE ${held(so)} AND all(rr IN relationships(q)[..-1] WHERE ${held(rr)})
                             RETURN DISTINCT ss.id } AS runBySubsidiary,
                   EXISTS { MATCH (l)-[t]->(c)
                            WHERE type(t) = 'TARGETS' AND 'Lead' IN labels(l)
                              AND NOT coalesce(l[$statusKey], '') IN $dropped } AS inPipeline,
                   COLLECT { MATCH (c)-[k:RANKED]->(r:Ranking)
                             WHERE $asOfYear IS NULL OR r.year <= $asOfYear
                             RETURN {rankingId: r.id, list: r.list, year: r.year, rank: k.rank, name: r.name,
                                     nameEn: r.nameEn, revenue: k.revenue, unit: r.revenueUnit} ORDER BY r.id } AS ranks,
                   COLLECT { MATCH p = (c)-[o:OPERATES_IN]->(s:Segment)<-[:HAS_SEGMENT]-(ch:Chain)-[:IN]->(d)
                             WHERE ${held(o)}
                             RETURN {chainId: ch.id, segmentId: s.id, main: coalesce(o.main, false), share: o.share,
                                     since: o.since, path: p}
                             ORDER BY s.id } AS roles
            ORDER BY id
            """.replace("${localTo(c, d)}", AsOf.localTo("c", "d"))
            .replace("${local(g, lg, d)}", Local.path("g:Company", "lg", "", "d"))
            .replace("${located(lg)}", AsOf.located("lg"))
            .replace("${heldAll(p)}", AsOf.heldAll("p")).replace("${held(so)}", AsOf.held("so"))
            .replace("${held(rr)}", AsOf.held("rr")).replace("${held(o)}", AsOf.held("o"));

    // the district's local firms (or the given ones), each once: leading if any presence is, every tier kept
    private static final String LOCAL_FIRMS = """
            MATCH ${local(l, li, d)}
            WHERE ($via IS NULL OR l.id IN $via) AND ${located(li)}
            WITH d, l, collect(li) AS lis
            WITH d, l, any(x IN lis WHERE x.leading) AS leading, [x IN lis WHERE x.tier IS NOT NULL | x.tier] AS tiers
            """.replace("${local(l, li, d)}", Local.path("l:Company", "li", "", "d:District {id: $district}"))
            .replace("${located(li)}", AsOf.located("li"));

    /*
     * Real ties from local firms to outside companies. A local entity is often a plant of a group
     * (长沙比亚迪电子 → 比亚迪电子（国际） → 比亚迪): the ties of its parents up to two SUBSIDIARY_OF steps
     * count through it, with the longer path they really are. Companies of the firm's own parent line
     * and local firms are not leads; the parents themselves come back as PARENT.
     */
    private static final String TIE_MATCHES = LOCAL_FIRMS + """
            MATCH g = (l)-[:SUBSIDIARY_OF*0..2]->(grp:Company)
            WHERE ${heldAll(g)}
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
            WHERE ($candidates IS NULL OR x.id IN $candidates) AND ${heldAll(p)}
              AND NOT x IN nodes(g) AND NOT ${localTo(x, d)}
            """.replace("${heldAll(g)}", AsOf.heldAll("g")).replace("${heldAll(p)}", AsOf.heldAll("p"))
            .replace("${localTo(x, d)}", AsOf.localTo("x", "d"));

    private static final String PARENT_MATCHES = LOCAL_FIRMS + """
            MATCH g = (l)-[:SUBSIDIARY_OF*1..2]->(x:Company)
            WHERE ($candidates IS NULL OR x.id IN $candidates) AND ${heldAll(g)}
              AND NOT ${localTo(x, d)}
            """.replace("${heldAll(g)}", AsOf.heldAll("g")).replace("${localTo(x, d)}", AsOf.localTo("x", "d"));

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
    private static final String TIE_BOUNDS = (TIE_MATCHES + """
            RETURN l.id AS via, leading, tiers, x.id AS candidate, kind, length(g) AS hops, length(g) + length(p) AS length,
                   any(r IN relationships(g) + relationships(p) WHERE r.confidence = 'unverified') AS unverified,
                   ${rest(x)} AS rest
            """ + "UNION ALL\n" + PARENT_MATCHES + """
            RETURN l.id AS via, leading, tiers, x.id AS candidate, 'PARENT' AS kind, length(g) - 1 AS hops, length(g) AS length,
                   any(r IN relationships(g) WHERE r.confidence = 'unverified') AS unverified,
                   ${rest(x)} AS rest
            """).replace("${rest(x)}", BUSINESS_REST.replace("(c)", "(x)").replace("c.province", "x.province"));

    /*
     * The same ties as TIES, found from a few candidates' side instead of from every local firm: a
     * hub firm's two-step ties run to hundreds of thousands, while a candidate has a handful of
     * neighbours. The local side (firms, the parents that hold ties for them, and those parents'
     * customers and shareholders for the two-step kinds) is read once; LeadQueries joins the two.
     */
    private static final String TIE_GROUPS = LOCAL_FIRMS + """
            MATCH g = (l)-[:SUBSIDIARY_OF*0..2]->(grp:Company)
            WHERE ${heldAll(g)}
            RETURN l.id AS via, l.name AS viaName, l.nameEn AS viaNameEn, l.aliases AS viaAliases, leading, tiers,
                   grp, nodes(g) AS nodes, relationships(g) AS rels,
                   ${localTo(grp, d)} AS grpLocal
            """.replace("${heldAll(g)}", AsOf.heldAll("g")).replace("${localTo(grp, d)}", AsOf.localTo("grp", "d"));

    private static final String TIE_MIDDLES = """
            UNWIND $groups AS gid
            MATCH (grp:Company) WHERE elementId(grp) = gid
            CALL (grp) {
              MATCH (grp)-[r:SUPPLIES]->(m:Company) RETURN r, m, 'CUSTOMER_OF_GROUP' AS role
              UNION ALL
              MATCH (grp)<-[r:INVESTS_IN]-(m:Company) RETURN r, m, 'SHAREHOLDER_OF_GROUP' AS role
            }
            WITH gid, r, m, role WHERE ${held(r)}
            RETURN gid, r, elementId(m) AS middle, role
            """.replace("${held(r)}", AsOf.held("r"));

    private static final String CANDIDATE_NEIGHBOURS = """
            MATCH (d:District {id: $district})
            UNWIND $candidates AS cid
            MATCH (x:Company {id: cid})
            WHERE NOT ${localTo(x, d)}
            RETURN x, COLLECT { MATCH (x)-[r:SUPPLIES|INVESTS_IN|SUBSIDIARY_OF|PARTNERS_WITH]-(n:Company)
                                WHERE elementId(n) IN $relevant AND ${held(r)}
                                RETURN {r: r, n: n} } AS neighbours
            """.replace("${localTo(x, d)}", AsOf.localTo("x", "d")).replace("${held(r)}", AsOf.held("r"));

    private static final String CITY_COMPANIES = """
            MATCH (d:District {id: $district})
            UNWIND $segments AS sid
            MATCH (:Segment {id: sid})<-[o:OPERATES_IN]-(c:Company)
            WHERE c.city IN $cities AND ${held(o)} AND NOT ${localTo(c, d)}
            RETURN DISTINCT c.id AS id ORDER BY id
            """.replace("${held(o)}", AsOf.held("o")).replace("${localTo(c, d)}", AsOf.localTo("c", "d"));

    // the groups already present: parents (up to two steps) of the district's local firms and their other
    // subsidiaries, not local themselves; each with the local firm that makes the group present (first by id)
    private static final String GROUP_COMPANIES = """
            MATCH ${local(l, li, d)}
            WHERE ${located(li)}
            MATCH g = (l)-[:SUBSIDIARY_OF*1..2]->(grp:Company)
            WHERE ${heldAll(g)}
            CALL (grp) {
              RETURN grp AS x, [] AS h
              UNION
              MATCH h = (grp)<-[:SUBSIDIARY_OF*1..2]-(x:Company)
              RETURN x, relationships(h) AS h
            }
            WITH d, l, x, h WHERE all(rr IN h WHERE ${held(rr)}) AND NOT ${localTo(x, d)}
            WITH x, l ORDER BY l.id
            RETURN x.id AS id, collect(l)[0] AS via
            """.replace("${local(l, li, d)}", Local.path("l:Company", "li", "", "d:District {id: $district}"))
            .replace("${located(li)}", AsOf.located("li")).replace("${heldAll(g)}", AsOf.heldAll("g"))
            .replace("${held(rr)}", AsOf.held("rr")).replace("${localTo(x, d)}", AsOf.localTo("x", "d"));

    /** Lead statuses that no longer count as "in the pipeline". */
    static final List<String> DROPPED = List.of("已放弃", "DROPPED");

    record District(String id, String name, String nameEn, String province, String city) {

        District(String id, String name, String nameEn, String province) {
            this(id, name, nameEn, province, null);
        }

        LeadScorer.Place place(AsOf asOf) {
            return new LeadScorer.Place(province, name, nameEn, city, asOf.year());
        }
    }

    /** A company's facts plus where it operates in the district's chains, each with its path. */
    record Facts(CandidateFacts candidate, List<Role> roles, EvidencePath groupPath) {
    }

    record Role(String chainId, String segmentId, boolean main, Double share, Long since, EvidencePath path) {
    }

    /** A candidate and the most its chain lead can score before ties and penalties. */
    record Bound(String companyId, double bound) {
    }

    /** A tie without its path, and the most the candidate can score besides the tie. */
    record TieBound(String viaId, String candidateId, TieKind kind, int hops, int length, boolean unverified, String viaTier,
                    boolean viaLeading, double restBound) {
    }

    private final Neo4jClient client;

    LeadQueries(Neo4jClient client) {
        this.client = client;
    }

    Optional<District> district(String districtId) {
        return client.query(DISTRICT).bind(districtId).to("district").fetchAs(District.class)
                .mappedBy((types, r) -> district(r)).one();
    }

    Optional<District> districtOfLocalFirm(String companyId, AsOf asOf) {
        Map<String, Object> parameters = new HashMap<>(asOf.parameters());
        parameters.put("company", companyId);
        return client.query(LOCAL_FIRM).bindAll(parameters).fetchAs(District.class)
                .mappedBy((types, r) -> district(r)).one();
    }

    List<String> leadingFirms(String districtId, AsOf asOf) {
        Map<String, Object> parameters = new HashMap<>(asOf.parameters());
        parameters.put("district", districtId);
        return List.copyOf(client.query(LEADING_FIRMS).bindAll(parameters).fetchAs(String.class)
                .mappedBy((types, r) -> r.get("id").asString()).all());
    }

    /**
     * @param points gap points of each target segment (gap weight × severity)
     * @param limit  how many candidates to read, best bound first
     */
    List<Bound> candidateBounds(District district, Map<String, Double> points, String list, ScoringProperties w,
                                double restMax, Map<String, Double> strengths, AsOf asOf, int limit) {
        List<Map<String, Object>> segments = points.entrySet().stream()
                .map(e -> Map.<String, Object>of("id", e.getKey(), "points", e.getValue())).toList();
        Map<String, Object> parameters = new HashMap<>(asOf.parameters());
        parameters.put("district", district.id());
        parameters.put("segments", segments);
        parameters.put("list", list);
        parameters.put("fitWeight", w.fitWeight());
        parameters.put("fitFloor", w.fitFloor());
        parameters.put("mainShare", w.assumedMainShare());
        parameters.put("sideShare", w.assumedSideShare());
        parameters.put("excludedKinds", w.excludedKinds());
        parameters.put("proximityMax", w.proximityMax());
        parameters.put("restMax", restMax);
        parameters.put("strengths", strengths);
        parameters.put("limit", limit);
        return List.copyOf(client.query(CANDIDATE_BOUNDS).bindAll(parameters).fetchAs(Bound.class)
                .mappedBy((types, r) -> new Bound(r.get("id").asString(), r.get("bound").asDouble())).all());
    }

    /** The most list strength each ranked company can have (its best rank of any year), by company id. */
    Map<String, Double> strengths(ScoringProperties w, AsOf asOf) {
        Map<String, Double> strengths = new HashMap<>();
        Map<String, Object> parameters = new HashMap<>(asOf.parameters());
        parameters.put("listWeights", listWeights(w));
        parameters.put("listSize", w.listSize());
        client.query(STRENGTHS).bindAll(parameters).fetch().all()
                .forEach(r -> strengths.put((String) r.get("id"), Math.max(0, ((Number) r.get("strength")).doubleValue())));
        return strengths;
    }

    // the weights are never negative (refused at start), so a bound stays an upper bound
    private static Map<String, Double> listWeights(ScoringProperties w) {
        return Map.of("FORTUNE_GLOBAL_500", w.fortuneGlobal500(),
                "CHINA_TOP_500", w.chinaTop500(), "CHINA_PRIVATE_500", w.chinaPrivate500());
    }

    /**
     * The ties of the given local firms, without paths.
     *
     * @param points  gap points of each gap segment of the district (gap weight × severity)
     * @param restMax the most fit, size and proximity can add to any candidate
     */
    List<TieBound> tieBounds(District district, List<String> viaIds, ScoringProperties w, Map<String, Double> points,
                             double restMax, AsOf asOf) {
        Map<String, Object> parameters = new HashMap<>(asOf.parameters());
        parameters.put("district", district.id());
        parameters.put("via", viaIds);
        parameters.put("candidates", null);
        parameters.put("listWeights", listWeights(w));
        parameters.put("listSize", w.listSize());
        parameters.put("points", points);
        parameters.put("restMax", restMax);
        return List.copyOf(client.query(TIE_BOUNDS).bindAll(parameters).fetchAs(TieBound.class).mappedBy((types, r) ->
                new TieBound(r.get("via").asString(), r.get("candidate").asString(), TieKind.valueOf(r.get("kind").asString()),
                        r.get("hops").asInt(), r.get("length").asInt(), r.get("unverified").asBoolean(false), bestTier(r.get("tiers")),
                        r.get("leading").asBoolean(false), r.get("rest").asDouble())).all());
    }

    /**
     * @param revenueUnits 亿元 per unit of a list's revenue: a company without a revenue figure of its own is
     *                     sized by its latest list revenue
     */
    /** 二次招商 candidates: company id → short name of the local firm of its group, by company id. */
    /**
     * Companies headquartered in the district's city (its `city`, with or without 市) that are not local
     * firms and operate in one of the given segments: candidates for an added project inside the city.
     */
    List<String> cityCompanies(District district, java.util.Collection<String> segmentIds, AsOf asOf) {
        if (district.city() == null || district.city().isBlank() || segmentIds.isEmpty()) {
            return List.of();
        }
        String city = district.city().strip();
        Map<String, Object> parameters = new HashMap<>(asOf.parameters());
        parameters.put("district", district.id());
        parameters.put("cities", List.of(city, city.replaceFirst("市$", "")));
        parameters.put("segments", List.copyOf(segmentIds));
        return List.copyOf(client.query(CITY_COMPANIES).bindAll(parameters).fetchAs(String.class)
                .mappedBy((types, r) -> r.get("id").asString()).all());
    }

    Map<String, String> groupCompanies(String districtId, AsOf asOf) {
        Map<String, Object> parameters = new HashMap<>(asOf.parameters());
        parameters.put("district", districtId);
        Map<String, String> result = new java.util.TreeMap<>();
        client.query(GROUP_COMPANIES).bindAll(parameters).fetch().all()
                .forEach(r -> result.put((String) r.get("id"), shortName((Node) r.get("via"))));
        return result;
    }

    Map<String, Facts> facts(String districtId, List<String> companyIds, Map<String, Double> revenueUnits, AsOf asOf) {
        Map<String, Facts> result = new HashMap<>();
        Map<String, Object> parameters = new HashMap<>(asOf.parameters());
        parameters.putAll(Map.of("district", districtId, "ids", companyIds, "statusKey", "stage", "dropped", DROPPED));
        client.query(FACTS).bindAll(parameters).fetchAs(Facts.class)
                .mappedBy((types, r) -> {
                    List<Value> groupPaths = r.get("groupPaths").asList(v -> v);
                    Double revenue = r.get("revenueYi").isNull() ? null : r.get("revenueYi").asDouble();
                    Long revenueYear = r.get("revenueYear").isNull() ? null : r.get("revenueYear").asLong();
                    if (revenue == null) {
                        Value latest = null;
                        for (Value k : r.get("ranks").asList(v -> v)) {
                            if (!k.get("revenue").isNull() && revenueUnits.containsKey(k.get("unit").asString(""))
                                    && (latest == null || k.get("year").asLong() > latest.get("year").asLong())) {
                                latest = k;
                            }
                        }
                        if (latest != null) {
                            // a list names the year it is published; its revenue is the year before
                            revenue = latest.get("revenue").asDouble() * revenueUnits.get(latest.get("unit").asString());
                            revenueYear = latest.get("year").asLong() - 1;
                        }
                    }
                    boolean local = r.get("local").asBoolean();
                    String groupLocalName = groupPaths.isEmpty() || local ? null
                            : shortName(groupPaths.getFirst().asPath().end());
                    CandidateFacts c = new CandidateFacts(r.get("id").asString(), r.get("name").asString(),
                            r.get("nameEn").asString(null), strings(r.get("aliases")), r.get("province").asString(null),
                            r.get("city").asString(null), r.get("country").asString(null), r.get("kind").asString(null),
                            strings(r.get("plantProvinces")), revenue, revenueYear,
                            r.get("ranks").asList(k -> new RankFact(k.get("rankingId").asString(), k.get("list").asString(),
                                    k.get("year").asLong(), k.get("rank").asLong(), k.get("name").asString(null),
                                    k.get("nameEn").asString(null))),
                            local, groupLocalName != null, groupLocalName, r.get("inPipeline").asBoolean(),
                            java.util.Set.copyOf(r.get("runBySubsidiary").asList(Value::asString)));
                    List<Role> roles = r.get("roles").asList(v -> new Role(v.get("chainId").asString(),
                            v.get("segmentId").asString(), v.get("main").asBoolean(),
                            v.get("share").isNull() ? null : v.get("share").asDouble(),
                            v.get("since").isNull() ? null : v.get("since").asLong(),
                            path("SEGMENT", v.get("path"))));
                    return new Facts(c, roles, groupPaths.isEmpty() ? null : path("GROUP_LOCAL", groupPaths.getFirst()));
                }).all().forEach(f -> result.put(f.candidate().id(), f));
        return result;
    }

    /**
     * Every tie from the local side, in one statement: the definition that {@link #tiesOf} must agree
     * with (LeadPruningTest), too slow for a hub of a large registry to be the engines' own path.
     *
     * @param viaIds       the local firms to start from, null for every local firm of the district
     * @param candidateIds the outside companies to keep, null for all
     */
    List<TieFact> ties(String districtId, List<String> viaIds, List<String> candidateIds, AsOf asOf) {
        Map<String, Object> parameters = new HashMap<>(asOf.parameters());
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

    /**
     * The ties between the given local firms (null: all of the district's) and these candidates, the
     * same as {@link #ties} gives for them (LeadPruningTest holds the two equal), read from the
     * candidates' side.
     */
    List<TieFact> tiesOf(String districtId, List<String> viaIds, List<String> candidateIds, AsOf asOf) {
        if (candidateIds.isEmpty()) {
            return List.of();
        }
        Map<String, Object> parameters = new HashMap<>(asOf.parameters());
        parameters.put("district", districtId);
        parameters.put("via", viaIds);
        // the local side: each firm's path up to each company that holds ties for it
        record Group(String via, String viaName, String viaNameEn, List<String> viaAliases, boolean leading, String tier,
                     Node grp, boolean grpLocal, List<Node> nodes, List<Relationship> rels) {
        }
        Map<String, List<Group>> groupsByNode = new HashMap<>();
        Map<String, List<Group>> parentsById = new HashMap<>();
        client.query(TIE_GROUPS).bindAll(parameters).fetchAs(Group.class).mappedBy((types, r) -> new Group(
                r.get("via").asString(), r.get("viaName").asString(), r.get("viaNameEn").asString(null), strings(r.get("viaAliases")),
                r.get("leading").asBoolean(false), bestTier(r.get("tiers")), r.get("grp").asNode(), r.get("grpLocal").asBoolean(),
                r.get("nodes").asList(Value::asNode), r.get("rels").asList(Value::asRelationship))).all().forEach(g -> {
                    groupsByNode.computeIfAbsent(g.grp().elementId(), k -> new ArrayList<>()).add(g);
                    if (!g.rels().isEmpty() && !g.grpLocal()) {
                        parentsById.computeIfAbsent(g.grp().get("id").asString(), k -> new ArrayList<>()).add(g);
                    }
                });
        if (groupsByNode.isEmpty()) {
            return List.of();
        }
        // for the two-step kinds: who the tie-holding companies supply, and who holds shares in them
        record Middle(String group, Relationship rel) {
        }
        Map<String, List<Middle>> customersOfGroups = new HashMap<>();
        Map<String, List<Middle>> shareholdersOfGroups = new HashMap<>();
        Map<String, Object> middleParameters = new HashMap<>(asOf.parameters());
        middleParameters.put("groups", List.copyOf(groupsByNode.keySet()));
        client.query(TIE_MIDDLES).bindAll(middleParameters).fetch().all().forEach(r -> {
            Map<String, List<Middle>> into = "CUSTOMER_OF_GROUP".equals(r.get("role")) ? customersOfGroups : shareholdersOfGroups;
            into.computeIfAbsent((String) r.get("middle"), k -> new ArrayList<>())
                    .add(new Middle((String) r.get("gid"), (Relationship) r.get("r")));
        });
        List<TieFact> ties = new ArrayList<>();
        // only neighbours that can close a tie come back: a hub candidate has tens of thousands of others
        java.util.Set<String> relevant = new java.util.HashSet<>(groupsByNode.keySet());
        relevant.addAll(customersOfGroups.keySet());
        relevant.addAll(shareholdersOfGroups.keySet());
        Map<String, Object> neighbourParameters = new HashMap<>(asOf.parameters());
        neighbourParameters.putAll(Map.of("district", districtId, "candidates", candidateIds, "relevant", List.copyOf(relevant)));
        client.query(CANDIDATE_NEIGHBOURS).bindAll(neighbourParameters).fetch().all()
                .forEach(row -> {
                    Node x = (Node) row.get("x");
                    String xId = x.elementId();
                    // kind, the company holding the tie, the path from it to x (middle first when two steps)
                    record Reach(TieKind kind, String group, List<Node> nodes, List<Relationship> rels) {
                    }
                    List<Reach> reaches = new ArrayList<>();
                    @SuppressWarnings("unchecked")
                    List<Map<String, Object>> neighbours = (List<Map<String, Object>>) row.get("neighbours");
                    for (Map<String, Object> nb : neighbours) {
                        Relationship r = (Relationship) nb.get("r");
                        Node n = (Node) nb.get("n");
                        boolean out = r.startNodeElementId().equals(xId);
                        String nId = n.elementId();
                        if (nId.equals(xId)) {
                            continue;
                        }
                        TieKind direct = switch (r.type()) {
                            case "SUPPLIES" -> out ? TieKind.SUPPLIER : TieKind.CUSTOMER;
                            case "INVESTS_IN" -> out ? TieKind.SHAREHOLDER : TieKind.HOLDING;
                            case "SUBSIDIARY_OF" -> out ? TieKind.HOLDING : null;
                            case "PARTNERS_WITH" -> TieKind.PARTNER;
                            default -> null;
                        };
                        if (direct != null && groupsByNode.containsKey(nId)) {
                            reaches.add(new Reach(direct, nId, List.of(x), List.of(r)));
                        }
                        Map<String, List<Middle>> twoStep = r.type().equals("SUPPLIES") && out ? customersOfGroups
                                : r.type().equals("INVESTS_IN") && !out ? shareholdersOfGroups : Map.of();
                        TieKind kind = twoStep == customersOfGroups ? TieKind.CO_SUPPLIER : TieKind.SIBLING;
                        for (Middle m : twoStep.getOrDefault(nId, List.of())) {
                            if (!m.group().equals(xId)) {
                                reaches.add(new Reach(kind, m.group(), List.of(n, x), List.of(m.rel(), r)));
                            }
                        }
                    }
                    for (Reach reach : reaches) {
                        for (Group g : groupsByNode.get(reach.group())) {
                            if (g.nodes().stream().anyMatch(node -> node.elementId().equals(xId))) {
                                continue;
                            }
                            List<Node> nodes = new ArrayList<>(g.nodes());
                            nodes.addAll(reach.nodes());
                            List<Relationship> rels = new ArrayList<>(g.rels());
                            rels.addAll(reach.rels());
                            Node middle = reach.nodes().size() == 2 ? reach.nodes().getFirst() : null;
                            ties.add(tie(g.via(), g.viaName(), g.viaNameEn(), g.viaAliases(), g.tier(), g.leading(),
                                    x.get("id").asString(), reach.kind(), g.rels().size(), rels.size(), g.grp(), middle, nodes, rels));
                        }
                    }
                    for (Group g : parentsById.getOrDefault(x.get("id").asString(), List.of())) {
                        ties.add(tie(g.via(), g.viaName(), g.viaNameEn(), g.viaAliases(), g.tier(), g.leading(),
                                x.get("id").asString(), TieKind.PARENT, g.rels().size() - 1, g.rels().size(), x, null,
                                g.nodes(), g.rels()));
                    }
                });
        return List.copyOf(ties);
    }

    private static TieFact tie(String via, String viaName, String viaNameEn, List<String> viaAliases, String tier,
                               boolean leading, String candidate, TieKind kind, int hops, int length, Node anchor,
                               Node middle, List<Node> nodes, List<Relationship> rels) {
        return new TieFact(via, viaName, viaNameEn, LeadExplainer.shortName(viaName, viaAliases), tier, leading, candidate,
                kind, hops, length, rels.stream().anyMatch(rel -> "unverified".equals(rel.get("confidence").asString(null))),
                shortName(anchor), anchor.get("nameEn").asString(null),
                middle == null ? null : shortName(middle), middle == null ? null : middle.get("nameEn").asString(null),
                path("TIE", nodes, rels));
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
                r.get("province").asString(null), r.get("city").asString(null));
    }

    private static String shortName(Node n) {
        return LeadExplainer.shortName(n.get("name").asString(""), strings(n.get("aliases")));
    }

    private static List<String> strings(Value v) {
        return v == null || v.isNull() ? List.of() : v.asList(Value::asString);
    }
}
