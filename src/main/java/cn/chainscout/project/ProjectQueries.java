package cn.chainscout.project;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.neo4j.driver.Value;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Repository;

/** The project feature's Cypher, in one place. */
@Repository
class ProjectQueries {

    private static final String CREATE = """
            MATCH (l:Lead {id: $leadId})
            CREATE (p:Project {id: $id, name: $name, investmentYi: $investmentYi, landMu: $landMu,
                               annualOutputYi: $annualOutputYi, annualTaxWan: $annualTaxWan, signedOn: $signedOn,
                               startedOn: null, producingOn: null, stage: 'SIGNED', version: 0,
                               createdAt: datetime(), createdBy: $actor, updatedAt: datetime(), updatedBy: $actor,
                               source: 'signing form, entered by ' + $actor})
            CREATE (p)-[:FROM]->(l)
            RETURN p.id
            """;

    private static final String FIELDS = """
            MATCH (p:Project)-[:FROM]->(l:Lead)-[:TARGETS]->(c:Company)
            RETURN p {.*} AS p, l.id AS leadId, c.id AS companyId, c.name AS companyName, c.nameEn AS companyNameEn
            """;

    private static final String ONE = "MATCH (p:Project {id: $id})-[:FROM]->(l:Lead)-[:TARGETS]->(c:Company)\n"
            + FIELDS.substring(FIELDS.indexOf("RETURN"));

    private static final String OF_LEAD = "MATCH (p:Project)-[:FROM]->(l:Lead {id: $leadId})-[:TARGETS]->(c:Company)\n"
            + FIELDS.substring(FIELDS.indexOf("RETURN"));

    private static final String ALL = FIELDS + "ORDER BY p.signedOn DESC, p.id";

    // writing a property first takes the node's write lock, so the version read after it is current
    private static final String LOCK = """
            MATCH (p:Project {id: $id})
            SET p.lockedBy = $actor
            REMOVE p.lockedBy
            RETURN p.version AS version, p.stage AS stage, p.signedOn AS signedOn, p.startedOn AS startedOn,
                   p.updatedBy AS updatedBy
            """;

    // the lead's history (the pipeline's) hears of the move through ProjectStageChanged
    private static final String ADVANCE = """
            MATCH (p:Project {id: $id})-[:FROM]->(l:Lead)
            SET p.stage = $stage, p.startedOn = CASE WHEN $stage = 'STARTED' THEN $on ELSE p.startedOn END,
                p.producingOn = CASE WHEN $stage = 'PRODUCING' THEN $on ELSE p.producingOn END,
                p.version = p.version + 1, p.updatedAt = datetime(), p.updatedBy = $actor
            RETURN l.id AS leadId
            """;

    private static final String BANDS = """
            UNWIND $bands AS band
            OPTIONAL MATCH (t:Target {measure: band.measure})
            RETURN band.measure AS measure, band.minYi AS minYi, t.figure AS target,
                   COUNT { MATCH (p:Project) WHERE p.stage IN $stages AND p.investmentYi >= band.minYi } AS count
            """;

    private final Neo4jClient client;

    ProjectQueries(Neo4jClient client) {
        this.client = client;
    }

    String create(String id, String leadId, ProjectFigures f, String name, String actor) {
        Map<String, Object> p = new HashMap<>();
        p.put("id", id);
        p.put("leadId", leadId);
        p.put("name", name);
        p.put("investmentYi", f.investmentYi());
        p.put("landMu", f.landMu());
        p.put("annualOutputYi", f.annualOutputYi());
        p.put("annualTaxWan", f.annualTaxWan());
        p.put("signedOn", f.signedOn());
        p.put("actor", actor);
        return client.query(CREATE).bindAll(p).fetchAs(String.class).one().orElseThrow(
                () -> new IllegalStateException("lead " + leadId + " vanished while signing"));
    }

    Optional<Row> one(String id) {
        return client.query(ONE).bind(id).to("id").fetchAs(Row.class).mappedBy((t, r) -> row(r)).one();
    }

    Optional<Row> ofLead(String leadId) {
        return client.query(OF_LEAD).bind(leadId).to("leadId").fetchAs(Row.class).mappedBy((t, r) -> row(r)).first();
    }

    List<Row> all() {
        return List.copyOf(client.query(ALL).fetchAs(Row.class).mappedBy((t, r) -> row(r)).all());
    }

    Optional<Locked> lock(String id, String actor) {
        return client.query(LOCK).bindAll(Map.of("id", id, "actor", actor)).fetchAs(Locked.class)
                .mappedBy((t, r) -> new Locked(r.get("version").asLong(), ProjectStage.valueOf(r.get("stage").asString()),
                        date(r.get("signedOn")), date(r.get("startedOn")), r.get("updatedBy").asString(null))).one();
    }

    String advance(String id, ProjectStage to, LocalDate on, String actor) {
        return client.query(ADVANCE).bindAll(Map.of("id", id, "stage", to.name(), "on", on, "actor", actor))
                .fetchAs(String.class).one().orElseThrow();
    }

    List<BandCount> bands(List<Map<String, Object>> bands, List<String> stages) {
        return List.copyOf(client.query(BANDS).bindAll(Map.of("bands", bands, "stages", stages)).fetchAs(BandCount.class)
                .mappedBy((t, r) -> new BandCount(r.get("measure").asString(), r.get("minYi").asDouble(),
                        r.get("target").isNull() ? null : r.get("target").asDouble(), r.get("count").asLong())).all());
    }

    /** A project as stored, before the 亩均 check is added. */
    record Row(String id, String name, String leadId, String companyId, String companyName, String companyNameEn,
               double investmentYi, double landMu, double annualOutputYi, double annualTaxWan, LocalDate signedOn,
               LocalDate startedOn, LocalDate producingOn, ProjectStage stage, long version, String createdBy) {
    }

    record Locked(long version, ProjectStage stage, LocalDate signedOn, LocalDate startedOn, String updatedBy) {
    }

    private static Row row(org.neo4j.driver.Record r) {
        Value p = r.get("p");
        return new Row(p.get("id").asString(), p.get("name").asString(null), r.get("leadId").asString(),
                r.get("companyId").asString(), r.get("companyName").asString(), r.get("companyNameEn").asString(null),
                p.get("investmentYi").asDouble(), p.get("landMu").asDouble(), p.get("annualOutputYi").asDouble(),
                p.get("annualTaxWan").asDouble(), date(p.get("signedOn")), date(p.get("startedOn")),
                date(p.get("producingOn")), ProjectStage.valueOf(p.get("stage").asString()), p.get("version").asLong(),
                p.get("createdBy").asString(null));
    }

    private static LocalDate date(Value v) {
        return v == null || v.isNull() ? null : v.asLocalDate();
    }
}
