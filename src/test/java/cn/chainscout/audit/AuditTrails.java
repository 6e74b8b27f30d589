package cn.chainscout.audit;

import cn.chainscout.common.user.CurrentUser;
import org.springframework.data.neo4j.core.Neo4jClient;

/** An audit trail on a given client, for a test's child JVM that runs a service without Spring's context. */
public final class AuditTrails {

    public static AuditTrail on(Neo4jClient client) {
        return new AuditTrail(new AuditQueries(client), new CurrentUser());
    }

    private AuditTrails() {
    }
}
