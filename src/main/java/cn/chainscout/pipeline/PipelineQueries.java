package cn.chainscout.pipeline;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import cn.chainscout.common.graph.Local;
import org.neo4j.driver.Value;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Repository;

/** The pipeline's Cypher, in one place. */
@Repository
class PipelineQueries {

    private static final String KNOWN = """
            RETURN EXISTS { (:Company {id: $companyId}) } AS company,
                   $segmentId IS NULL OR EXISTS { (:Segment {id: $segmentId}) } AS segment,
                   $viaId IS NULL OR EXISTS { (:Company {id: $viaId}) } AS via,
                   $chainId IS NULL OR EXISTS { (:Chain {id: $chainId}) } AS chain
            """;

    // openKey is unique: MERGE on it makes a second 加入备选 of the same target and reason find the first
    private static final String ADD = """
            MATCH (c:Company {id: $companyId})
            MERGE (l:Lead {openKey: $key})
            ON CREATE SET l.id = $id, l.reasonKey = $key, l.kind = $kind, l.stage = 'IDENTIFIED', l.reason = $reason,
                          l.score = $score, l.version = 0, l.createdAt = datetime(), l.createdBy = $actor,
                          l.updatedAt = datetime(), l.updatedBy = $actor, l.source = $source
            WITH l, c, l.id = $id AS created
            CALL (l, c, created) {
              WITH l, c WHERE created
              CREATE (l)-[:TARGETS]->(c)
              CREATE (l)-[:HAS_EVENT]->(:LeadEvent {at: datetime(), actor: $actor, action: 'CREATE', field: 'stage',
                                                    to: 'IDENTIFIED', source: 'entered by ' + $actor})
              WITH l
              OPTIONAL MATCH (s:Segment {id: $segmentId})
              OPTIONAL MATCH (v:Company {id: $viaId})
              OPTIONAL MATCH (ch:Chain {id: $chainId})
              FOREACH (x IN CASE WHEN s IS NULL THEN [] ELSE [s] END | CREATE (l)-[:FILLS]->(x))
              FOREACH (x IN CASE WHEN v IS NULL THEN [] ELSE [v] END | CREATE (l)-[:VIA]->(x))
              FOREACH (x IN CASE WHEN ch IS NULL THEN [] ELSE [ch] END | CREATE (l)-[:IN_CHAIN]->(x))
            }
            RETURN l.id AS id, created
            """;

    private static final String CARD = """
            OPTIONAL MATCH (l)-[:IN_CHAIN]->(ch:Chain)
            OPTIONAL MATCH (l)-[:FILLS]->(s:Segment)
            OPTIONAL MATCH (l)-[:VIA]->(v:Company)
            OPTIONAL MATCH (p:Project)-[:FROM]->(l)
            RETURN l {.*} AS l, c.id AS companyId, c.name AS companyName, c.nameEn AS companyNameEn,
                   ch.id AS chainId, ch.name AS chainName, ch.nameEn AS chainNameEn,
                   s.id AS segmentId, s.name AS segmentName, s.nameEn AS segmentNameEn,
                   v.id AS viaId, v.name AS viaName, v.nameEn AS viaNameEn, p.id AS projectId
            """;

    private static final String LIST = """
            MATCH (l:Lead)-[:TARGETS]->(c:Company)
            WHERE ($unit IS NULL OR l.unit = $unit)
              AND ($owner IS NULL OR toLower(l.owner) CONTAINS toLower($owner))
              AND ($stage IS NULL OR l.stage = $stage)
              AND ($chainId IS NULL OR EXISTS { (l)-[:IN_CHAIN]->(:Chain {id: $chainId}) })
              AND (NOT $overdueOnly OR (l.nextStepDate < $today AND l.stage IN $openStages))
            """ + CARD + "ORDER BY l.updatedAt DESC, l.id";

    private static final String ONE = "MATCH (l:Lead {id: $id})-[:TARGETS]->(c:Company)\n" + CARD;

    private static final String OF_COMPANY = "MATCH (l:Lead)-[:TARGETS]->(c:Company {id: $companyId})\n" + CARD
            + "ORDER BY l.updatedAt DESC";

    private static final String HISTORY = """
            MATCH (:Lead {id: $id})-[:HAS_EVENT]->(e:LeadEvent)
            RETURN e {.*} AS e ORDER BY e.at DESC, e.field
            """;

    // writing a property first takes the lead's write lock: the version read after it is the current one,
    // and a second writer waits here until the first has committed
    private static final String LOCK = """
            MATCH (l:Lead {id: $id})-[:TARGETS]->(c:Company)
            SET l.lockedBy = $actor
            REMOVE l.lockedBy
            WITH l, c
            """ + CARD;

