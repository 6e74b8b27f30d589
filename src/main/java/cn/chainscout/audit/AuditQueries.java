package cn.chainscout.audit;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Repository;

/** The audit trail's Cypher: entries are only ever created and read, never changed or deleted. */
@Repository
class AuditQueries {

    private static final String CREATE = """
            CREATE (e:AuditEntry {id: $id, at: $at, actor: $actor, action: $action, entityKind: $entityKind,
                                  entityId: $entityId, before: $before, after: $after})
            """;

    private static final String SEARCH = """
            MATCH (e:AuditEntry)
            WHERE ($actor IS NULL OR toLower(e.actor) CONTAINS toLower($actor))
              AND ($entityKind IS NULL OR e.entityKind = $entityKind)
              AND ($action IS NULL OR e.action STARTS WITH $action)
              AND ($from IS NULL OR e.at >= $from)
              AND ($to IS NULL OR e.at < $to)
            RETURN e.id AS id, e.at AS at, e.actor AS actor, e.action AS action, e.entityKind AS entityKind,
                   e.entityId AS entityId, e.before AS before, e.after AS after
            ORDER BY e.at DESC, e.id DESC
            SKIP $offset LIMIT $limit
            """;

    private static final String KINDS = "MATCH (e:AuditEntry) RETURN DISTINCT e.entityKind AS kind ORDER BY kind";

    private final Neo4jClient client;

    AuditQueries(Neo4jClient client) {
        this.client = client;
    }

    void create(AuditEntry entry) {
        client.query(CREATE).bindAll(Map.of("id", entry.id(), "at", entry.at(), "actor", entry.actor(),
                "action", entry.action(), "entityKind", entry.entityKind(), "entityId", nullToEmpty(entry.entityId()),
                "before", nullToEmpty(entry.before()), "after", nullToEmpty(entry.after()))).run();
    }

    List<AuditEntry> search(Map<String, Object> parameters) {
        Collection<AuditEntry> entries = client.query(SEARCH).bindAll(parameters).fetchAs(AuditEntry.class)
                .mappedBy((types, r) -> new AuditEntry(r.get("id").asString(), r.get("at").asZonedDateTime(),
                        r.get("actor").asString(), r.get("action").asString(), r.get("entityKind").asString(),
                        r.get("entityId").asString(""), r.get("before").asString(""), r.get("after").asString("")))
                .all();
        return List.copyOf(entries);
    }

    List<String> kinds() {
        return List.copyOf(client.query(KINDS).fetchAs(String.class).mappedBy((t, r) -> r.get("kind").asString()).all());
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }

}
