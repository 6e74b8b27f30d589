package cn.chainscout.gap;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import cn.chainscout.common.graph.Local;
import org.neo4j.driver.Value;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Repository;

/** The gap feature's Cypher, in one place. Everything is scoped by the chain's district. */
@Repository
class GapQueries {

    private static final String CHAIN = """
            MATCH (ch:Chain {id: $chain})-[:IN]->(d:District)
            RETURN ch.id AS id, ch.name AS name, ch.nameEn AS nameEn, d.id AS districtId, d.name AS districtName,
                   d.nameEn AS districtNameEn, d.province AS province
            """;

    private static final String CHAINS_IN_DISTRICT = """
            MATCH (ch:Chain)-[:IN]->(d:District {id: $district})
            RETURN ch.id AS id, ch.name AS name, ch.nameEn AS nameEn, d.id AS districtId, d.name AS districtName,
                   d.nameEn AS districtNameEn, d.province AS province
            ORDER BY ch.position, ch.id
            """;

    // cost grows with the chain's segments, not with the companies: operators are counted from the
    // segment's degree (only companies operate in segments, once each), local firms come from LOCAL_OPERATORS
    private static final String SEGMENTS = """
            MATCH (ch:Chain)-[:HAS_SEGMENT]->(s:Segment)
            WHERE ch.id IN $chains
            OPTIONAL MATCH (s)-[:PART_OF]->(parent:Segment)
            RETURN ch.id AS chain, s.id AS id, s.name AS name, s.nameEn AS nameEn, s.stage AS stage, coalesce(s.key, false) AS key,
                   parent.name AS parentName, parent.nameEn AS parentNameEn,
                   NOT EXISTS { (:Segment)-[:PART_OF]->(s) } AS leaf,
                   COLLECT { MATCH (s)-[:FEEDS]->(t:Segment) RETURN DISTINCT t.id AS t ORDER BY t } AS feeds,
                   COUNT { (s)<-[:OPERATES_IN]-() } AS operators
            ORDER BY chain, s.id
            """;

    // from the district's side (its parks hold thousands of firms, a segment may have a million
    // operators); a firm in two parks of the district is one firm: leading if any presence is, tiers all kept
    private static final String LOCAL_OPERATORS = """
            MATCH (ch:Chain)-[:IN]->(d:District), ${local(c, l, d)}
            WHERE ch.id IN $chains AND ${located(l)}
            WITH ch, c, collect(l) AS ls
            MATCH (c)-[o:OPERATES_IN]->(s:Segment)<-[:HAS_SEGMENT]-(ch)
            WHERE ${held(o)}""".replace("${local(c, l, d)}", Local.path("c:Company", "l", "", "d"))
            .replace("${located(l)}", AsOf.located("l")).replace("${held(o)}", AsOf.held("o")) + """

            RETURN ch.id AS chain, s.id AS segment, c.id AS id, c.name AS name, c.nameEn AS nameEn,
                   any(x IN ls WHERE x.leading) AS leading, [x IN ls WHERE x.tier IS NOT NULL | x.tier] AS tiers
            ORDER BY chain, segment, id
            """;

    private static final String LOCAL_SUPPLIES = """
            MATCH ${local(a, l, d)}, (a)-[t:SUPPLIES]->(b:Company)
            WHERE ${located(l)} AND ${held(t)} AND ${localTo(b, d)}
            RETURN DISTINCT a.id AS a, b.id AS b
            """.replace("${local(a, l, d)}", Local.path("a:Company", "l", "", "d:District {id: $district}"))
            .replace("${located(l)}", AsOf.located("l")).replace("${held(t)}", AsOf.held("t"))
            .replace("${localTo(b, d)}", AsOf.localTo("b", "d"));

    // the company's segments in this chain and its supply ties with local firms, either way
    private static final String NEWCOMER = """
            MATCH (c:Company {id: $company})
            MATCH (d:District {id: $district})
            RETURN c.id AS id, c.name AS name, c.nameEn AS nameEn,
                   COLLECT { MATCH (c)-[o:OPERATES_IN]->(s:Segment)<-[:HAS_SEGMENT]-(:Chain {id: $chain})
                             RETURN {id: s.id, name: s.name, nameEn: s.nameEn, main: coalesce(o.main, false),
                                     leaf: NOT EXISTS { (:Segment)-[:PART_OF]->(s) }} ORDER BY s.id } AS segments,
                   COLLECT { MATCH (c)-[:SUPPLIES]->${local(b, d)}
                             RETURN DISTINCT c.id + '>' + b.id AS pair
                             UNION
                             MATCH (c)<-[:SUPPLIES]-${local(a, d)}
                             RETURN DISTINCT a.id + '>' + c.id AS pair } AS supplies
            """.replace("${local(a, d)}", Local.path("a:Company", "", "", "d"))
            .replace("${local(b, d)}", Local.path("b:Company", "", "", "d"));

    record ChainInfo(String id, String name, String nameEn, String districtId, String districtName,
                     String districtNameEn, String province) {
    }

    record Newcomer(String id, String name, String nameEn, List<Value> segments, Set<String> supplies) {
    }

    private final Neo4jClient client;