    private static final String WRITE = """
            MATCH (l:Lead {id: $id})
            SET l += $props, l.version = l.version + 1, l.updatedAt = datetime(), l.updatedBy = $actor
            WITH l
            CALL (l) {
              UNWIND $events AS e
              CREATE (l)-[:HAS_EVENT]->(:LeadEvent {at: datetime(), actor: $actor, action: e.action, field: e.field,
                                                    from: e.from, to: e.to, source: 'entered by ' + $actor})
            }
            RETURN l.version AS version
            """;

    // a project's stage move, told by the project feature: history only, the lead itself is not edited
    private static final String PROJECT_MOVE = """
            MATCH (l:Lead {id: $id})
            CREATE (l)-[:HAS_EVENT]->(:LeadEvent {at: datetime(), actor: $actor, action: 'PROJECT', field: 'projectStage',
                                                  from: $from, to: $to, source: 'entered by ' + $actor})
            """;

    // the oldest open lead of each company: the one a second 加入备选 of that company finds
    private static final String OPEN_BY_COMPANY = """
            MATCH (l:Lead)-[:TARGETS]->(c:Company)
            WHERE l.stage IN $openStages AND ($companyId IS NULL OR c.id = $companyId)
            WITH c, l ORDER BY l.createdAt
            RETURN c.id AS company, collect(l.id)[0] AS lead
            """;

    private static final String DISTRICT_NAME = """
            MATCH (d:District {id: $district})
            RETURN CASE WHEN $english AND coalesce(d.nameEn, '') <> '' THEN d.nameEn ELSE d.name END""";

    private static final String OPEN_WITH_KEY = "MATCH (l:Lead {openKey: $key}) RETURN l.id AS id";

    private static final String UNITS = """
            MATCH (u:Unit)-[:IN]->(:District {id: $district})
            RETURN u.id AS id, u.name AS name, u.nameEn AS nameEn, u.source AS note ORDER BY u.source, u.id
            """;

    private static final String CHAINS = """
            MATCH (c:Chain)-[:IN]->(:District {id: $district})
            RETURN c.id AS id, c.name AS name, c.nameEn AS nameEn, null AS note ORDER BY c.position, c.id
            """;

    // a plain CONTAINS over names, aliases and stock codes: the user's text is a value, never query syntax
    private static final String COMPANIES = """
            MATCH (c:Company)
            WHERE c.name CONTAINS $text OR toLower(coalesce(c.nameEn, '')) CONTAINS toLower($text)
               OR coalesce(c.aliasText, '') CONTAINS $text OR toLower(coalesce(c.listingText, '')) CONTAINS toLower($text)
            WITH c, ${local(c)} AS local
            RETURN c.id AS id, c.name AS name, c.nameEn AS nameEn,
                   CASE WHEN local THEN 'local' ELSE coalesce(c.province, c.country) END AS note
            ORDER BY local DESC, size(c.name), c.id
            LIMIT $limit
            """.replace("${local(c)}", Local.anywhere("c"));

    private final Neo4jClient client;

    PipelineQueries(Neo4jClient client) {
        this.client = client;
    }

    /** Which of the ids a new lead names exist: company, segment, via, chain. */
    Map<String, Boolean> known(NewLead lead) {
        Map<String, Object> p = new HashMap<>();
        p.put("companyId", lead.companyId());
        p.put("segmentId", lead.segmentId());
        p.put("viaId", lead.viaId());
        p.put("chainId", lead.chainId());
        return client.query(KNOWN).bindAll(p).fetch().one().map(m -> {
            Map<String, Boolean> out = new HashMap<>();
            m.forEach((k, v) -> out.put(k, (Boolean) v));
            return out;
        }).orElseThrow();
    }

    Shortlisted add(String id, String key, NewLead lead, String actor, String source) {
        Map<String, Object> p = new HashMap<>();
        p.put("id", id);
        p.put("key", key);
        p.put("kind", lead.kind().name());
        p.put("companyId", lead.companyId());
        p.put("segmentId", lead.segmentId());
        p.put("viaId", lead.viaId());
        p.put("chainId", lead.chainId());
        p.put("score", lead.score());
        p.put("reason", lead.reason());
        p.put("actor", actor);
        p.put("source", source);
        return client.query(ADD).bindAll(p).fetchAs(Shortlisted.class)
                .mappedBy((t, r) -> new Shortlisted(r.get("id").asString(), r.get("created").asBoolean())).one().orElseThrow();
    }

    List<LeadCard> list(LeadFilter f, LocalDate today) {
        Map<String, Object> p = new HashMap<>();
        p.put("unit", f.unit());
        p.put("owner", f.owner());
        p.put("stage", f.stage() == null ? null : f.stage().name());
        p.put("chainId", f.chainId());
        p.put("overdueOnly", f.overdueOnly());
        p.put("today", today);
        p.put("openStages", openStages());
        return List.copyOf(client.query(LIST).bindAll(p).fetchAs(LeadCard.class).mappedBy((t, r) -> card(r, today)).all());
    }

    Optional<LeadCard> one(String id, LocalDate today) {
        return client.query(ONE).bind(id).to("id").fetchAs(LeadCard.class).mappedBy((t, r) -> card(r, today)).one();
    }