    GapQueries(Neo4jClient client) {
        this.client = client;
    }

    Optional<ChainInfo> chain(String chainId) {
        return client.query(CHAIN).bind(chainId).to("chain").fetchAs(ChainInfo.class)
                .mappedBy((types, r) -> chainInfo(r)).one();
    }

    /** The district's chains in chain order. */
    List<ChainInfo> chainsIn(String districtId) {
        return List.copyOf(client.query(CHAINS_IN_DISTRICT).bind(districtId).to("district").fetchAs(ChainInfo.class)
                .mappedBy((types, r) -> chainInfo(r)).all());
    }

    GapDiagnoser.ChainFacts facts(ChainInfo chain) {
        return facts(List.of(chain), AsOf.NOW).getFirst();
    }

    GapDiagnoser.ChainFacts facts(ChainInfo chain, AsOf asOf) {
        return facts(List.of(chain), asOf).getFirst();
    }

    /** The facts of several chains in three statements, whatever their number; in the order given. */
    List<GapDiagnoser.ChainFacts> facts(List<ChainInfo> chains, AsOf asOf) {
        if (chains.isEmpty()) {
            return List.of();
        }
        List<String> ids = chains.stream().map(ChainInfo::id).toList();
        // chain id → segment id → the local firms operating in it
        Map<String, Map<String, List<FirmRef>>> firms = new HashMap<>();
        Map<String, Object> operatorParameters = new HashMap<>(asOf.parameters());
        operatorParameters.put("chains", ids);
        client.query(LOCAL_OPERATORS).bindAll(operatorParameters).fetch().all().forEach(r ->
                firms.computeIfAbsent((String) r.get("chain"), k -> new HashMap<>())
                        .computeIfAbsent((String) r.get("segment"), k -> new ArrayList<>()).add(firm(r)));
        Map<String, List<GapDiagnoser.SegmentFacts>> segments = new HashMap<>();
        client.query(SEGMENTS).bind(ids).to("chains").fetch().all().forEach(r -> {
            String chain = (String) r.get("chain");
            List<FirmRef> local = List.copyOf(firms.getOrDefault(chain, Map.of()).getOrDefault((String) r.get("id"), List.of()));
            @SuppressWarnings("unchecked")
            List<String> feeds = (List<String>) r.get("feeds");
            segments.computeIfAbsent(chain, k -> new ArrayList<>()).add(new GapDiagnoser.SegmentFacts(
                    (String) r.get("id"), (String) r.get("name"), (String) r.get("nameEn"), (String) r.get("stage"),
                    Boolean.TRUE.equals(r.get("key")), (String) r.get("parentName"), (String) r.get("parentNameEn"),
                    Boolean.TRUE.equals(r.get("leaf")), local, List.copyOf(feeds),
                    ((Number) r.get("operators")).longValue() - local.size()));
        });
        // supplies between local firms are the district's, the same for each of its chains
        Map<String, Set<String>> supplies = new HashMap<>();
        for (ChainInfo chain : chains) {
            Map<String, Object> supplyParameters = new HashMap<>(asOf.parameters());
            supplyParameters.put("district", chain.districtId());
            supplies.computeIfAbsent(chain.districtId(), district -> Set.copyOf(client.query(LOCAL_SUPPLIES)
                    .bindAll(supplyParameters).fetchAs(String.class)
                    .mappedBy((types, r) -> r.get("a").asString() + ">" + r.get("b").asString()).all()));
        }
        return chains.stream().map(chain -> new GapDiagnoser.ChainFacts(chain.id(), chain.name(), chain.nameEn(),
                chain.districtId(), chain.districtName(), chain.districtNameEn(), chain.province(),
                List.copyOf(segments.getOrDefault(chain.id(), List.of())), supplies.get(chain.districtId()))).toList();
    }

    private static ChainInfo chainInfo(org.neo4j.driver.Record r) {
        return new ChainInfo(r.get("id").asString(), r.get("name").asString(), r.get("nameEn").asString(null),
                r.get("districtId").asString(), r.get("districtName").asString(null),
                r.get("districtNameEn").asString(null), r.get("province").asString(null));
    }

    Optional<Newcomer> newcomer(String companyId, String chainId, String districtId) {
        return client.query(NEWCOMER).bindAll(Map.of("company", companyId, "chain", chainId, "district", districtId))
                .fetchAs(Newcomer.class).mappedBy((types, r) -> new Newcomer(r.get("id").asString(),
                        r.get("name").asString(), r.get("nameEn").asString(null), r.get("segments").asList(v -> v),
                        Set.copyOf(r.get("supplies").asList(Value::asString)))).one();
    }

    /** A local firm with the best of its known tiers (百亿 over 50亿 over 10亿), null when none is known. */
    @SuppressWarnings("unchecked")
    private static FirmRef firm(Map<String, Object> row) {
        String best = null;
        for (String tier : (List<String>) row.get("tiers")) {
            if (GapProperties.tierRank(tier) > GapProperties.tierRank(best)) {
                best = tier;
            }
        }
        return new FirmRef((String) row.get("id"), (String) row.get("name"), (String) row.get("nameEn"), best,
                Boolean.TRUE.equals(row.get("leading")));
    }
}