    List<LeadCard> ofCompany(String companyId, LocalDate today) {
        return List.copyOf(client.query(OF_COMPANY).bind(companyId).to("companyId").fetchAs(LeadCard.class)
                .mappedBy((t, r) -> card(r, today)).all());
    }

    List<HistoryEntry> history(String id) {
        return List.copyOf(client.query(HISTORY).bind(id).to("id").fetchAs(HistoryEntry.class).mappedBy((t, r) -> {
            Value e = r.get("e");
            return new HistoryEntry(e.get("at").asZonedDateTime(), e.get("actor").asString(null), e.get("action").asString(),
                    e.get("field").asString(null), e.get("from").asString(null), e.get("to").asString(null));
        }).all());
    }

    Optional<LeadCard> lock(String id, String actor, LocalDate today) {
        return client.query(LOCK).bindAll(Map.of("id", id, "actor", actor)).fetchAs(LeadCard.class)
                .mappedBy((t, r) -> card(r, today)).one();
    }

    /** Sets the changed properties (a null value removes one), bumps the version, records the events. */
    void recordProjectMove(String leadId, String from, String to, String actor) {
        client.query(PROJECT_MOVE).bindAll(Map.of("id", leadId, "from", from, "to", to, "actor", actor)).run();
    }

    long write(String id, Map<String, Object> props, List<Map<String, Object>> events, String actor) {
        return client.query(WRITE).bindAll(Map.of("id", id, "props", props, "events", events, "actor", actor))
                .fetchAs(Long.class).one().orElseThrow();
    }

    /** Company id → its oldest open lead's id; for one company, or every company when {@code companyId} is null. */
    Map<String, String> openLeadsByCompany(String companyId) {
        Map<String, Object> params = new java.util.HashMap<>();
        params.put("openStages", openStages());
        params.put("companyId", companyId);
        Map<String, String> open = new java.util.HashMap<>();
        client.query(OPEN_BY_COMPANY).bindAll(params).fetch().all()
                .forEach(row -> open.put((String) row.get("company"), (String) row.get("lead")));
        return open;
    }

    /** The district's name for titles (望城区), or its id when the graph has no name. */
    String districtName(String district, boolean english) {
        return client.query(DISTRICT_NAME).bind(district).to("district").bind(english).to("english")
                .fetchAs(String.class).one().orElse(district);
    }

    Optional<String> openWithKey(String key) {
        return client.query(OPEN_WITH_KEY).bind(key).to("key").fetchAs(String.class).one();
    }

    List<Choice> units(String district) {
        return choices(UNITS, Map.of("district", district));
    }

    List<Choice> chains(String district) {
        return choices(CHAINS, Map.of("district", district));
    }

    List<Choice> companies(String text, int limit) {
        return choices(COMPANIES, Map.of("text", text, "limit", limit));
    }

    private List<Choice> choices(String cypher, Map<String, Object> params) {
        return List.copyOf(client.query(cypher).bindAll(params).fetchAs(Choice.class)
                .mappedBy((t, r) -> new Choice(r.get("id").asString(), r.get("name").asString(), r.get("nameEn").asString(null),
                        r.get("note").asString(null))).all());
    }

    private static List<String> openStages() {
        return java.util.Arrays.stream(LeadStage.values()).filter(LeadStage::open).map(Enum::name).toList();
    }

    private static LeadCard card(org.neo4j.driver.Record r, LocalDate today) {
        Value l = r.get("l");
        LeadStage stage = LeadStage.valueOf(l.get("stage").asString());
        LocalDate next = date(l.get("nextStepDate"));
        return new LeadCard(l.get("id").asString(), LeadKind.valueOf(l.get("kind").asString()), stage,
                r.get("companyId").asString(), r.get("companyName").asString(), r.get("companyNameEn").asString(null),
                r.get("chainId").asString(null), r.get("chainName").asString(null), r.get("chainNameEn").asString(null),
                r.get("segmentId").asString(null), r.get("segmentName").asString(null), r.get("segmentNameEn").asString(null),
                r.get("viaId").asString(null), r.get("viaName").asString(null), r.get("viaNameEn").asString(null),
                l.get("score").isNull() ? null : l.get("score").asDouble(), l.get("reason").asString(null),
                l.get("owner").asString(null), l.get("unit").asString(null), l.get("nextStep").asString(null), next,
                l.get("notes").asString(null), l.get("dropReason").asString(null), l.get("version").asLong(),
                dateTime(l.get("createdAt")), l.get("createdBy").asString(null), dateTime(l.get("updatedAt")),
                l.get("updatedBy").asString(null), r.get("projectId").asString(null),
                stage.open() && next != null && next.isBefore(today));
    }

    private static LocalDate date(Value v) {
        return v == null || v.isNull() ? null : v.asLocalDate();
    }

    private static ZonedDateTime dateTime(Value v) {
        return v == null || v.isNull() ? null : v.asZonedDateTime();
    }
}
